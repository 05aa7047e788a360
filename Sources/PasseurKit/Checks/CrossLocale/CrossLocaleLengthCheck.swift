/// Flags a translation whose length, relative to the source, is far from the other
/// locales': under half or over twice the median ratio of at least three translations.
/// Software messages (plain text) are not judged: one language's team spells out, shortens or
/// localises what the others keep (see `LengthCheck`).
struct CrossLocaleLengthCheck: ParallelCheck {
    /// `cross-locale-length`.
    static let id = "cross-locale-length"
    /// Worth a look: a sentence may be missing or doubled.
    static let defaultSeverity = Severity.info
    /// The help line.
    static let summary = "A translation's length ratio is not an outlier among the locales'."

    /// A finding for each outlier locale.
    func findings(source: String, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext)
        -> [Finding]
    {
        let length = Double((context.sourceAnalysis ?? TextAnalysis(source)).length)
        let indices = units.indices.filter { units[$0].unit.state.isTranslated }
        guard length >= 20, indices.count >= 3, context.markup != .plain, context.sourceAnalysis?.markup != .plain
        else { return [] }
        let translated = indices.map { units[$0] }
        let ratios = indices.map { Double(context.target(of: units, at: $0).length) / length }
        let median = ratios.sorted()[ratios.count / 2]
        guard median > 0 else { return [] }
        return zip(translated, ratios).filter { $0.1 < median / 2 || $0.1 > median * 2 }.map {
            entry, ratio in
            context.finding(
                Self.self, entry.unit,
                String(format: "length ratio %.2f against a median of %.2f across locales", ratio, median),
                locale: entry.locale)
        }
    }
}
