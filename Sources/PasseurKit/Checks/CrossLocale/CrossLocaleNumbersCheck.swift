/// Flags a number, URL or inline code that every other locale's translation carries and this one lacks.
///
/// Where the source has it too, `numbers`, `urls-emails` and `markup` already speak; this
/// check catches what the other translations agree on beyond the source (a date written
/// out, a unit converted the same way everywhere).
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
        CrossLocaleAgreement.findings(Self.self, units: units, context: context, noun: "number or URL") { target in
            target.numbers + target.urlsAndEmails
        }
    }
}

/// What the translations of the other locales agree on.
enum CrossLocaleAgreement {
    /// Items present in every other translated locale (two at least) and missing from one.
    static func findings<C: Check>(
        _ check: C.Type, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext, noun: String,
        features: (TextAnalysis) -> [String]
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
            for item in agreed.subtracting(items[index]).sorted() {
                findings.append(
                    context.finding(
                        check, entry.unit, "\(noun) \(item) is in every other translation but not here",
                        locale: entry.locale))
            }
        }
        return findings
    }
}
