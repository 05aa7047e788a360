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
        var first: [CatalogKey: TranslationUnit] = [:]
        var findings: [Finding] = []
        for unit in units where unit.state.isTranslated {
            let key = CatalogKey(context: unit.context, source: TextKey(unit.source))
            if let earlier = first[key] {
                if Self.normalised(earlier.target) != Self.normalised(unit.target) {
                    let at = earlier.location.map { " (\($0.file):\($0.line))" } ?? ""
                    findings.append(
                        context.finding(Self.self, unit, "translated differently elsewhere\(at): « \(earlier.target) »")
                    )
                }
            } else {
                first[key] = unit
            }
        }
        return findings
    }

    static func normalised(_ text: String) -> String {
        // Most texts have single spaces only, none at either end: then the text is its own form.
        var previousSpace = true
        var plain = true
        for scalar in text.unicodeScalars {
            let space = isWhitespace(scalar)
            if space && (previousSpace || scalar != " ") {
                plain = false
                break
            }
            previousSpace = space
        }
        if plain && !previousSpace { return text }
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

    /// Unicode's White_Space property, as `Character.isWhitespace` has it, without the table look-up.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
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
