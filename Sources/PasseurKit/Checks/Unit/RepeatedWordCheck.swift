/// Flags a word written twice in a row in the translation ("the the"), unless the source does it too.
///
/// Doubles that the grammar makes are not flagged: in German a relative pronoun and an
/// article after a comma or « dass » (« die Possenreißerei, die die Medien durchdrungen hat »),
/// English « had had » and « that that », French reflexive « nous nous » and « vous vous ».
/// « Die die » elsewhere, « the the », « de de » are flagged.
public struct RepeatedWordCheck: UnitCheck {
    /// `repeated-word`.
    public static let id = "repeated-word"
    /// A typing slip.
    public static let defaultSeverity = Severity.warning
    /// The help line.
    public static let summary = "No word is repeated twice in a row, unless the source does it."

    /// Creates the check.
    public init() {}

    /// A finding per repeated word.
    public func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let sourceRepeats = Set(Self.repeats(unit.source).map(\.word))
        let language = context.locale.language
        return Self.repeats(unit.target).filter { doubled in
            !sourceRepeats.contains(doubled.word) && !Self.isGrammatical(doubled, language: language)
        }
        .map {
            context.finding(Self.self, unit, "« \($0.word) \($0.word) »: repeated word")
        }
    }

    /// Words that the language's grammar may write twice in a row anywhere.
    static let grammaticalDoubles: [String: Set<String>] = [
        "en": ["had", "that"],
        "fr": ["nous", "vous"],
    ]

    /// German pronouns that double as relative pronoun (or conjunction) and article.
    static let germanRelativeDoubles: Set<String> = ["der", "die", "das", "den", "dem", "des", "sie"]

    /// Whether the repeat is one the grammar makes.
    static func isGrammatical(_ doubled: (word: String, after: Substring?), language: String) -> Bool {
        let word = doubled.word.lowercased()
        if grammaticalDoubles[language]?.contains(word) == true { return true }
        guard language == "de", germanRelativeDoubles.contains(word), let after = doubled.after else { return false }
        return after.hasSuffix(",") || after.lowercased() == "dass"
    }

    /// Words that follow themselves, separated by spaces only, with the word before them.
    static func repeats(_ text: String) -> [(word: String, after: Substring?)] {
        let plain = InlineMarkup.plainText(text)
        let tokens = plain.utf8.split(separator: 0x20, omittingEmptySubsequences: true)
        var result: [(word: String, after: Substring?)] = []
        // Words of different byte lengths differ whatever their case: most pairs stop there.
        for i in tokens.indices.dropLast() {
            let (a, b) = (tokens[i], tokens[i + 1])
            guard a.count == b.count, let x = a.first, let y = b.first else { continue }
            // Two ASCII first letters that differ other than in case: the words differ.
            if x < 0x80, y < 0x80, x | 0x20 != y | 0x20 { continue }
            let (wordA, wordB) = (Substring(a), Substring(b))
            guard wordA.lowercased() == wordB.lowercased(), wordA.allSatisfy(\.isLetter) else { continue }
            result.append((String(wordA), i > 0 ? Substring(tokens[i - 1]) : nil))
        }
        return result
    }
}
