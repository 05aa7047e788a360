/// Flags a unit with no translation.
public struct UntranslatedCheck: UnitCheck {
    /// `untranslated`.
    public static let id = "untranslated"
    /// Missing work, not a wrong translation.
    public static let defaultSeverity = Severity.warning
    /// The help line.
    public static let summary = "Every segment has a translation."
    /// This check is about units without one.
    public static var checksUntranslated: Bool { true }

    /// Creates the check.
    public init() {}

    /// A finding when the unit has no translation.
    public func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        unit.hasTarget || unit.state == .fuzzy ? [] : [context.finding(Self.self, unit, "not translated")]
    }
}
