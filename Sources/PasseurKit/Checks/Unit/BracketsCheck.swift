/// Flags unbalanced brackets in the translation: ( ) [ ] { } that open and close differently.
///
/// Markdown link syntax is removed first, so `[text](url)` does not count.
public struct BracketsCheck: UnitCheck {
    /// `brackets`.
    public static let id = "brackets"
    /// Usually a typing slip.
    public static let defaultSeverity = Severity.warning
    /// The help line.
    public static let summary = "Brackets are balanced in the translation when they are in the source."

    /// Creates the check.
    public init() {}

    /// A finding per kind of bracket left unbalanced.
    public func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let source = InlineMarkup.plainText(unit.source)
        let target = InlineMarkup.plainText(unit.target)
        let pairs: [(Character, Character)] = [("(", ")"), ("[", "]"), ("{", "}")]
        return pairs.compactMap { open, close in
            let balanced = Self.count(target, open) == Self.count(target, close)
            let sourceBalanced = Self.count(source, open) == Self.count(source, close)
            return !balanced && sourceBalanced ? context.finding(Self.self, unit, "unbalanced \(open)\(close)") : nil
        }
    }

    static func count(_ text: String, _ c: Character) -> Int {
        if let ascii = c.asciiValue { return text.utf8.reduce(0) { $0 + ($1 == ascii ? 1 : 0) } }
        // Quotation marks and brackets are one scalar: comparing scalars spares grapheme breaking.
        if c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first {
            return text.unicodeScalars.reduce(0) { $0 + ($1 == scalar ? 1 : 0) }
        }
        return text.reduce(0) { $0 + ($1 == c ? 1 : 0) }
    }
}
