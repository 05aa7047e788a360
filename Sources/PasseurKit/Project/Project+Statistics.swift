import Foundation

/// `passeur stats`: how far each locale's translation of each document has come.
extension Project {
    /// The progress of one document in one locale.
    public struct Statistics: Sendable, Equatable, Codable {
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

    /// Progress per locale and document, counted against the current source:
    /// a catalog unit whose source is gone does not count; a missing catalog
    /// counts as nothing translated.
    ///
    /// - Throws: `Project.Error`, `FileError`, `POReader.Error`.
    public func statistics(locales: [LocaleTag]) throws -> [Statistics] {
        let segmenter = try segmenter()
        let counter = try WordCounter(locale: config.sourceLocale)
        var rows: [Statistics] = []
        for document in config.documents {
            let source = try sourceDocument(document, segmenter: segmenter)
            var seen = Set<String>()
            let texts = source.segments.map(\.text).filter { seen.insert($0).inserted }
            let words = texts.map { counter.count(InlineMarkup.readerText($0)) }
            for locale in locales {
                let file = path(catalogPath(document: document, locale: locale))
                let catalog = FileManager.default.fileExists(atPath: file) ? try Catalog.read(path: file) : Catalog()
                var states: [String: TranslationUnit.State] = [:]
                for unit in catalog.units where !unit.isObsolete && unit.context == nil {
                    states[unit.source] = unit.state
                }
                var row = Statistics(
                    locale: locale.identifier, document: document, segments: texts.count,
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
