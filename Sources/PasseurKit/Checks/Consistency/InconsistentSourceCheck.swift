/// Flags different sources that share one translation in a locale: one of them is
/// probably mistranslated. Sources that differ only in case, spacing, punctuation or
/// accelerator keys (`Select N_one`, `Select None`) do not count, nor translator credits.
///
/// In software catalogs (plain text, English sources), sources are compared within one catalog
/// file: two programs may well word one message differently (`Total Pages`, `Total Amount of
/// Pages`), and a translation shared across them says nothing. Within a file, two wordings of
/// one meaning are common (`Cannot read` and `Could not read`, `copied` and `copied over`,
/// `appointment` and `event`) and a translator rightly renders them alike; which words are
/// synonyms no list can tell. So only the differences a translation must keep are reported
/// (`SourceContrast`): a word against its opposite (`no input digits` and `no output digits`,
/// `keep above` and `keep below`) or a negation one source lacks (`has been updated` and `has
/// not been updated`, `lock` and `unlock`), whatever the sources' length. Two sources naming
/// two different things (`freezing rain` and `ice pellets`) are missed: it would take the
/// catalog's terminology to tell them from synonyms.
struct InconsistentSourceCheck: CatalogCheck {
    /// `inconsistent-source`.
    static let id = "inconsistent-source"
    /// Worth a look.
    static let defaultSeverity = Severity.info
    /// The help line.
    static let summary = "Different sources are not translated identically in a locale."

    /// A finding on every unit whose translation is also the translation of another source.
    /// - Complexity: O(n), one dictionary pass.
    func findings(in units: [TranslationUnit], context: CheckContext) -> [Finding] {
        let plain = context.markup == .plain
        let sourceLanguage = context.sourceLocale?.language
        // Indices, not units, in the dictionary: copying a unit retains each of its strings.
        var byTarget: [TargetKey: Int] = [:]
        // Sized once: growing a table of a million keys rehashes every key several times.
        byTarget.reserveCapacity(units.count)
        var findings: [Finding] = []
        for index in units.indices {
            let unit = units[index]
            guard unit.state.isTranslated, unit.target.utf8.count >= 10 else { continue }
            // Ten characters once the white space is collapsed: a target of spaces is no translation.
            let collapsed = WhitespaceNormalisation.collapsed(unit.target)
            guard collapsed.utf8.count >= 10, collapsed.prefix(10).count == 10, !TranslatorCredits.isCredits(unit)
            else {
                continue
            }
            let target = TargetKey(target: TextKey(collapsed), file: plain ? unit.location?.file : nil)
            if let otherIndex = byTarget[target] {
                let other = units[otherIndex]
                if !Self.sameSource(other.source, unit.source, plain: plain, sourceLanguage: sourceLanguage) {
                    findings.append(
                        context.finding(Self.self, unit, "same translation as the source « \(other.source) »"))
                }
            } else {
                byTarget[target] = index
            }
        }
        return findings
    }

    /// Whether two sources say the same for a translation: the same letters and digits in any
    /// case, or in plain (software) text with English sources no difference that a translation
    /// must show (`SourceContrast`).
    static func sameSource(_ a: String, _ b: String, plain: Bool, sourceLanguage: String? = nil) -> Bool {
        if TextScanning.lettersAndDigitsLowercased(a) == TextScanning.lettersAndDigitsLowercased(b) { return true }
        guard plain, sourceLanguage == nil || sourceLanguage == "en" else { return false }
        return SourceContrast.difference(a, b) == nil
    }

    /// A translation, keyed by bytes, and its file when translations are compared within it.
    struct TargetKey: Hashable {
        var target: TextKey
        var file: String?
    }
}
