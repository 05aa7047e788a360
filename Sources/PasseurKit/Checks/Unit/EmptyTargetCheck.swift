/// Flags a translation that is only white space, or marked translated with no text; a source
/// that is only white space itself (`"\n"`, `" "`) may be translated so.
struct EmptyTargetCheck: UnitCheck {
    /// `empty-target`.
    static let id = "empty-target"
    /// An edition would print nothing there.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "No translation is empty or white space only."
    /// A unit marked translated may have no text at all.
    static var checksUntranslated: Bool { true }

    /// A finding when the target is blank but the unit claims to be translated, or is all spaces.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let blank = unit.target.allSatisfy(\.isWhitespace)
        // A source of white space only (a separator, a line break) is translated as it is.
        if unit.hasTarget, blank, !unit.source.allSatisfy(\.isWhitespace) {
            return [context.finding(Self.self, unit, "translation is only white space")]
        }
        if !unit.hasTarget, unit.state >= .translated {
            return [context.finding(Self.self, unit, "marked \(unit.state.rawValue) but empty")]
        }
        return []
    }
}
