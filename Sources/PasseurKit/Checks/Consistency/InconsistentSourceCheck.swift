/// Flags different sources that share one translation in a locale: one of them is
/// probably mistranslated. Sources that differ only in case, spacing or punctuation do not count.
struct InconsistentSourceCheck: CatalogCheck {
    /// `inconsistent-source`.
    static let id = "inconsistent-source"
    /// Worth a look.
    static let defaultSeverity = Severity.info
    /// The help line.
    static let summary = "Different sources are not translated identically in a locale."

    /// A finding on every unit whose translation is also the translation of another source.
    /// - Complexity: O(n), one dictionary pass.
    func findings(in units: [TranslationUnit], context: CheckContext) -> [Finding] {
        // Indices, not units, in the dictionary: copying a unit retains each of its strings.
        var byTarget: [TextKey: Int] = [:]
        // Sized once: growing a table of a million keys rehashes every key several times.
        byTarget.reserveCapacity(units.count)
        var findings: [Finding] = []
        for index in units.indices {
            let unit = units[index]
            guard unit.state.isTranslated, unit.target.utf8.count >= 10, unit.target.prefix(10).count == 10 else {
                continue
            }
            let target = TextKey(WhitespaceNormalisation.collapsed(unit.target))
            if let otherIndex = byTarget[target] {
                let other = units[otherIndex]
                if TextScanning.lettersAndDigitsLowercased(other.source)
                    != TextScanning.lettersAndDigitsLowercased(unit.source)
                {
                    findings.append(
                        context.finding(Self.self, unit, "same translation as the source « \(other.source) »"))
                }
            } else {
                byTarget[target] = index
            }
        }
        return findings
    }
}
