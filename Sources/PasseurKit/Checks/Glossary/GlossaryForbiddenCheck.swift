/// Flags a forbidden term of the target locale in the translation: a false
/// friend, a known mistranslation, a pejorative misuse.
struct GlossaryForbiddenCheck: UnitCheck {
    /// `glossary-forbidden`.
    static let id = "glossary-forbidden"
    /// A forbidden term is wrong by definition: an error.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "The translation uses no term the glossary forbids."

    /// The forbidden terms found in the target, with the reason and the terms to use.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard let index = context.glossary else { return [] }
        return index.matches(inTarget: unit.target, locale: context.locale).filter { $0.term.status == .forbidden }.map
        { match in
            let use =
                index.concept(id: match.conceptID)?.allowedTerms(for: context.locale).map { "\"\($0.text)\"" }
                ?? []
            var message = "forbidden term \"\(match.text)\" (\(match.conceptID))"
            if let reason = match.term.reason { message += ": \(reason)" }
            if !use.isEmpty { message += "; use \(use.joined(separator: " or "))" }
            return context.finding(Self.self, unit, message, targetRange: match.range)
        }
    }
}
