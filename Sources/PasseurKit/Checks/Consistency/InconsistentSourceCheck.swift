/// Flags different sources that share one translation in a locale: one of them is
/// probably mistranslated. Sources that differ only in case, spacing, punctuation or
/// accelerator keys (`Select N_one`, `Select None`) do not count, nor translator credits.
///
/// In software catalogs (plain text), sources are compared within one catalog file: two
/// programs may well word one message differently (`Total Pages`, `Total Amount of Pages`),
/// and a translation shared across them says nothing. Sources whose words differ only by a
/// final s, by their order or by English function words, do not count either (`No change`,
/// `No changes`; `Set a password now`, `Set password now`); and sources of fewer than five
/// words are labels (`Settings` and `Options`, `Remove File` and `Delete File`), whose
/// synonyms abound: they are not compared.
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
        // Indices, not units, in the dictionary: copying a unit retains each of its strings.
        var byTarget: [TargetKey: Int] = [:]
        // Sized once: growing a table of a million keys rehashes every key several times.
        byTarget.reserveCapacity(units.count)
        var findings: [Finding] = []
        for index in units.indices {
            let unit = units[index]
            guard unit.state.isTranslated, unit.target.utf8.count >= 10, unit.target.prefix(10).count == 10,
                !TranslatorCredits.isCredits(unit)
            else {
                continue
            }
            let target = TargetKey(
                target: TextKey(WhitespaceNormalisation.collapsed(unit.target)),
                file: plain ? unit.location?.file : nil)
            if let otherIndex = byTarget[target] {
                let other = units[otherIndex]
                if !Self.sameSource(other.source, unit.source, plain: plain) {
                    findings.append(
                        context.finding(Self.self, unit, "same translation as the source « \(other.source) »"))
                }
            } else {
                byTarget[target] = index
            }
        }
        return findings
    }

    /// Whether two sources say the same: the same letters and digits in any case, or in plain
    /// text the same words in any order, a final s aside.
    static func sameSource(_ a: String, _ b: String, plain: Bool) -> Bool {
        if TextScanning.lettersAndDigitsLowercased(a) == TextScanning.lettersAndDigitsLowercased(b) { return true }
        guard plain else { return false }
        func words(_ text: String) -> [String] {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "&" })
                .map { word in
                    let bare = word.filter { $0 != "_" && $0 != "&" }
                    return bare.count > 3 && bare.hasSuffix("s") ? String(bare.dropLast()) : String(bare)
                }
                .filter { !functionWords.contains($0) }
                .sorted()
        }
        let (wordsA, wordsB) = (words(a), words(b))
        if a.split(whereSeparator: \.isWhitespace).count < 5 || b.split(whereSeparator: \.isWhitespace).count < 5 {
            return true
        }
        return wordsA == wordsB
    }

    /// English words that carry grammar, not meaning (`the`, `of`, `is`).
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "for", "is", "are", "be", "by", "in", "on", "at", "with", "and", "or", "it",
        "this",
    ]

    /// A translation, keyed by bytes, and its file when translations are compared within it.
    struct TargetKey: Hashable {
        var target: TextKey
        var file: String?
    }
}
