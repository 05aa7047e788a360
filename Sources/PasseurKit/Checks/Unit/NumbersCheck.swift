/// Flags a number of the source missing from the translation.
///
/// Locale formatting counts as the same number (« 1 000,5 » ↔ "1,000.5"); a date's
/// numbers may move (« 23 décembre 1913 » ↔ "December 23, 1913"). A small number spelled
/// out in the target (0 to 12, 100, 1000: `1 Folder` → « Un dossier », `5 characters` →
/// « cinq caractères », `Got 0 lines` → « aucune ligne ») counts as there, in the languages
/// `NumberWords` knows; other numbers in words are flagged.
struct NumbersCheck: UnitCheck {
    /// `numbers`.
    static let id = "numbers"
    /// A wrong number changes the facts.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "Every number of the source appears in the translation."

    /// One finding per number of the source the target lacks.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let target = context.target(of: unit)
        let (source, targetNumbers) = (context.source(of: unit).numbers, target.numbers)
        var missing = TextFeatures.missing(source, from: targetNumbers)
        let extra = TextFeatures.missing(targetNumbers, from: source)
        if !missing.isEmpty {
            let words = Set(target.words.map { $0.lowercased() })
            missing.removeAll { NumberWords.spells($0, in: words, language: context.locale.language) }
        }
        var findings = missing.map { context.finding(Self.self, unit, "number \($0) of the source is missing") }
        if !extra.isEmpty, !missing.isEmpty {
            findings.append(
                context.finding(Self.self, unit, "numbers \(extra.joined(separator: ", ")) are not in the source"))
        }
        return findings
    }
}
