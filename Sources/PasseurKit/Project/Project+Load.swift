import Foundation
import Synchronization

/// Reading a project into a `Workspace`, and writing results back.
extension Project {
    /// Reads what `contents` asks for, once: the source documents (segmented), the catalogs of
    /// `locales` that exist (read on every core), the term base. With `documents`, only those
    /// documents and their catalogs are read.
    ///
    /// - Throws: `Project.Error`, `FileError`, `POReader.Error`, `GlossaryError`, `ICUError`,
    ///   `SRXRuleSet.Error`; a catalog error is the first in document and locale order.
    public func load(_ contents: Workspace.Contents, locales: [LocaleTag], documents: [String]? = nil) throws
        -> Workspace
    {
        let documents = documents ?? config.documents
        var paths: [String: [String: String]] = [:]
        for locale in locales {
            for document in documents {
                paths[locale.identifier, default: [:]][document] = catalogPath(document: document, locale: locale)
            }
        }
        var workspace = Workspace(config: config, locales: locales, catalogPaths: paths)
        if contents.contains(.documents) {
            let segmenter = try segmenter()
            workspace.sources = try documents.map { document in
                let read = try sourceDocument(document, segmenter: segmenter)
                return Workspace.SourceFile(document: read, bytes: try TextFile.readBytes(path(document)))
            }
        }
        if contents.contains(.catalogs) {
            for file in try readCatalogs(documents: documents, locales: locales) {
                workspace.catalogs[file.locale.identifier, default: [:]][file.document] = file.file
            }
        }
        if contents.contains(.glossary), let relative = config.glossary {
            workspace.glossary = try glossary()
            workspace.glossaryBytes = try TextFile.readBytes(path(relative))
        }
        if contents.contains(.wordLists) {
            workspace.wordLists = try wordLists(locales: locales)
        }
        return workspace
    }

    /// The catalogs of `locales` that exist, in document then locale order, read on every core.
    private func readCatalogs(documents: [String], locales: [LocaleTag]) throws -> [(
        document: String, locale: LocaleTag, file: Workspace.CatalogFile
    )] {
        let wanted = documents.flatMap { document in
            locales.map { (document: document, locale: $0, path: catalogPath(document: document, locale: $0)) }
        }
        let results = Mutex<[Int: Result<Workspace.CatalogFile, any Swift.Error>]>([:])
        let read: @Sendable (Int) -> Void = { i in
            let relative = wanted[i].path
            guard FileManager.default.fileExists(atPath: path(relative)) else { return }
            let result = Result { try readCatalog(relative) }
            results.withLock { $0[i] = result }
        }
        DispatchQueue.concurrentPerform(iterations: wanted.count, execute: read)
        let all = results.withLock { $0 }
        return try wanted.indices.compactMap { i in
            try all[i].map { (wanted[i].document, wanted[i].locale, try $0.get()) }
        }
    }

    /// The catalog at `relative` (a path in the project), named by that path in errors.
    ///
    /// - Throws: `FileError`, `POReader.Error`.
    func readCatalog(_ relative: String) throws -> Workspace.CatalogFile {
        let bytes = try TextFile.readBytes(path(relative))
        return Workspace.CatalogFile(
            path: relative, bytes: bytes, catalog: Catalog(try POReader.read(bytes, file: relative)))
    }

    /// The catalog of `document` for `locale` from `workspace`, or the error that says why there is
    /// none: it moved (a stray catalog names the document), or it was never extracted.
    ///
    /// - Throws: `Project.Error.catalogMoved`, `FileError` (run extract), `POReader.Error`.
    func requireCatalog(_ workspace: Workspace, document: String, locale: LocaleTag) throws
        -> Workspace.CatalogFile
    {
        if let file = workspace.catalog(document: document, locale: locale) { return file }
        let expected = catalogPath(document: document, locale: locale)
        try expectNoStrayCatalog(document: document, locale: locale, expected: expected)
        throw FileError.unreadable(path: expected, reason: "no catalog yet; run passeur extract")
    }

    /// Writes `catalogs` (paths relative to the project) together, or none of them.
    ///
    /// - Throws: `FileError`, `POWriter` errors; nothing is written then.
    public func save(catalogs: [(path: String, catalog: Catalog)]) throws {
        try StagedWrites.write(catalogs.map { (path($0.path), Array(try $0.catalog.poText.utf8)) })
    }
}
