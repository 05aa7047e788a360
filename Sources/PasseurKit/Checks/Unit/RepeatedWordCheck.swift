/// Flags a word written twice in a row in the translation ("the the"), unless the source does it too.
///
/// Doubles that the grammar makes are not flagged: German article and relative pronoun
/// (« die Possenreißerei, die die Medien durchdrungen hat »), English « had had » and
/// « that that », French reflexive « nous nous » and « vous vous ».
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
        let sourceRepeats = Set(Self.repeats(unit.source))
        let grammatical = Self.grammaticalDoubles[context.locale.language] ?? []
        return Self.repeats(unit.target).filter {
            !sourceRepeats.contains($0) && !grammatical.contains($0.lowercased())
        }
        .map {
            context.finding(Self.self, unit, "« \($0) \($0) »: repeated word")
        }
    }

    /// Words that the language's grammar may write twice in a row.
    static let grammaticalDoubles: [String: Set<String>] = [
        "de": ["der", "die", "das", "den", "dem", "des", "sie"],
        "en": ["had", "that"],
        "fr": ["nous", "vous"],
    ]

    /// Words that follow themselves, separated by spaces only.
    static func repeats(_ text: String) -> [String] {
        let plain = InlineMarkup.plainText(text)
        let tokens = plain.split(separator: " ", omittingEmptySubsequences: true)
        var result: [String] = []
        // Words of different byte lengths differ whatever their case: most pairs stop there.
        for (a, b) in zip(tokens, tokens.dropFirst())
        where a.utf8.count == b.utf8.count && a.lowercased() == b.lowercased() && a.allSatisfy(\.isLetter) {
            result.append(String(a))
        }
        return result
    }
}
