/// Flags a fuzzy unit of a gettext catalog that does not say what its source was before
/// (`#| msgid`): the translator sees that the translation needs a look, not what changed.
///
/// `msgmerge --previous` keeps the previous source, as `passeur extract` does; a catalog merged
/// without it, or edited by a tool that drops it, has fuzzy units without one. A unit that
/// `passeur pretranslate` filled from the translation memory names the memory's source in a
/// translator comment instead, and is not reported. XLIFF, TMX and CSV have no previous
/// source: units read from them are not looked at. The fuzzy check reports the unit as fuzzy
/// anyway; this one is information on top.
struct FuzzyWithoutPreviousCheck: UnitCheck {
    /// `fuzzy-without-previous`.
    static let id = "fuzzy-without-previous"
    /// The fuzzy check already reports the unit: this is a hint for the translator.
    static let defaultSeverity = Severity.info
    /// The help line.
    static let summary = "A fuzzy unit of a PO catalog shows its previous source, so the translator sees what changed."
    /// A fuzzy unit may have an empty target.
    static var checksUntranslated: Bool { true }

    /// A finding when the unit is fuzzy, in a PO catalog, without a previous source.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard unit.state == .fuzzy, unit.previousSource == nil,
            Self.isGettextCatalog(unit.location?.file ?? context.catalogPath),
            !unit.translatorComments.contains(where: { $0.hasPrefix(Pretranslator.memoryCommentPrefix) })
        else { return [] }
        return [
            context.finding(
                Self.self, unit,
                "fuzzy without its previous source (#| msgid): run msgmerge with --previous to show what changed")
        ]
    }

    /// Whether `path` names a PO file or template, the catalogs that keep a previous source.
    static func isGettextCatalog(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".po") || lowered.hasSuffix(".pot")
    }
}
