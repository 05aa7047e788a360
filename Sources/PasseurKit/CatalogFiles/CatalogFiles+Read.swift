import Foundation
import Synchronization

/// Finding and reading the files.
extension CatalogFiles {
    /// The extensions of the files a folder is searched for.
    static let catalogExtensions: Set<String> = ["po", "xlf", "xliff"]

    /// Reads the catalogs in `paths`: files as given, folders searched recursively for `.po`,
    /// `.xlf` and `.xliff` files (hidden folders skipped, linked ones followed), each file once
    /// however often it is named. `sourceLocale` and `locale`, when given, replace what the
    /// files declare.
    ///
    /// Every file is read, on every core, as strictly as `msgfmt -c` reads PO; the first
    /// problem, in path order, is thrown.
    ///
    /// - Throws: `CatalogFiles.Error`, `FileError`, `POReader.Error`, `ExchangeError`.
    public static func read(_ paths: [String], sourceLocale: LocaleTag?, locale: LocaleTag?) throws -> CatalogFiles {
        // A file named twice (`po po/fr.po`, `./fr.po fr.po`, a link to it) is read once.
        var seen = Set<String>()
        let found = try paths.flatMap(catalogPaths).filter { seen.insert(realPath($0)).inserted }
        let results = Mutex<[Int: Result<File, any Swift.Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: found.count) { i in
            let result = Result { try readFile(found[i], sourceLocale: sourceLocale, locale: locale) }
            results.withLock { $0[i] = result }
        }
        let all = results.withLock { $0 }
        return CatalogFiles(files: try found.indices.compactMap { try all[$0]?.get() })
    }

    /// The catalog files `path` names: itself, or those found in it, in path order. Folders
    /// given as symbolic links are walked, at the top and inside (a catalog folder linked
    /// from a package's tree), each real folder once, so a link back up the tree ends there;
    /// the paths found keep the names given.
    static func catalogPaths(_ path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Error.missingPath(path)
        }
        guard isFolder.boolValue else { return [path] }
        var found: [String] = []
        var visited = Set<String>()
        try walk(path, visited: &visited, into: &found)
        guard !found.isEmpty else { throw Error.noCatalog(folder: path) }
        return found.sorted()
    }

    /// Adds the catalogs of `folder` and of its folders, hidden ones skipped, to `found`.
    private static func walk(_ folder: String, visited: inout Set<String>, into found: inout [String]) throws {
        let real = realPath(folder)
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: real) } catch {
            throw FileError.unreadable(path: folder, reason: "cannot list the folder")
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            // A link to nothing is no catalog.
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                try walk(child, visited: &visited, into: &found)
            } else if catalogExtensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append(child)
            }
        }
    }

    /// `path` with its symbolic links resolved, relative ones included (which Foundation's
    /// `resolvingSymlinksInPath` leaves as they are); `path` itself when it cannot be resolved.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// One file, read with its languages, domain and markup.
    static func readFile(_ path: String, sourceLocale: LocaleTag?, locale: LocaleTag?) throws -> File {
        let bytes = try TextFile.readBytes(path)
        let name = (path as NSString).lastPathComponent
        let fileExtension = (name as NSString).pathExtension.lowercased()
        let declared: (source: String?, target: String?, at: SourceLocation)
        let catalog: Catalog
        var markup = TextAnalysis.Markup.plain
        if fileExtension == "po" || fileExtension == "pot" {
            catalog = Catalog(try POReader.read(bytes, file: path))
            let header = Dictionary(catalog.header.map { ($0.name.lowercased(), $0.value) }) { first, _ in first }
            declared = (header["x-source-language"], header["language"], SourceLocation(file: path, line: 1, column: 1))
            if header["x-generator"]?.hasPrefix("Passeur") == true { markup = .markdown }
        } else if ["xlf", "xliff"].contains(fileExtension) || ExchangeFormat.sniff(bytes) == .xliff {
            let exchange = try XLIFFReader.read(bytes, file: path)
            catalog = Catalog(units: exchange.units.map(Self.unit))
            declared = (exchange.sourceLocale, exchange.targetLocale, SourceLocation(file: path, line: 1, column: 1))
        } else {
            throw Error.notACatalog(path)
        }
        let target = try locale ?? Self.language(declared.target, at: declared.at) ?? Self.language(ofPath: path)
        guard let target else { throw Error.noLanguage(path) }
        let source =
            try sourceLocale ?? Self.language(declared.source, at: declared.at)
            ?? LocaleTag(uncheckedLanguage: "en")
        return File(
            path: path, sourceLocale: source, locale: target, domain: domain(of: path, locale: target),
            markup: markup, catalog: catalog)
    }

    /// A unit read from an exchange file, as a catalog unit.
    static func unit(_ unit: ExchangeFile.Unit) -> TranslationUnit {
        TranslationUnit(
            context: unit.context, source: InlineCodeMarkers.tags(unit.source),
            targets: [InlineCodeMarkers.tags(unit.target ?? "")], state: unit.effectiveState,
            previousSource: unit.previousSource, translatorComments: unit.notes,
            extractedComments: unit.descriptions, references: unit.references, location: unit.location)
    }

    /// A language a file declares, nil when it declares none.
    static func language(_ value: String?, at location: SourceLocation) throws -> LocaleTag? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        guard let tag = LocaleTag(gettextName: value) else { throw Error.invalidLanguage(value, at: location) }
        return tag
    }

    /// The language a path names: its file name (`fr.po`), the end of its name (`tar.fr.po`,
    /// `tar-pt_BR.po`), the folder above `LC_MESSAGES` (`fr/LC_MESSAGES/tar.po`) or its folder
    /// (`fr/tar.po`), the first that is a language.
    static func language(ofPath path: String) -> LocaleTag? {
        let components = (path as NSString).pathComponents
        let stem = ((components.last ?? "") as NSString).deletingPathExtension
        var candidates = [stem]
        for separator: Character in [".", "-"] {
            if let cut = stem.lastIndex(of: separator) { candidates.append(String(stem[stem.index(after: cut)...])) }
        }
        if components.count >= 3, components[components.count - 2] == "LC_MESSAGES" {
            candidates.append(components[components.count - 3])
        } else if components.count >= 2 {
            candidates.append(components[components.count - 2])
        }
        return candidates.lazy.compactMap { LocaleTag(gettextName: $0) }.first
    }

    /// The domain of the file at `path`, whose language is `locale`.
    static func domain(of path: String, locale: LocaleTag) -> String {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if LocaleTag(gettextName: stem) == locale {
            let folder = (path as NSString).deletingLastPathComponent
            return folder.isEmpty ? "." : folder
        }
        for name in [locale.gettextName, locale.identifier, locale.language] {
            for separator in [".", "_", "-"] where stem.hasSuffix(separator + name) {
                return String(stem.dropLast(separator.count + name.count))
            }
        }
        return stem
    }
}
