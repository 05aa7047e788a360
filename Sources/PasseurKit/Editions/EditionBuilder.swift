import Foundation

/// Assembles the finished editions of a workspace's documents (`passeur build`): for each
/// locale, every document's edition in the formats asked for, its manifest, and the reasons
/// it may not be published. Works on values; `Project.build` reads and writes the files.
public struct EditionBuilder {
    /// What `passeur build` is asked to do.
    public struct Options: Sendable {
        /// The locales to build.
        var locales: [LocaleTag]
        /// The kinds of edition to write.
        var formats: [EditionFormat]
        /// What to print where a segment has no finished translation.
        var fallback: FallbackPolicy
        /// Refuse a locale whose share of translated source words is below this (0–100).
        var minTranslated: Double?
        /// Build a locale even when its checks report errors.
        var allowErrors: Bool
        /// The publication date (`YYYY-MM-DD`), printed and recorded; none by default.
        var date: String?
        /// The folder the locale folders go into, relative to the project (`build/editions`).
        var outputDirectory: String

        /// Creates options; by default every format, `fail` fallback, no threshold.
        public init(
            locales: [LocaleTag], formats: [EditionFormat] = EditionFormat.allCases, fallback: FallbackPolicy = .fail,
            minTranslated: Double? = nil, allowErrors: Bool = false, date: String? = nil,
            outputDirectory: String = "build/editions"
        ) {
            self.locales = locales
            self.formats = formats
            self.fallback = fallback
            self.minTranslated = minTranslated
            self.allowErrors = allowErrors
            self.date = date
            self.outputDirectory = outputDirectory
        }
    }

    /// What happened to one locale.
    public struct Result: Sendable, Equatable {
        /// The locale.
        public var locale: LocaleTag
        /// The folder its editions are in (relative to the project), when built.
        public var folder: String?
        /// The files written, by name, when built.
        public var files: [String]
        /// Why the locale was not built (empty when it was).
        public var refusals: [String]
        /// The manifest (also when refused: what the edition would have been).
        public var manifest: EditionManifest

        /// Whether the editions were written.
        public var isBuilt: Bool { refusals.isEmpty }
    }

    /// Why a build could not start; nothing is written.
    public enum Error: LocatedError, Equatable {
        /// A target locale has no catalog for a document yet.
        case missingCatalog(String, at: SourceLocation)
        /// A catalog does not match its source document.
        case staleCatalog(String, missing: Int, extra: Int, segments: Int)
        /// `--date` is not a `YYYY-MM-DD` date.
        case invalidDate(String)
        /// `--min-translated` is not between 0 and 100.
        case invalidThreshold(Double)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .missingCatalog(_, let at): return at
            case .staleCatalog(let path, _, _, _): return SourceLocation(file: path, line: 1, column: 1)
            case .invalidDate, .invalidThreshold: return SourceLocation(file: "<command line>", line: 1, column: 1)
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .missingCatalog(let path, _): return "no catalog '\(path)'"
            case .staleCatalog(_, let missing, let extra, let segments):
                var parts: [String] = []
                if missing > 0 {
                    parts.append("\(missing) of the source's \(segments) segments are not in the catalog")
                }
                if extra > 0 { parts.append("\(extra) catalog units are no longer in the source") }
                return "catalog is stale: " + parts.joined(separator: ", ")
            case .invalidDate(let date): return "--date '\(date)' is not a date"
            case .invalidThreshold(let value): return "--min-translated \(value) is not a percentage"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .missingCatalog: return "run passeur extract to create it"
            case .staleCatalog: return "run passeur extract to update it, then translate the new segments"
            case .invalidDate: return "write it as YYYY-MM-DD, for example 2026-12-02"
            case .invalidThreshold: return "give a number from 0 to 100"
            }
        }
    }

    /// The project as read (documents, catalogs, term base).
    var workspace: Workspace
    /// The options.
    var options: Options

    /// Creates a builder; `options` must be valid (`validate`).
    public init(workspace: Workspace, options: Options) {
        self.workspace = workspace
        self.options = options
    }

    /// Throws for a `--date` that is not a date or a threshold outside 0–100.
    static func validate(_ options: Options) throws {
        if let date = options.date, !EditionDate.isValid(date) { throw Error.invalidDate(date) }
        if let minimum = options.minTranslated, !(0...100).contains(minimum) {
            throw Error.invalidThreshold(minimum)
        }
    }

    /// Each locale of the options' editions: files and manifest, or the reasons for refusing it.
    ///
    /// - Parameter findings: the checks' findings for the workspace's locales.
    /// - Returns: for each locale, its result and, when it is built, its files.
    /// - Throws: `EditionBuilder.Error.staleCatalog` when a catalog does not match its
    ///   document, `EPUBWriter.Error`, `ICUError`.
    public func build(findings: [Finding]) throws -> [(result: Result, files: [(name: String, bytes: [UInt8])])] {
        let config = workspace.config
        let glossaryEntry = config.glossary.map { relative in
            EditionManifest.GlossaryEntry(
                path: relative, sha256: ContentHash.sha256Hex(workspace.glossaryBytes),
                concepts: workspace.glossary?.concepts.count ?? 0)
        }
        let counter = try WordCounter(locale: config.sourceLocale)
        var results: [(Result, [(name: String, bytes: [UInt8])])] = []
        for locale in options.locales {
            let localeFindings = findings.filter { $0.locale == locale.identifier }
            var files: [(name: String, bytes: [UInt8])] = []
            var entries: [EditionManifest.DocumentEntry] = []
            var refusals: [String] = []
            for source in workspace.sources {
                guard let catalog = workspace.catalog(document: source.document.path, locale: locale) else {
                    continue
                }
                try Self.expectCurrent(catalog.catalog, of: source.document, path: catalog.path)
                let edition = TranslatedEdition(
                    document: source.document, catalog: catalog.catalog, locale: locale,
                    sourceLocale: config.sourceLocale, fallback: options.fallback)
                let entry = Self.manifestEntry(
                    edition, source: source.document.path, sourceBytes: source.bytes, catalog: catalog.path,
                    catalogBytes: catalog.bytes, counter: counter)
                entries.append(entry)
                refusals += Self.refusals(edition, entry: entry, catalog: catalog.path, options: options)
                files += try editionFiles(edition, catalog: catalog.catalog, catalogBytes: catalog.bytes)
            }
            let errors = localeFindings.filter { $0.severity == .error }
            if !errors.isEmpty && !options.allowErrors {
                let first = errors.prefix(3).map(\.description).joined(separator: "; ")
                refusals.append(
                    "\(errors.count) check error\(errors.count == 1 ? "" : "s") (\(first)\(errors.count > 3 ? "; …" : "")); "
                        + "fix them or pass --allow-errors")
            }
            var byCheck: [String: Int] = [:]
            for finding in localeFindings { byCheck[finding.checkID, default: 0] += 1 }
            var manifest = EditionManifest(
                locale: locale.identifier, sourceLocale: config.sourceLocale.identifier,
                tool: "passeur \(PasseurVersion.current)", date: options.date, fallback: options.fallback,
                documents: entries, glossary: glossaryEntry,
                checks: .init(
                    errors: errors.count, warnings: localeFindings.filter { $0.severity == .warning }.count,
                    info: localeFindings.filter { $0.severity == .info }.count, byCheck: byCheck),
                files: files.map {
                    .init(path: $0.name, sha256: ContentHash.sha256Hex($0.bytes), bytes: $0.bytes.count)
                })
            manifest.files.sort { $0.path < $1.path }
            let folder = (options.outputDirectory as NSString).appendingPathComponent(locale.identifier)
            guard refusals.isEmpty else {
                results.append(
                    (Result(locale: locale, folder: nil, files: [], refusals: refusals, manifest: manifest), []))
                continue
            }
            files.append(("manifest.json", manifest.json))
            results.append(
                (
                    Result(locale: locale, folder: folder, files: files.map(\.name), refusals: [], manifest: manifest),
                    files
                ))
        }
        return results
    }

    /// Throws `staleCatalog` unless every segment of `document` has a unit in `catalog` and
    /// every active unit a segment.
    static func expectCurrent(_ catalog: Catalog, of document: Document, path: String) throws {
        let sources = Set(document.segments.map(\.text))
        let units = Set(catalog.units.filter { !$0.isObsolete && $0.context == nil }.map(\.source))
        let missing = sources.subtracting(units).count
        let extra = units.subtracting(sources).count
        if missing > 0 || extra > 0 {
            throw Error.staleCatalog(path, missing: missing, extra: extra, segments: sources.count)
        }
    }

    /// The manifest's entry for one document's edition.
    static func manifestEntry(
        _ edition: TranslatedEdition, source: String, sourceBytes: [UInt8], catalog: String, catalogBytes: [UInt8],
        counter: WordCounter
    ) -> EditionManifest.DocumentEntry {
        var words = 0
        var translatedWords = 0
        for segment in edition.segments {
            let count = counter.count(InlineMarkup.readerText(segment.source))
            words += count
            if segment.status == .translated { translatedWords += count }
        }
        let percent = words == 0 ? 100 : (Double(translatedWords) * 1000 / Double(words)).rounded(.down) / 10
        let fuzzy = edition.segments.filter { $0.status == .fuzzy }.count
        let missing = edition.segments.filter { $0.status == .missing }.count
        return EditionManifest.DocumentEntry(
            source: source, sourceSHA256: ContentHash.sha256Hex(sourceBytes), catalog: catalog,
            catalogSHA256: ContentHash.sha256Hex(catalogBytes), segments: edition.segments.count,
            translated: edition.segments.count - fuzzy - missing,
            reviewed: edition.segments.filter { $0.status == .translated && $0.isReviewed }.count, fuzzy: fuzzy,
            missing: missing, fallback: edition.fallback == .fail ? 0 : fuzzy + missing,
            translatedWordsPercent: percent)
    }

    /// Why the edition may not be published under `options`, one line each.
    static func refusals(
        _ edition: TranslatedEdition, entry: EditionManifest.DocumentEntry, catalog: String, options: Options
    ) -> [String] {
        var reasons: [String] = []
        let open = edition.untranslated
        func listing() -> String {
            let shown = open.prefix(5).map { segment in
                let place = segment.catalogLocation?.description ?? segment.location.description
                let text = segment.source.count > 60 ? String(segment.source.prefix(57)) + "…" : segment.source
                return "\(place) (\(segment.status.rawValue)) \(text)"
            }
            return shown.joined(separator: "; ") + (open.count > 5 ? "; …" : "")
        }
        if options.fallback == .fail, !open.isEmpty {
            reasons.append(
                "\(catalog): \(open.count) segment\(open.count == 1 ? "" : "s") not translated: \(listing()); "
                    + "translate them, or pass --fallback source|mark")
        }
        if let minimum = options.minTranslated, entry.translatedWordsPercent < minimum {
            reasons.append(
                "\(catalog): \(entry.translatedWordsPercent)% of the source words translated, below --min-translated "
                    + "\(minimum.formatted()): \(listing())")
        }
        return reasons
    }

    /// The files of one document's editions in the formats asked for.
    func editionFiles(_ edition: TranslatedEdition, catalog: Catalog, catalogBytes: [UInt8])
        throws -> [(name: String, bytes: [UInt8])]
    {
        let name = ((edition.document.path as NSString).lastPathComponent as NSString).deletingPathExtension
        let typography = EditionTypography(
            locale: edition.locale, quoteStyle: workspace.config.localeCheckSettings[edition.locale.identifier]?.quotes)
        let translators = ["Last-Translator", "Language-Team"].compactMap { field -> String? in
            guard let value = catalog.headerValue(field)?.trimmingCharacters(in: .whitespaces), !value.isEmpty,
                !value.contains("FULL NAME"), !value.contains("LANGUAGE <")
            else { return nil }
            return value.split(separator: "<").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? value
        }
        let metadata = EditionMetadata(
            title: edition.title, sourceTitle: edition.sourceTitle, locale: edition.locale,
            sourceLocale: workspace.config.sourceLocale, sourceDocument: edition.document.path,
            author: workspace.config.editions.author,
            translators: Array(Set(translators)).sorted(), date: options.date,
            license: workspace.config.editions.license,
            original: workspace.config.editions.original)
        let needsHTML = options.formats.contains { [.html, .epub, .bilingual].contains($0) }
        let body = needsHTML ? EditionHTMLRenderer(typography: typography).render(edition) : nil
        var files: [(String, [UInt8])] = []
        for format in options.formats.sorted() {
            switch format {
            case .md:
                guard edition.document.format == .markdown else { continue }
                files.append((format.fileName(name), Array(edition.sourceFormatText().utf8)))
            case .txt:
                let text = edition.document.format == .markdown ? edition.plainText() : edition.sourceFormatText()
                files.append((format.fileName(name), Array(text.utf8)))
            case .html:
                guard let body else { continue }
                files.append(
                    (format.fileName(name), Array(HTMLEditionWriter(body: body, metadata: metadata).render().utf8)))
            case .epub:
                guard let body else { continue }
                let seed =
                    "\(edition.locale.identifier)\n\(edition.document.path)\n\(ContentHash.sha256Hex(catalogBytes))"
                do {
                    let epub = try EPUBWriter(body: body, metadata: metadata, identitySeed: seed).render()
                    files.append((format.fileName(name), epub))
                } catch var error as EPUBWriter.Error {
                    error.file = "\(edition.locale.identifier)/\(format.fileName(name))"
                    throw error
                }
            case .bilingual:
                guard let body else { continue }
                let sourceTypography = EditionTypography(locale: workspace.config.sourceLocale)
                let source = EditionHTMLRenderer(typography: sourceTypography).render(edition, source: true)
                let page = BilingualHTMLWriter(edition: edition, source: source, target: body, metadata: metadata)
                files.append((format.fileName(name), Array(page.render().utf8)))
            }
        }
        return files
    }
}
