import Foundation
import Synchronization

/// Finding and reading the files.
extension CatalogFiles {
    /// The extensions of the files a folder is searched for.
    static let catalogExtensions: Set<String> = ["po", "xlf", "xliff"]

    /// Reads the catalogs in `paths`: files as given, folders searched recursively for `.po`,
    /// `.xlf` and `.xliff` files (hidden folders and gettext's generated `en@quot.po`,
    /// `en@boldquot.po` skipped, linked folders followed), each file once however often it is
    /// named. `sourceLocale` and `locale`, when given, replace what the files declare.
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
            } else if catalogExtensions.contains((name as NSString).pathExtension.lowercased()),
                !isGenerated(name)
            {
                found.append(child)
            }
        }
    }

    /// Whether `name` is one of gettext's `en@quot` and `en@boldquot` catalogs, which a build
    /// makes from the template in the source language: nothing a translator wrote.
    static func isGenerated(_ name: String) -> Bool {
        let stem = (name as NSString).deletingPathExtension
        return stem.hasSuffix("@quot") || stem.hasSuffix("@boldquot")
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
        let declared: (source: String?, target: String?)
        let at: (source: SourceLocation?, target: SourceLocation?)
        let catalog: Catalog
        var markup = TextAnalysis.Markup.plain
        let isXLIFF: Bool
        if fileExtension == "pot" { throw Error.template(path) }
        if fileExtension == "po" {
            guard bytes.contains(where: { !Self.isBlank($0) }) else { throw Error.emptyFile(path) }
            catalog = Catalog(try POReader.read(bytes, file: path))
            let header = Dictionary(catalog.header.map { ($0.name.lowercased(), $0.value) }) { first, _ in first }
            declared = (header["x-source-language"], header["language"])
            let end = Self.headerEnd(bytes)
            at = (
                Self.valueLocation(
                    after: ["\"X-Source-Language:", "\\nX-Source-Language:"], in: bytes[..<end], file: path),
                Self.valueLocation(after: ["\"Language:", "\\nLanguage:"], in: bytes[..<end], file: path)
            )
            if header["x-generator"]?.hasPrefix("Passeur") == true { markup = .markdown }
            isXLIFF = false
        } else if ["xlf", "xliff"].contains(fileExtension) || ExchangeFormat.sniff(bytes) == .xliff {
            // A text file named as XLIFF (a PO catalog renamed, a TMX): say what it is, not what libxml2 says.
            if ExchangeFormat.sniff(bytes) != .xliff, let first = bytes.first(where: { !Self.isBlank($0) }),
                first < 0x80
            {
                throw Error.notXLIFF(path, isPO: first != UInt8(ascii: "<") && POReader.startsLikePO(bytes))
            }
            let exchange = try XLIFFReader.read(bytes, file: path)
            catalog = Catalog(units: exchange.units.map(Self.unit))
            declared = (exchange.sourceLocale, exchange.targetLocale)
            let head = bytes.prefix(65536)
            at = (
                Self.valueLocation(
                    after: ["srcLang=\"", "srcLang='", "source-language=\"", "source-language='"], in: head, file: path),
                Self.valueLocation(
                    after: ["trgLang=\"", "trgLang='", "target-language=\"", "target-language='"], in: head, file: path)
            )
            isXLIFF = true
        } else {
            throw Error.notACatalog(path)
        }
        let start = SourceLocation(file: path, line: 1, column: 1)
        var warnings: [Warning] = []
        let target: LocaleTag
        if let locale {
            if let value = declared.target?.trimmingCharacters(in: .whitespaces), !value.isEmpty,
                LocaleTag(gettextName: value) != locale
            {
                warnings.append(
                    Warning(
                        location: at.target ?? start,
                        message:
                            "--locale \(locale.identifier) replaces the language the file declares, '\(value.quotedForMessage())'"
                    ))
            }
            target = locale
        } else {
            guard let found = try Self.language(declared.target, at: at.target ?? start) ?? Self.language(ofPath: path)
            else { throw Error.noLanguage(path, xliff: isXLIFF) }
            target = found
        }
        let source =
            try sourceLocale ?? Self.language(declared.source, at: at.source ?? start)
            ?? LocaleTag(uncheckedLanguage: "en")
        if source == target {
            // Point at what the file declares against what was given: its source when --locale
            // was given, else its target.
            let declaredAt = locale == nil ? at.target ?? at.source : at.source ?? at.target
            throw Error.targetIsSource(target.identifier, at: declaredAt ?? start)
        }
        return File(
            path: path, sourceLocale: source, locale: target, domain: domain(of: path, locale: target),
            markup: markup, catalog: catalog, warnings: warnings)
    }

    /// Whether `byte` is white space (or the first byte of a UTF-8 byte order mark, which holds no text).
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xEF || byte == 0xBB || byte == 0xBF
    }

    /// Where a PO file's header entry ends: its first blank line, or within the first 64 KiB.
    static func headerEnd(_ bytes: [UInt8]) -> Int {
        let limit = min(bytes.count, 65536)
        var i = 0
        while i + 1 < limit {
            if bytes[i] == 0x0A, bytes[i + 1] == 0x0A || (bytes[i + 1] == 0x0D && i + 2 < limit && bytes[i + 2] == 0x0A)
            {
                return i
            }
            i += 1
        }
        return limit
    }

    /// Where the value written after the first of `needles` in `bytes` starts (spaces skipped),
    /// as a line and a column in Unicode scalars; nil when no needle is there.
    static func valueLocation(after needles: [String], in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation? {
        var best: Int?
        for needle in needles {
            let pattern = Array(needle.utf8)
            guard let first = pattern.first, bytes.count >= pattern.count else { continue }
            var i = bytes.startIndex
            while i + pattern.count <= bytes.endIndex {
                if bytes[i] == first, bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                    var value = i + pattern.count
                    while value < bytes.endIndex, bytes[value] == 0x20 { value += 1 }
                    if best.map({ value < $0 }) ?? true { best = value }
                    break
                }
                i += 1
            }
        }
        guard let best else { return nil }
        let lineStart = bytes[..<best].lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        let line = bytes[..<best].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<best], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// A unit read from an exchange file, as a catalog unit, located at its target, where checks point; its
    /// inline codes written as XLIFF 1.2 tags (`InlineCodeMarkers.tags`).
    static func unit(_ unit: ExchangeFile.Unit) -> TranslationUnit {
        TranslationUnit(
            context: unit.context, source: InlineCodeMarkers.tags(unit.source),
            targets: [InlineCodeMarkers.tags(unit.target ?? "")], state: unit.effectiveState,
            previousSource: unit.previousSource, translatorComments: unit.notes,
            extractedComments: unit.descriptions, references: unit.references,
            location: unit.targetLocation ?? unit.location)
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
