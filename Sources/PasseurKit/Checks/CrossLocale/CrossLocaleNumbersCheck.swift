/// Flags a number, URL or inline code that every other locale's translation carries and this one lacks.
///
/// Numbers are compared by their keys (`NumberToken`), read by each language's conventions.
/// A small number this translation spells out (0 to 12, 100, 1000, the ordinals 1st to 10th,
/// in the languages `NumberWords` knows) is there.
///
/// In software messages (plain text), where the source has the number or address (in any of
/// its readings), `numbers` and `urls-emails` already speak: this check only reports what the
/// other translations agree on beyond the source (an address they all updated, a number they
/// all write in digits), and not in a translation that carries exactly what its source
/// carries: that one follows its source (`in twenty four hour format` → « en formato de
/// veinticuatro horas »). Translator credits are not compared.
struct CrossLocaleNumbersCheck: ParallelCheck {
    /// `cross-locale-numbers`.
    static let id = "cross-locale-numbers"
    /// The others agree: this one is likely wrong.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "A number or URL that every other translation carries is here too."

    /// A finding per item this locale lacks.
    func findings(source: String, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext)
        -> [Finding]
    {
        // Translator credits differ from language to language by design.
        if let first = units.first, TranslatorCredits.isCredits(first.unit) { return [] }
        let features: (TextAnalysis) -> [String] = { target in target.numbers + target.urlsAndEmails }
        // In software messages, what the source carries, in every reading, is for `numbers` and `urls-emails`.
        var sourceItems: Set<String>?
        if context.markup == .plain, let first = units.first {
            let analysis = context.source(of: first.unit)
            sourceItems = Set(features(analysis) + analysis.numberTokens.flatMap(\.alternatives))
        }
        let sourceFeatures = sourceItems.map { _ in Set(features(context.source(of: units[0].unit))) }
        return CrossLocaleAgreement.findings(
            Self.self, units: units, context: context, noun: "number or URL", features: features,
            accepts: { item, target, _ in
                if let sourceItems, sourceItems.contains(item) || Set(features(target)) == sourceFeatures {
                    return true
                }
                // A small number the translation spells out (« zwei », « Dritter », « une »).
                guard let language = target.locale?.language, item.first?.isNumber == true else { return false }
                return NumberWords.spells(item, in: NumberWords.wordSet(target.words), language: language)
            })
    }
}

/// What the translations of the other locales agree on.
enum CrossLocaleAgreement {
    /// Items present in every other translated locale (two at least) and missing from one,
    /// unless `accepts` says the translation has the item in another form.
    static func findings<C: Check>(
        _ check: C.Type, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext, noun: String,
        features: (TextAnalysis) -> [String],
        accepts: (String, TextAnalysis, (locale: LocaleTag, unit: TranslationUnit)) -> Bool = { _, _, _ in false }
    ) -> [Finding] {
        let translated = units.indices.filter { units[$0].unit.state.isTranslated }
        guard translated.count >= 3 else { return [] }
        let lists = translated.map { features(context.target(of: units, at: $0)) }
        // Most segments carry the same items in every locale: then none can be missing.
        if lists.dropFirst().allSatisfy({ $0 == lists[0] }) { return [] }
        let items = lists.map(Set.init)
        var findings: [Finding] = []
        for (index, entry) in translated.map({ units[$0] }).enumerated() {
            let others = items.enumerated().filter { $0.offset != index }.map(\.element)
            guard let first = others.first else { continue }
            let agreed = others.dropFirst().reduce(first) { $0.intersection($1) }
            let target = context.target(of: units, at: translated[index])
            for item in agreed.subtracting(items[index]).sorted() where !accepts(item, target, entry) {
                findings.append(
                    context.finding(
                        check, entry.unit, "\(noun) \(item) is in every other translation but not here",
                        locale: entry.locale))
            }
        }
        return findings
    }
}
