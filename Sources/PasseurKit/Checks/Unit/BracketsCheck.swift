/// Flags unbalanced brackets in the translation: ( ) [ ] { } that open and close differently.
///
/// Markdown link syntax is removed first, so `[text](url)` does not count.
struct BracketsCheck: UnitCheck {
    /// `brackets`.
    static let id = "brackets"
    /// Usually a typing slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "Brackets are balanced in the translation when they are in the source."

    /// A finding per kind of bracket left unbalanced.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let source = InlineMarkup.plainText(unit.source)
        let target = InlineMarkup.plainText(unit.target)
        let (sourceCounts, targetCounts) = (Self.counts(source), Self.counts(target))
        return Self.pairs.indices.compactMap { i in
            let balanced = targetCounts[2 * i] == targetCounts[2 * i + 1]
            let sourceBalanced = sourceCounts[2 * i] == sourceCounts[2 * i + 1]
            let (open, close) = Self.pairs[i]
            return !balanced && sourceBalanced ? context.finding(Self.self, unit, "unbalanced \(open)\(close)") : nil
        }
    }

    private static let pairs: [(Character, Character)] = [("(", ")"), ("[", "]"), ("{", "}")]

    /// How many ( ) [ ] { } a text has, in that order: one pass over its bytes.
    private static func counts(_ text: String) -> [Int] {
        var counts = [0, 0, 0, 0, 0, 0]
        for byte in text.utf8 {
            switch byte {
            case 0x28: counts[0] += 1
            case 0x29: counts[1] += 1
            case 0x5B: counts[2] += 1
            case 0x5D: counts[3] += 1
            case 0x7B: counts[4] += 1
            case 0x7D: counts[5] += 1
            default: continue
            }
        }
        return counts
    }
}
