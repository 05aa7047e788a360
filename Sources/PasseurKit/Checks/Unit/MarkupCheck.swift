/// Flags inline Markdown that the translation lost, added or changed: emphasis,
/// strong, links (same URL), code spans (same code), images (same file), HTML, breaks.
///
/// The order of codes may change, as sentences reorder; a link's text may not be empty.
struct MarkupCheck: UnitCheck {
    /// `markup`.
    static let id = "markup"
    /// Broken markup breaks the edition.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary =
        "The translation has the same inline codes as the source: emphasis, links, code, images."

    /// The codes missing from, or added to, the target.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let source = context.source(of: unit).inlineCodes
        let target = context.target(of: unit).inlineCodes
        var findings = TextFeatures.missing(source, from: target).map {
            context.finding(Self.self, unit, "inline code \($0) of the source is missing")
        }
        findings += TextFeatures.missing(target, from: source).map {
            context.finding(Self.self, unit, "inline code \($0) is not in the source")
        }
        return findings
    }
}
