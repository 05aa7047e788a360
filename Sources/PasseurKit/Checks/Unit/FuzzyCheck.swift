/// Flags a translation still marked fuzzy: its source changed, or it came from a memory match.
struct FuzzyCheck: UnitCheck {
    /// `fuzzy`.
    static let id = "fuzzy"
    /// A translation waiting for a translator's look.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "No translation is left fuzzy."
    /// A fuzzy unit may have an empty target.
    static var checksUntranslated: Bool { true }

    /// A finding when the unit is fuzzy, with the previous source when there is one.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard unit.state == .fuzzy else { return [] }
        let previous = unit.previousSource.map { "; the source was « \($0) »" } ?? ""
        return [context.finding(Self.self, unit, "translation is fuzzy" + previous)]
    }
}
