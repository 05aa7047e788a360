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
        let source = TextScanning.bracketCounts(context.source(of: unit).readerText)
        let target = TextScanning.bracketCounts(context.target(of: unit).readerText)
        let pairs: [(String, KeyPath<TextScanning.BracketCounts, (open: Int, close: Int)>)] = [
            ("()", \.parentheses), ("[]", \.square), ("{}", \.curly),
        ]
        return pairs.compactMap { brackets, counts in
            let balanced = target[keyPath: counts].open == target[keyPath: counts].close
            let sourceBalanced = source[keyPath: counts].open == source[keyPath: counts].close
            return !balanced && sourceBalanced ? context.finding(Self.self, unit, "unbalanced \(brackets)") : nil
        }
    }
}
