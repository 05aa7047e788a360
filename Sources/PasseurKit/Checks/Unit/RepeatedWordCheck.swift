/// Flags a word written twice in a row in the translation ("the the"), unless the source does it too.
///
/// Doubles that the grammar makes are not flagged: in German a relative pronoun and an
/// article after a comma or « dass » (« die Possenreißerei, die die Medien durchdrungen hat »),
/// English « had had » and « that that », French reflexive « nous nous » and « vous vous ».
/// « Die die » elsewhere, « the the », « de de » are flagged.
struct RepeatedWordCheck: UnitCheck {
    /// `repeated-word`.
    static let id = "repeated-word"
    /// A typing slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "No word is repeated twice in a row, unless the source does it."

    /// A finding per repeated word.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let sourceRepeats = Set(TextScanning.repeatedWords(in: context.source(of: unit).readerText).map(\.word))
        let language = context.locale.language
        return TextScanning.repeatedWords(in: context.target(of: unit).readerText).filter { doubled in
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
}
