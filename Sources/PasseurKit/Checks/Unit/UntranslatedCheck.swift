/// Flags a unit with no translation.
struct UntranslatedCheck: UnitCheck {
    /// `untranslated`.
    static let id = "untranslated"
    /// Missing work, not a wrong translation.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "Every segment has a translation."
    /// This check is about units without one.
    static var checksUntranslated: Bool { true }

    /// A finding when the unit has no translation.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        unit.hasTarget || unit.state == .fuzzy ? [] : [context.finding(Self.self, unit, "not translated")]
    }
}
