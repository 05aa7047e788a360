/// Flags a word written twice in a row in the translation ("the the"), unless the source does it too.
///
/// Doubles that the grammar makes are not flagged: in German a relative pronoun and an
/// article after a comma, « dass » or a preposition (« die Possenreißerei, die die Medien
/// durchdrungen hat », « in der der Cursor steht »),
/// English « had had » and « that that », French reflexive « nous nous » and « vous vous ».
/// « Die die » elsewhere, « the the », « de de » are flagged.
///
/// Nor are a word beside itself in capitals or a metavariable named twice, in a usage text
/// (« le champ CHAMP » for `this FIELD`, « -o FORMAT  FORMAT benutzen »), German polite « Sie » beside the pronoun « sie » (« Möchten Sie
/// sie überschreiben? »), nor any repeat when the source has as many (`-L FILE     FILE exists`
/// → « -L FICHIER  FICHIER existe », `template template parameter` → « parámetro de plantilla
/// plantilla »).
struct RepeatedWordCheck: UnitCheck {
    /// `repeated-word`.
    static let id = "repeated-word"
    /// A typing slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "No word is repeated twice in a row, unless the source does it."

    /// A finding per repeated word.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let sourceDoubles = TextScanning.repeatedWords(in: context.source(of: unit).readerText)
        let targetDoubles = TextScanning.repeatedWords(in: context.target(of: unit).readerText)
        // As many repeats as the source: its repeated terms, translated (`template template
        // parameter` → « parámetro de plantilla plantilla », `FILE     FILE` → « FICHIER  FICHIER »).
        // With more, each is reported.
        guard targetDoubles.count > sourceDoubles.count else { return [] }
        let sourceRepeats = Set(sourceDoubles.map(\.word))
        let language = context.locale.language
        return targetDoubles.filter { doubled in
            !sourceRepeats.contains(doubled.word)
                && !Self.isGrammatical((doubled.word, doubled.after), language: language)
                && Self.isCapitals(doubled.word) == Self.isCapitals(doubled.second) && !Self.isCapitals(doubled.word)
                && !(language == "de" && doubled.word.lowercased() == "sie" && doubled.word != doubled.second)
        }
        .map {
            context.finding(Self.self, unit, "« \($0.word) \($0.word) »: repeated word")
        }
    }

    /// Whether `word` is written in capitals, as a metavariable (two letters or more).
    static func isCapitals(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy(\.isUppercase)
    }

    /// Words that the language's grammar may write twice in a row anywhere.
    static let grammaticalDoubles: [String: Set<String>] = [
        "en": ["had", "that"],
        "fr": ["nous", "vous"],
    ]

    /// German prepositions before a relative pronoun and an article (« in der der Cursor steht »).
    static let germanPrepositions: Set<String> = [
        "ab", "an", "auf", "aus", "bei", "bis", "durch", "für", "gegen", "hinter", "in", "mit", "nach", "neben",
        "ohne", "seit", "über", "um", "unter", "von", "vor", "während", "wegen", "zu", "zwischen",
    ]

    /// German pronouns that double as relative pronoun (or conjunction) and article.
    static let germanRelativeDoubles: Set<String> = ["der", "die", "das", "den", "dem", "des", "sie"]

    /// Whether the repeat is one the grammar makes.
    static func isGrammatical(_ doubled: (word: String, after: Substring?), language: String) -> Bool {
        let word = doubled.word.lowercased()
        if grammaticalDoubles[language]?.contains(word) == true { return true }
        guard language == "de", germanRelativeDoubles.contains(word), let after = doubled.after else { return false }
        return after.hasSuffix(",") || after.lowercased() == "dass"
            || germanPrepositions.contains(after.lowercased())
    }
}
