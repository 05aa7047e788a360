/// Flags a command-line option of the source that the translation does not keep as is:
/// `-x`, `--long-option`, the name of `--opt=VALUE` (its `VALUE` may be translated:
/// `--block-size=TAILLE`), as `--help` and usage texts write them.
///
/// pofilter's `options` looks at long options only, as substrings of the translation, and asks
/// for `VALUE` to be translated; here short options count too, an option is matched whole
/// (`--all` is not found in `--all-repeated`), and `VALUE` is the translator's choice. What
/// an option is: `TextScanning.commandLineOptions(in:)` (`--Long Link--`, `-5` and `e-mail`
/// are not options). An option the translation adds is not reported: a translation may name
/// one the source implies.
struct OptionsCheck: UnitCheck {
    /// `options`.
    static let id = "options"
    /// A user who types the translated option gets an error.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary =
        "Every command-line option of the source (-x, --long-option) appears unchanged in the translation."

    /// A finding per option of the source missing from a translated form, once per name.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (form, target) in unit.targets.enumerated() where !target.isEmpty {
            let source = form == 0 ? unit.source : unit.sourcePlural ?? unit.source
            guard TextScanning.mayHoldOption(source) else { continue }
            let sourceAnalysis = form == 0 ? context.source(of: unit) : TextAnalysis(source)
            let expected = sourceAnalysis.commandLineOptions
            guard !expected.isEmpty else { continue }
            let targetAnalysis = form == 0 ? context.target(of: unit) : TextAnalysis(target, locale: context.locale)
            let found = Set(targetAnalysis.commandLineOptions.map(\.name))
            let label = unit.sourcePlural == nil ? "" : " (plural form \(form))"
            var reported: Set<String> = []
            for option in expected where !found.contains(option.name) && reported.insert(option.name).inserted {
                findings.append(
                    context.finding(
                        Self.self, unit, "option \(option.name) of the source is missing\(label)",
                        sourceRange: form == 0 ? option.range : nil))
            }
        }
        return findings
    }
}
