/// Flags an acronym of the source (MMT, NFT) missing from the translation, unless the
/// glossary gives it another rendering in the target language (PNJ → NPC).
struct AcronymsCheck: UnitCheck {
    /// `acronyms`.
    static let id = "acronyms"
    /// Usually a dropped parenthesis.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "Acronyms of the source are kept, or rendered as the glossary says."

    /// One finding per acronym the target lacks.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let acronyms = context.source(of: unit).acronyms
        guard !acronyms.isEmpty else { return [] }
        let rendered = Set(
            (context.glossary?.matches(inSource: unit.source) ?? []).filter { !$0.term.doNotTranslate }.map(\.text))
        let targetWords = Set(context.target(of: unit).words.map(String.init))
        var seen = Set<String>()
        return acronyms.filter { acronym in
            !rendered.contains(acronym) && !targetWords.contains(acronym) && seen.insert(acronym).inserted
        }.map { context.finding(Self.self, unit, "acronym \($0) of the source is missing") }
    }
}
