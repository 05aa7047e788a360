/// Flags a translation that starts with a lower-case letter where the source starts with a capital.
///
/// Leading quotes, brackets, markup and Spanish ¿ ¡ are skipped; a source starting with a
/// digit or punctuation is not checked.
struct StartCapitalCheck: UnitCheck {
    /// `start-capital`.
    static let id = "start-capital"
    /// A style slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "The translation starts with a capital where the source does."

    /// A finding when the source's first letter is a capital and the target's is not.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard let source = Self.firstLetter(readerText: context.source(of: unit).readerText), source.isUppercase,
            let target = Self.firstLetter(readerText: context.target(of: unit).readerText), target.isLowercase
        else { return [] }
        return [context.finding(Self.self, unit, "the translation starts with a lower-case letter")]
    }

    static let leading = Set<Character>(" \u{A0}«“„\"'‘(¿¡—–-")

    /// The first character after leading quotes, brackets and spaces, when it is a letter.
    static func firstLetter(readerText: String) -> Character? {
        readerText.first { !leading.contains($0) }.flatMap {
            $0.isLetter ? $0 : nil
        }
    }
}
