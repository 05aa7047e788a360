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
        var findings: [Finding] = []
        for index in units.indices where units[index].state.isTranslated {
            let unit = units[index]
            let key = CatalogKey(context: unit.context, source: TextKey(unit.source))
            if let earlierIndex = first[key] {
                let earlier = units[earlierIndex]
                if Self.normalised(earlier.target) != Self.normalised(unit.target) {
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

    static func normalised(_ text: String) -> String {
        // Most texts have single spaces only, none at either end: then the text is its own form.
        if isOwnNormalisedForm(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether the text has single plain spaces only, none at either end. Bytes are read, and
    /// only a lead byte that may start a non-ASCII space (U+0085 and up) is decoded.
    private static func isOwnNormalisedForm(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previousSpace = true
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                // Other bytes of a multi-byte character are no space (0x85 and 0xA0 occur inside « à »).
                var value: UInt32 = lead < 0x80 ? UInt32(lead) : 0xFFFF
                var width = 1
                if lead == 0xC2, i + 1 < bytes.count {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    width = 2
                } else if lead == 0xE1 || lead == 0xE2 || lead == 0xE3, i + 2 < bytes.count {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    width = 3
                }
                let space = isWhitespace(value)
                if space && (previousSpace || lead != 0x20) { return false }
                previousSpace = space
                i += width
            }
            return !previousSpace
        }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        isWhitespace(scalar.value)
    }

    private static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    /// A unit's context and source, keyed by bytes.
    struct CatalogKey: Hashable {
        var context: String?
        var source: TextKey
    }
}
