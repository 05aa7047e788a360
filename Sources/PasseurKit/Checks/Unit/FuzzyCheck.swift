/// Flags a translation still marked fuzzy: its source changed, or it came from a memory match.
public struct FuzzyCheck: UnitCheck {
    /// `fuzzy`.
    public static let id = "fuzzy"
    /// A translation waiting for a translator's look.
    public static let defaultSeverity = Severity.warning
    /// The help line.
    public static let summary = "No translation is left fuzzy."
    /// A fuzzy unit may have an empty target.
    public static var checksUntranslated: Bool { true }

    /// Creates the check.
    public init() {}

    /// A finding when the unit is fuzzy, with the previous source when there is one.
    public func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard unit.state == .fuzzy else { return [] }
        let previous = unit.previousSource.map { "; the source was « \($0) »" } ?? ""
        return [context.finding(Self.self, unit, "translation is fuzzy" + previous)]
    }
}
