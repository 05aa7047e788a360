import Foundation

/// `manifest.json` beside a locale's editions: what went in (source, catalog and glossary
/// hashes), what came out (files and their hashes), and how complete and clean it was.
///
/// Keys are sorted and no time is recorded unless the build has a `--date`, so the same
/// inputs give the same bytes.
public struct EditionManifest: Codable, Sendable, Equatable {
    /// One source document of the edition.
    public struct DocumentEntry: Codable, Sendable, Equatable {
        /// The source document, as `passeur.yaml` names it.
        public var source: String
        /// SHA-256 of its bytes.
        var sourceSHA256: String
        /// The catalog it was translated from.
        public var catalog: String
        /// SHA-256 of the catalog's bytes.
        var catalogSHA256: String
        /// Segments in the document.
        public var segments: Int
        /// Segments printed in translation.
        public var translated: Int
        /// Of those, reviewed or final.
        public var reviewed: Int
        /// Segments whose translation is fuzzy (not printed).
        public var fuzzy: Int
        /// Segments with no translation.
        public var missing: Int
        /// Segments printed in the source language (fuzzy or missing, with `--fallback source|mark`).
        public var fallback: Int
        /// Share of the source words printed in translation, 0–100, one decimal.
        var translatedWordsPercent: Double

        enum CodingKeys: String, CodingKey {
            case source
            case sourceSHA256 = "source_sha256"
            case catalog
            case catalogSHA256 = "catalog_sha256"
            case segments, translated, reviewed, fuzzy, missing, fallback
            case translatedWordsPercent = "translated_words_percent"
        }
    }

    /// The term base the checks used.
    public struct GlossaryEntry: Codable, Sendable, Equatable {
        /// Its path in the project.
        public var path: String
        /// SHA-256 of its bytes.
        var sha256: String
        /// Number of concepts.
        public var concepts: Int
    }

    /// Findings of `passeur check` for the locale when it was built.
    public struct CheckSummary: Codable, Sendable, Equatable {
        /// Errors (the build refuses them unless `--allow-errors`).
        public var errors: Int
        /// Warnings.
        public var warnings: Int
        /// Information.
        public var info: Int
        /// Findings per check id.
        public var byCheck: [String: Int]

        enum CodingKeys: String, CodingKey {
            case errors, warnings, info
            case byCheck = "by_check"
        }
    }

    /// A file written for the edition.
    public struct FileEntry: Codable, Sendable, Equatable {
        /// Its name in the locale's folder.
        public var path: String
        /// SHA-256 of its bytes.
        var sha256: String
        /// Its size.
        public var bytes: Int
    }

    /// The edition's language.
    public var locale: String
    /// The source's language.
    public var sourceLocale: String
    /// `passeur <version>`.
    public var tool: String
    /// The publication date, when the build was given one.
    public var date: String?
    /// The fallback policy of the build.
    public var fallback: FallbackPolicy
    /// The documents.
    public var documents: [DocumentEntry]
    /// The term base, if the project has one.
    public var glossary: GlossaryEntry?
    /// The check summary.
    public var checks: CheckSummary
    /// The files written, `manifest.json` excepted, by name.
    public var files: [FileEntry]

    enum CodingKeys: String, CodingKey {
        case locale
        case sourceLocale = "source_locale"
        case tool, date, fallback, documents, glossary, checks, files
    }

    /// The manifest as JSON: pretty-printed, keys sorted, a final newline.
    var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return [UInt8](data) + [0x0A]
    }
}
