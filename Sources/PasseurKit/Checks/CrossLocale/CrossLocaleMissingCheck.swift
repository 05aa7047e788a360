/// Flags a segment translated in every other locale (two at least) but not in this one.
struct CrossLocaleMissingCheck: ParallelCheck {
    /// `cross-locale-missing`.
    static let id = "cross-locale-missing"
    /// The others show it can be done.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "A segment translated in every other locale is translated here too."

    /// A finding for each locale that alone lacks a translation.
    func findings(source: String, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext)
        -> [Finding]
    {
        let missing = units.filter { !$0.unit.state.isTranslated }
        guard missing.count == 1, units.count >= 3, let lonely = missing.first else { return [] }
        let others = units.filter { $0.locale != lonely.locale }.map(\.locale.identifier).joined(separator: ", ")
        return [context.finding(Self.self, lonely.unit, "translated in \(others) but not here", locale: lonely.locale)]
    }
}
