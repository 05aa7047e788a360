/// Flags a translation that is only white space, or marked translated with no text.
///
/// A plural unit is looked at form by form: one form left empty (or of white space only) among
/// translated ones prints nothing for the numbers it covers; and a plural unit with text needs
/// as many forms as its catalog's `Plural-Forms` says (`CheckContext.conventions`): a missing
/// form prints nothing, an extra one is never printed. The PO reader refuses a translated entry
/// with another number of forms, as `msgfmt -c` does; a fuzzy one, which `msgfmt -c` leaves out
/// of the compiled catalog until its flag is cleared (and refuses with `--use-fuzzy`), is read,
/// and reported here like any other unit.
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
        var counted: [Finding] = []
        if unit.sourcePlural != nil, unit.hasTarget, let rule = context.conventions.pluralRule,
            unit.targets.count != rule.count
        {
            counted.append(
                context.finding(
                    Self.self, unit,
                    "plural unit has \(unit.targets.count) form\(unit.targets.count == 1 ? "" : "s") but the "
                        + "catalog's nplurals is \(rule.count)"))
        }
        if unit.sourcePlural != nil, unit.targets.count > 1, unit.hasTarget {
            return counted
                + unit.targets.enumerated().compactMap { form, target in
                    if !target.isEmpty, target.allSatisfy(\.isWhitespace), !unit.source.allSatisfy(\.isWhitespace) {
                        return context.finding(Self.self, unit, "plural form \(form) is only white space")
                    }
                    // A fuzzy unit's empty form is the fuzzy check's, as msgfmt leaves fuzzy units out.
                    guard target.isEmpty, unit.state >= .translated else { return nil }
                    return context.finding(Self.self, unit, "plural form \(form) is empty")
                }
        }
        if !counted.isEmpty { return counted }
        let blank = unit.target.allSatisfy(\.isWhitespace)
        // A source of white space only (coreutils' "\n") is rightly translated as such.
        if unit.hasTarget, blank, !unit.source.allSatisfy(\.isWhitespace) {
            return [context.finding(Self.self, unit, "translation is only white space")]
        }
        if !unit.hasTarget, unit.state >= .translated {
            return [context.finding(Self.self, unit, "marked \(unit.state.rawValue) but empty")]
        }
        return []
    }
}
