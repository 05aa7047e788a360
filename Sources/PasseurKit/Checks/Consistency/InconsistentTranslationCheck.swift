/// Flags a source translated in more than one way in a locale, across all its documents.
///
/// Units with a `msgctxt` are translated differently on purpose and are compared only
/// with units of the same context. Translator credits (`Your names`, `EMAIL OF TRANSLATORS`,
/// `translator-credits`) differ from catalog to catalog by design and are not compared.
///
/// In software catalogs (plain text), translations that differ only in case, spacing,
/// punctuation or accelerator keys (`Ou&tils` and `O&utils`, `Configurer...` and
/// `Configurer…`) count as the same; and a one-word source (`Edit`, `Small`, `Windows`), which
/// may be a verb or a noun, a name or a word, is compared only within its own catalog file.
struct InconsistentTranslationCheck: CatalogCheck {
    /// `inconsistent-translation`.
    static let id = "inconsistent-translation"
    /// The same sentence should read the same everywhere.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "The same source is translated the same way everywhere in a locale."

    /// A finding on every unit whose translation differs from the first one of the same source.
    /// - Complexity: O(n), one dictionary pass.
    func findings(in units: [TranslationUnit], context: CheckContext) -> [Finding] {
        let plain = context.markup == .plain
        // Indices, not units, in the dictionary: copying a unit retains each of its strings.
        var first: [CatalogKey: Int] = [:]
        // Sized once: growing a table of a million keys rehashes every key several times.
        first.reserveCapacity(units.count)
        var findings: [Finding] = []
        for index in units.indices where units[index].state.isTranslated {
            let unit = units[index]
            if TranslatorCredits.isCredits(unit) { continue }
            let file = plain && Self.isOneWord(unit.source) ? unit.location?.file : nil
            let key = CatalogKey(context: unit.context, source: TextKey(unit.source), file: file)
            if let earlierIndex = first[key] {
                let earlier = units[earlierIndex]
                if !Self.same(earlier.target, unit.target, plain: plain) {
                    let at = earlier.location.map { " (\($0.file):\($0.line))" } ?? ""
                    var finding = context.finding(
                        Self.self, unit, "translated differently elsewhere\(at): « \(earlier.target) »")
                    finding.placeFreeMessage = "translated differently elsewhere: « \(earlier.target) »"
                    findings.append(finding)
                }
            } else {
                first[key] = index
            }
        }
        return findings
    }

    /// Whether two translations say the same: the same text but for spacing, or in plain text
    /// the same letters and digits in any case.
    static func same(_ a: String, _ b: String, plain: Bool) -> Bool {
        if WhitespaceNormalisation.collapsed(a) == WhitespaceNormalisation.collapsed(b) { return true }
        return plain && TextScanning.lettersAndDigitsLowercased(a) == TextScanning.lettersAndDigitsLowercased(b)
    }

    /// Whether `source` is one word, with its accelerator key and punctuation, spaces around it aside.
    static func isOneWord(_ source: String) -> Bool {
        // Scalars, not characters: grapheme breaking every source would cost more than the check.
        var (inWord, afterWord) = (false, false)
        for scalar in source.unicodeScalars {
            let space =
                scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if space {
                afterWord = inWord
            } else if afterWord {
                return false
            } else {
                inWord = true
            }
        }
        return true
    }

    /// A unit's context and source, keyed by bytes, and its file when it is compared within it.
    struct CatalogKey: Hashable {
        var context: String?
        var source: TextKey
        var file: String?
    }
}
