/// Flags inline markup (emphasis, links, code) that every other locale's translation has and this one lacks.
struct CrossLocaleMarkupCheck: ParallelCheck {
    /// `cross-locale-markup`.
    static let id = "cross-locale-markup"
    /// The others agree: this one is likely wrong.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "Inline markup that every other translation carries is here too."

    /// A finding per code this locale lacks.
    func findings(source: String, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext)
        -> [Finding]
    {
        CrossLocaleAgreement.findings(
            Self.self, units: units, context: context, noun: "inline code", features: \.inlineCodes)
    }
}
