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
        var findings: [Finding] = []
        for index in units.indices {
            let unit = units[index]
            guard unit.state.isTranslated, unit.target.utf8.count >= 10, unit.target.prefix(10).count == 10 else {
                continue
            }
            let target = TextKey(InconsistentTranslationCheck.normalised(unit.target))
            if let otherIndex = byTarget[target] {
                let other = units[otherIndex]
                if Self.key(other.source) != Self.key(unit.source) {
                    findings.append(
                        context.finding(Self.self, unit, "same translation as the source « \(other.source) »"))
                }
            } else {
                byTarget[target] = index
            }
        }
        return findings
    }

    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: out.append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
            case 0x61...0x7A, 0x30...0x39: out.append(scalar)
            case 0..<0x80: continue
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        return String(out)
    }
}
