/// How far each locale's translation of each document has come (`passeur stats`), counted
/// against the current source: a catalog unit whose source is gone does not count; a
/// missing catalog counts as nothing translated.
public struct CatalogStatistics {
    /// The progress of one document in one locale.
    public struct Row: Sendable, Equatable, Codable {
        /// The target locale.
        public var locale: String
        /// The source document.
        public var document: String
        /// Segments in the source document (distinct texts, as in the catalog).
        public var segments: Int
        /// Words in those segments (ICU word count in the source locale).
        public var sourceWords: Int
        /// Segments translated, reviewed or final.
        public var translated: Int
        /// Segments whose translation is fuzzy.
        public var fuzzy: Int
        /// Segments with no translation (or no catalog entry yet).
        public var untranslated: Int
        /// Segments reviewed or final (a subset of `translated`).
        public var reviewed: Int
        /// Source words of the translated segments.
        public var translatedWords: Int

        /// The share of source words translated, 0–100.
        public var percentTranslated: Double {
            sourceWords == 0 ? 100 : Double(translatedWords) * 100 / Double(sourceWords)
        }

        enum CodingKeys: String, CodingKey {
            case locale, document, segments
            case sourceWords = "source_words"
            case translated, fuzzy, untranslated, reviewed
            case translatedWords = "translated_words"
        }
    }

    /// The documents and catalogs to count.
    var workspace: Workspace

    /// Creates statistics over a workspace loaded with documents and catalogs.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// One row per document and locale, in document then locale order.
    ///
    /// - Throws: `ICUError` when the source locale's word breaker cannot be made.
    public func rows() throws -> [Row] {
        let counter = try WordCounter(locale: workspace.config.sourceLocale)
        var rows: [Row] = []
        for source in workspace.sources {
            var seen = Set<String>()
            let texts = source.document.segments.map(\.text).filter { seen.insert($0).inserted }
            let words = texts.map { counter.count(InlineMarkup.readerText($0)) }
            for locale in workspace.locales {
                let catalog = workspace.catalog(document: source.document.path, locale: locale)?.catalog ?? Catalog()
                var states: [String: TranslationUnit.State] = [:]
                for unit in catalog.units where !unit.isObsolete && unit.context == nil {
                    states[unit.source] = unit.state
                }
                var row = Row(
                    locale: locale.identifier, document: source.document.path, segments: texts.count,
                    sourceWords: words.reduce(0, +),
                    translated: 0, fuzzy: 0, untranslated: 0, reviewed: 0, translatedWords: 0)
                for (text, count) in zip(texts, words) {
                    switch states[text] ?? .new {
                    case .new: row.untranslated += 1
                    case .fuzzy: row.fuzzy += 1
                    case .translated:
                        row.translated += 1
                        row.translatedWords += count
                    case .reviewed, .final:
                        row.translated += 1
                        row.reviewed += 1
                        row.translatedWords += count
                    }
                }
                rows.append(row)
            }
        }
        return rows
    }
}
