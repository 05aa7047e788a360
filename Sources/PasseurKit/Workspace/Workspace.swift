/// A project read into memory: its settings, its segmented source documents, its catalogs
/// by locale and document, and its term base.
///
/// `Project.load` builds one; the engines (`CheckRunner`, `CatalogImport`, `Pretranslator`,
/// `EditionBuilder`, `CatalogStatistics`) work on it without touching the file system, and
/// `Project` writes their results back.
public struct Workspace: Sendable {
    /// What `Project.load` reads.
    public struct Contents: OptionSet, Sendable {
        /// The raw value.
        public let rawValue: Int
        /// Creates a set from its raw value.
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// The source documents, read and segmented.
        public static let documents = Contents(rawValue: 1)
        /// The catalogs that exist.
        public static let catalogs = Contents(rawValue: 2)
        /// The term base named in `passeur.yaml`.
        public static let glossary = Contents(rawValue: 4)
        /// The word lists beside the term base (`Glossary/words-<locale>.txt`) of the locales
        /// loaded and the source locale, those that exist.
        public static let wordLists = Contents(rawValue: 8)
    }

    /// One catalog as read: where it is, its bytes (for hashes) and its units.
    public struct CatalogFile: Sendable {
        /// The path, relative to the project folder.
        public var path: String
        /// The bytes read.
        public var bytes: [UInt8]
        /// The catalog.
        public var catalog: Catalog

        /// Creates a catalog file.
        public init(path: String, bytes: [UInt8], catalog: Catalog) {
            self.path = path
            self.bytes = bytes
            self.catalog = catalog
        }
    }

    /// A source document as read.
    public struct SourceFile: Sendable {
        /// The segmented document; `document.path` is the path in `passeur.yaml`.
        public var document: Document
        /// The bytes read, for hashes.
        public var bytes: [UInt8]

        /// Creates a source file.
        public init(document: Document, bytes: [UInt8]) {
            self.document = document
            self.bytes = bytes
        }
    }

    /// The settings.
    public var config: ProjectConfig
    /// The locales whose catalogs were asked for.
    public var locales: [LocaleTag]
    /// The source documents, in `passeur.yaml` order (empty unless `.documents` was loaded).
    public var sources: [SourceFile]
    /// The catalogs that exist, by locale identifier and then document path.
    public var catalogs: [String: [String: CatalogFile]]
    /// The term base (nil when none is configured or it was not loaded).
    public var glossary: Glossary?
    /// The term base file's bytes, for the manifests' hashes (empty when not loaded).
    public var glossaryBytes: [UInt8] = []
    /// The word lists that exist, by locale identifier (empty unless `.wordLists` was loaded).
    public var wordLists: [String: WordList] = [:]
    /// Where each catalog belongs, by locale identifier and then document path, whether it exists or not.
    public var catalogPaths: [String: [String: String]]

    /// Creates a workspace from values (tests and library users build one directly).
    public init(
        config: ProjectConfig, locales: [LocaleTag], sources: [SourceFile] = [],
        catalogs: [String: [String: CatalogFile]] = [:], glossary: Glossary? = nil,
        catalogPaths: [String: [String: String]] = [:]
    ) {
        self.config = config
        self.locales = locales
        self.sources = sources
        self.catalogs = catalogs
        self.glossary = glossary
        self.catalogPaths = catalogPaths
    }

    /// The catalog of `document` for `locale`, if it exists.
    public func catalog(document: String, locale: LocaleTag) -> CatalogFile? {
        catalogs[locale.identifier]?[document]
    }

    /// Where the catalog of `document` for `locale` belongs, relative to the project folder.
    public func catalogPath(document: String, locale: LocaleTag) -> String {
        catalogPaths[locale.identifier]?[document] ?? "Locales/\(locale.identifier)/\(document).po"
    }

    /// The source document at `path`, if it was loaded.
    public func source(_ path: String) -> SourceFile? {
        sources.first { $0.document.path == path }
    }

    /// The locales of `locales` that have a catalog for every document.
    var completeLocales: [LocaleTag] {
        locales.filter { locale in config.documents.allSatisfy { catalog(document: $0, locale: locale) != nil } }
    }
}
