/// Flags a number, URL or inline code that every other locale's translation carries and this one lacks.
///
/// Where the source has it too, `numbers`, `urls-emails` and `markup` already speak; this
/// check catches what the other translations agree on beyond the source (a date written
/// out, a unit converted the same way everywhere). A small number this translation spells out
/// (0 to 12, 100, 1000, the ordinals 1st to 4th, in the languages `NumberWords` knows) is there.
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
        CrossLocaleAgreement.findings(
            Self.self, units: units, context: context, noun: "number or URL",
            features: { target in target.numbers + target.urlsAndEmails },
            accepts: { item, target, _ in
                // A small number the translation spells out (« zwei », « Dritter », « une »).
                guard let language = target.locale?.language, item.first?.isNumber == true else { return false }
                return NumberWords.spells(item, in: Set(target.words.map { $0.lowercased() }), language: language)
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
