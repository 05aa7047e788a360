import Foundation

/// A translation project on disk: `passeur.yaml`, its documents and its catalogs.
///
/// Catalogs live at `Locales/<locale>/<document name>.po` when the documents share one
/// folder (as the article does in `Locales/<source locale>/`); otherwise each catalog mirrors
/// its document's path below the deepest folder that holds every document
/// (`a/intro.md` and `b/intro.md` get `Locales/<locale>/a/intro.po` and `…/b/intro.po`),
/// so no two documents ever share a catalog.
public struct Project: Sendable {
    /// The project folder.
    public let root: String
    /// The settings.
    public let config: ProjectConfig

    /// The name of the settings file.
    static let configFileName = "passeur.yaml"

    /// The folder components that every document's path starts with, which catalogs do not repeat.
    private let documentsFolder: [Substring]

    /// Why a project could not be used.
    public enum Error: LocatedError, Equatable {
        /// A document named in passeur.yaml does not exist.
        case missingDocument(String, at: SourceLocation)
        /// A locale that the project does not translate into.
        case unknownTarget(String, at: SourceLocation)
        /// Two documents whose catalogs would be one file.
        case catalogClash(String, other: String, catalog: String, at: SourceLocation)
        /// A catalog of the document at its old place, which the new place would leave behind.
        case catalogMoved(from: String, to: String, at: SourceLocation)
        /// No catalog exists yet for a command that needs them.
        case noCatalogs(at: SourceLocation)
        /// The source locale, asked for where a target locale is needed.
        case sourceIsNotATarget(String, at: SourceLocation)
        /// A document named on the command line that is none of the project's (`documents`).
        case unknownDocument(String, documents: [String], at: SourceLocation)
        /// A file name given on the command line that several documents have.
        case ambiguousDocument(String, documents: [String], at: SourceLocation)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .missingDocument(_, let at), .unknownTarget(_, let at), .catalogClash(_, _, _, let at),
                .catalogMoved(_, _, let at), .noCatalogs(let at), .sourceIsNotATarget(_, let at),
                .unknownDocument(_, _, let at), .ambiguousDocument(_, _, let at):
                return at
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .missingDocument(let path, _): return "document '\(path)' not found"
            case .unknownTarget(let locale, _):
                return "'\(locale.quotedForMessage(limit: 20))' is not a target locale of this project"
            case .catalogClash(let document, let other, let catalog, _):
                return "documents '\(other)' and '\(document)' would share the catalog '\(catalog)'"
            case .catalogMoved(let from, let to, _):
                return "the catalog '\(from)' of this document now belongs at '\(to)'"
            case .noCatalogs: return "no catalogs yet"
            case .sourceIsNotATarget(let locale, _): return "'\(locale)' is the source locale, not a target locale"
            case .unknownDocument(let name, _, _):
                return "'\(name.quotedForMessage(limit: 60))' is not a document of this project"
            case .ambiguousDocument(let name, let documents, _):
                return "'\(name)' names several documents: \(documents.joined(separator: ", "))"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .missingDocument: return "fix the path in passeur.yaml's documents"
            case .unknownTarget: return "add it to target-locales in passeur.yaml, or pick one listed there"
            case .catalogClash: return "rename one of the documents"
            case .catalogMoved(let from, let to, _):
                return "move it there (git mv \(from) \(to)) and run the command again; nothing was written"
            case .noCatalogs: return "run passeur extract to create them"
            case .sourceIsNotATarget: return "pick one of target-locales in passeur.yaml"
            case .unknownDocument(_, let documents, _):
                return "pass one of passeur.yaml's documents: \(documents.joined(separator: ", "))"
            case .ambiguousDocument: return "pass the document's path as passeur.yaml writes it"
            }
        }
    }

    /// Whether `root` holds a `passeur.yaml`, and is a project folder.
    public static func exists(root: String) -> Bool {
        FileManager.default.fileExists(atPath: configPath(root: root))
    }

    /// The path of `root`'s `passeur.yaml`, as errors name it.
    public static func configPath(root: String) -> String {
        root == "." ? configFileName : (root as NSString).appendingPathComponent(configFileName)
    }

    /// Opens the project whose `passeur.yaml` is in `root`.
    ///
    /// - Throws: `FileError`, `ProjectConfig.Error`, `LocaleTag.Error`.
    public init(root: String) throws {
        self.root = root
        let file = root == "." ? Self.configFileName : (root as NSString).appendingPathComponent(Self.configFileName)
        config = try ProjectConfig(yaml: TextFile.read(file), file: file)
        let folders = config.documents.map { Self.components($0).dropLast() }
        var common = folders.first.map(Array.init) ?? []
        for folder in folders.dropFirst() {
            common = Array(zip(common, folder).prefix(while: { $0.0 == $0.1 }).map(\.0))
        }
        documentsFolder = common
        var owners: [String: String] = [:]
        for document in config.documents {
            let catalog = catalogName(document: document)
            if let other = owners[catalog] {
                throw Error.catalogClash(
                    document, other: other, catalog: catalog,
                    at: config.documentLocations[document] ?? SourceLocation(file: file, line: 1, column: 1))
            }
            owners[catalog] = document
        }
    }

    /// A relative path's folder and file names, without `.` and empty components.
    private static func components(_ path: String) -> [Substring] {
        path.split(separator: "/").filter { $0 != "." }
    }

    /// The catalog's path below `Locales/<locale>/`: the document's path below the documents'
    /// common folder, with `.po` for its extension.
    private func catalogName(document: String) -> String {
        let parts = Self.components(document)
        let name = ((parts.last.map(String.init) ?? document) as NSString).deletingPathExtension
        return (parts.dropLast().dropFirst(documentsFolder.count).map(String.init) + [name + ".po"])
            .joined(separator: "/")
    }

    /// A path of the project, relative to its folder, made usable from the current directory.
    func path(_ relative: String) -> String {
        root == "." || relative.hasPrefix("/") ? relative : (root as NSString).appendingPathComponent(relative)
    }

    /// The catalog of `document` for `locale`, relative to the project folder.
    func catalogPath(document: String, locale: LocaleTag) -> String {
        "Locales/\(locale.identifier)/\(catalogName(document: document))"
    }

    /// The target locales, or the subset asked for on the command line.
    ///
    /// - Throws: `LocaleTag.Error`, `Project.Error.unknownTarget`.
    public func targets(_ requested: [String]) throws -> [LocaleTag] {
        guard !requested.isEmpty else { return config.targetLocales }
        var seen: Set<String> = []
        return try requested.filter { seen.insert($0).inserted }.map { raw in
            let here = SourceLocation(file: "<command line>", line: 1, column: 1)
            let tag = try LocaleTag(raw, at: here)
            guard config.targetLocales.contains(tag) else { throw Error.unknownTarget(raw, at: here) }
            return tag
        }
    }

    /// The sentence segmenter for the source locale, with the project's rules.
    ///
    /// - Throws: `ICUError`, `FileError`, `SRXRuleSet.Error`.
    func segmenter() throws -> SentenceSegmenter {
        let srx = try config.segmentationRules.map { try SRXReader.read(path: path($0)) }
        return try SentenceSegmenter(
            locale: config.sourceLocale, srx: srx,
            abbreviations: config.abbreviations[config.sourceLocale.identifier] ?? [])
    }

    /// A source document, read and segmented.
    ///
    /// - Throws: `Project.Error.missingDocument`, `FileError`.
    func sourceDocument(_ document: String, segmenter: SentenceSegmenter) throws -> Document {
        guard FileManager.default.fileExists(atPath: path(document)) else {
            throw Error.missingDocument(
                document,
                at: config.documentLocations[document] ?? SourceLocation(file: Self.configFileName, line: 1, column: 1))
        }
        let segmented = try DocumentReader.read(path: path(document)).named(document).segmented(with: segmenter)
        // An SRX rule that ran past its time limit is an error, not a silently different segmentation.
        try segmenter.throwIfRuleFailed()
        return segmented
    }
}
