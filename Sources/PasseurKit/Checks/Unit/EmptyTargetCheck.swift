/// Flags a translation that is only white space, or marked translated with no text.
///
/// A plural unit is looked at form by form: one form left empty (or of white space only) among
/// translated ones prints nothing for the numbers it covers. (A translated plural entry with
/// fewer or more forms than `Plural-Forms` says is refused by the PO reader, as `msgfmt -c`
/// does, with its line.)
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
        if unit.sourcePlural != nil, unit.targets.count > 1, unit.hasTarget {
            return unit.targets.enumerated().compactMap { form, target in
                if !target.isEmpty, target.allSatisfy(\.isWhitespace), !unit.source.allSatisfy(\.isWhitespace) {
                    return context.finding(Self.self, unit, "plural form \(form) is only white space")
                }
                // A fuzzy unit's empty form is the fuzzy check's, as msgfmt leaves fuzzy units out.
                guard target.isEmpty, unit.state >= .translated else { return nil }
                return context.finding(Self.self, unit, "plural form \(form) is empty")
            }
        }
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
