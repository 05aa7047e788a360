/// Flags a number of the source missing from the translation.
///
/// Locale formatting counts as the same number (« 1 000,5 » ↔ "1,000.5"); a date's
/// numbers may move (« 23 décembre 1913 » ↔ "December 23, 1913"). A number spelled
/// out in words in the target is not recognised and is flagged.
struct NumbersCheck: UnitCheck {
    /// `numbers`.
    static let id = "numbers"
    /// A wrong number changes the facts.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "Every number of the source appears in the translation."

    /// One finding per number of the source the target lacks.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let (source, target) = (context.source(of: unit).numbers, context.target(of: unit).numbers)
        let missing = TextFeatures.missing(source, from: target)
        let extra = TextFeatures.missing(target, from: source)
        var findings = missing.map { context.finding(Self.self, unit, "number \($0) of the source is missing") }
        if !extra.isEmpty, !missing.isEmpty {
            findings.append(
                context.finding(Self.self, unit, "numbers \(extra.joined(separator: ", ")) are not in the source"))
        }
        return findings
    }
}
