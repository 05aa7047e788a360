/// Flags a source translated in more than one way in a locale, across all its documents.
///
/// Units with a `msgctxt` are translated differently on purpose and are compared only
/// with units of the same context.
public struct InconsistentTranslationCheck: CatalogCheck {
    /// `inconsistent-translation`.
    public static let id = "inconsistent-translation"
    /// The same sentence should read the same everywhere.
    public static let defaultSeverity = Severity.warning
    /// The help line.
    public static let summary = "The same source is translated the same way everywhere in a locale."

    /// Creates the check.
    public init() {}

    /// A finding on every unit whose translation differs from the first one of the same source.
    /// - Complexity: O(n), one dictionary pass.
    public func findings(in units: [TranslationUnit], context: CheckContext) -> [Finding] {
        var first: [TranslationUnit.Key: TranslationUnit] = [:]
        var findings: [Finding] = []
        for unit in units where unit.state.isTranslated {
            if let earlier = first[unit.key] {
                if Self.normalised(earlier.target) != Self.normalised(unit.target) {
                    let at = earlier.location.map { " (\($0.file):\($0.line))" } ?? ""
                    findings.append(
                        context.finding(Self.self, unit, "translated differently elsewhere\(at): « \(earlier.target) »")
                    )
                }
            } else {
                first[unit.key] = unit
            }
        }
        return findings
    }

    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
