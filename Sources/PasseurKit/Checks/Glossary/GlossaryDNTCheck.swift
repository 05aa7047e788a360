/// Flags a do-not-translate term of the source (HODL, MMT, Ethereum) that
/// does not appear unchanged, same case, in the translation.
struct GlossaryDNTCheck: UnitCheck {
    /// `glossary-dnt`.
    static let id = "glossary-dnt"
    /// A translated name or acronym is wrong: an error.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "A do-not-translate term of the source appears unchanged in the translation."

    /// The do-not-translate source terms missing from the target.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard let index = context.glossary else { return [] }
        var reported = Set<String>()
        return index.matches(inSource: unit.source).filter { match in
            // Bytes first: the term is nearly always there as written; else Foundation's search, which
            // also finds it written in another normalisation form.
            match.term.doNotTranslate && !unit.target.containsBytes(of: match.text) && !unit.target.contains(match.text)
                && reported.insert(match.text).inserted
        }.map { match in
            context.finding(
                Self.self, unit, "do-not-translate term \"\(match.text)\" (\(match.conceptID)) must appear unchanged",
                sourceRange: match.range)
        }
    }
}
