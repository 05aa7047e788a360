/// Flags a translation identical to its source.
///
/// Does not flag segments made only of names, numbers, acronyms and do-not-translate
/// terms (« Bitcoin Magazine », « BTC Inc. », « 21 »), which stay the same in every language.
struct IdenticalToSourceCheck: UnitCheck {
    /// `identical-to-source`.
    static let id = "identical-to-source"
    /// Usually a forgotten segment.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary =
        "A translation differs from its source, unless the source is only names, numbers or kept terms."

    /// A finding when source and target are the same text with translatable words in it.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard unit.target == unit.source else { return [] }
        let kept = (context.glossary?.matches(inSource: unit.source) ?? []).filter(\.term.doNotTranslate)
        var words = context.source(of: unit).words
        if !kept.isEmpty {
            var text = unit.source
            for match in kept { text = text.replacingOccurrences(of: match.text, with: " ") }
            words = TextAnalysis(text).words
        }
        let translatable = words.contains { word in
            word.count >= 3 && word.first?.isLowercase == true
        }
        return translatable ? [context.finding(Self.self, unit, "translation is identical to the source")] : []
    }
}
