/// Flags a translation whose length, relative to the source, is far from the other
/// locales': under half or over twice the median ratio of at least three translations; for
/// software messages (plain text), which translators expand or condense more freely, under a
/// third or over three times.
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
        guard length >= 20, indices.count >= 3 else { return [] }
        let translated = indices.map { units[$0] }
        let ratios = indices.map { Double(context.target(of: units, at: $0).length) / length }
        let median = ratios.sorted()[ratios.count / 2]
        guard median > 0 else { return [] }
        let factor = context.markup == .plain || context.sourceAnalysis?.markup == .plain ? 3.0 : 2.0
        return zip(translated, ratios).filter { $0.1 < median / factor || $0.1 > median * factor }.map {
            entry, ratio in
            context.finding(
                Self.self, entry.unit,
                String(format: "length ratio %.2f against a median of %.2f across locales", ratio, median),
                locale: entry.locale)
        }
    }
}
