/// Flags a source term whose concept the translation does not render with a
/// preferred or admitted term of the target locale.
///
/// Does not flag do-not-translate terms (`glossary-dnt` does), concepts with no
/// term in the target locale, or a forbidden French term in the source.
struct GlossaryMissingCheck: UnitCheck {
    /// `glossary-missing`.
    static let id = "glossary-missing"
    /// A translator may paraphrase on purpose: a warning.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "A glossary term of the source is rendered with a preferred or admitted term."

    /// The source terms whose concept is missing from the target.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard let index = context.glossary else { return [] }
        let rendered = Set(
            index.matches(inTarget: unit.target, locale: context.locale).filter { $0.term.status != .forbidden }.map(
                \.conceptID))
        var reported = Set<String>()
        var findings: [Finding] = []
        for match in index.matches(inSource: unit.source)
        where match.term.status != .forbidden && !match.term.doNotTranslate && !rendered.contains(match.conceptID) {
            guard let concept = index.concept(id: match.conceptID), reported.insert(concept.id).inserted else {
                continue
            }
            let expected = concept.allowedTerms(for: context.locale).map { "\"\($0.text)\"" }
            guard !expected.isEmpty else { continue }
            findings.append(
                context.finding(
                    Self.self, unit,
                    "« \(match.text) » (\(concept.id)) is not rendered; expected \(expected.joined(separator: " or "))",
                    sourceRange: match.range))
        }
        return findings
    }
}
