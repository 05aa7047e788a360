/// Flags a source translated in more than one way in a locale, across all its documents.
///
/// Units with a `msgctxt` are translated differently on purpose and are compared only
/// with units of the same context.
struct InconsistentTranslationCheck: CatalogCheck {
    /// `inconsistent-translation`.
    static let id = "inconsistent-translation"
    /// The same sentence should read the same everywhere.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "The same source is translated the same way everywhere in a locale."

    /// A finding on every unit whose translation differs from the first one of the same source.
    /// - Complexity: O(n), one dictionary pass.
    func findings(in units: [TranslationUnit], context: CheckContext) -> [Finding] {
        // Indices, not units, in the dictionary: copying a unit retains each of its strings.
        var first: [CatalogKey: Int] = [:]
        // Sized once: growing a table of a million keys rehashes every key several times.
        first.reserveCapacity(units.count)
        var findings: [Finding] = []
        for index in units.indices where units[index].state.isTranslated {
            let unit = units[index]
            let key = CatalogKey(context: unit.context, source: TextKey(unit.source))
            if let earlierIndex = first[key] {
                let earlier = units[earlierIndex]
                if WhitespaceNormalisation.collapsed(earlier.target) != WhitespaceNormalisation.collapsed(unit.target) {
                    let at = earlier.location.map { " (\($0.file):\($0.line))" } ?? ""
                    var finding = context.finding(
                        Self.self, unit, "translated differently elsewhere\(at): « \(earlier.target) »")
                    finding.placeFreeMessage = "translated differently elsewhere: « \(earlier.target) »"
                    findings.append(finding)
                }
            } else {
                first[key] = index
            }
        }
        return findings
    }

    /// A unit's context and source, keyed by bytes.
    struct CatalogKey: Hashable {
        var context: String?
        var source: TextKey
    }
}
