import Foundation

/// `passeur export` and `passeur import`: catalogs in and out of translators' tools.
extension Project {
    /// The formats of `passeur export` and `passeur import`.
    public typealias ExchangeFormat = PasseurKit.ExchangeFormat
    /// What an import did, unit by unit.
    public typealias ImportReport = CatalogImport.Report

    /// The document a command is about: the one named (by its path in `passeur.yaml`, or by a
    /// file name only one document has), or the only one.
    ///
    /// - Throws: `Project.Error.unknownDocument` when the name is not a document of the project,
    ///   `.ambiguousDocument` when several have that file name, `.missingDocument` when the
    ///   project has several and none was named.
    public func document(_ named: String?) throws -> String {
        let here = SourceLocation(file: "<command line>", line: 1, column: 1)
        if let named {
            if config.documents.contains(named) { return named }
            let byName = config.documents.filter { ($0 as NSString).lastPathComponent == named }
            if byName.count == 1 { return byName[0] }
            if byName.count > 1 { throw Error.ambiguousDocument(named, documents: byName, at: here) }
            throw Error.unknownDocument(named, documents: config.documents, at: here)
        }
        guard config.documents.count == 1, let only = config.documents.first else {
            throw Error.missingDocument("(several documents: pass --document)", at: here)
        }
        return only
    }

    /// The catalog of a document and locale, which `passeur extract` must have written.
    ///
    /// - Throws: `FileError` (with a hint to run extract), `Project.Error.catalogMoved`, `POReader.Error`.
    func catalog(document: String, locale: LocaleTag) throws -> (path: String, catalog: Catalog) {
        let file = try requireCatalog(
            load(.catalogs, locales: [locale], documents: [document]), document: document, locale: locale)
        return (file.path, file.catalog)
    }

    /// The text of an export of `document`'s catalog for `locale`.
    ///
    /// Each unit carries the glossary terms found in its source and, while it is not yet
    /// translated, the memory's candidates (`memory`, scores of at least `minScore`); XLIFF 2
    /// writes both.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `GlossaryError`, `ICUError`.
    public func export(
        locale: LocaleTag, document: String, format: ExchangeFormat, memory: TranslationMemory? = nil,
        minScore: Int = 75
    ) throws -> String {
        let (path, catalog) = try self.catalog(document: document, locale: locale)
        var file = ExchangeFile(
            catalog: catalog, path: path, sourceLocale: config.sourceLocale, targetLocale: locale, document: document)
        if format == .xliff {
            let index = try config.glossary.map { _ in
                try GlossaryIndex(glossary: glossary(), sourceLocale: config.sourceLocale)
            }
            file.addTermsAndCandidates(glossary: index, locale: locale, memory: memory, minScore: minScore)
        }
        return String(decoding: try format.format.write(file), as: UTF8.self)
    }

    /// Imports the translations of an XLIFF, TMX, CSV or PO file into the catalog of its
    /// document and locale (`CatalogImport`), and writes the catalog when it changed.
    ///
    /// The file's language pair must be the project's; its document is the one it names
    /// (XLIFF `original`), the one given, or the only one.
    ///
    /// - Throws: `FileError`, `ExchangeError`, `CSVTable.Error`, `POReader.Error`, `LocaleTag.Error`,
    ///   `Project.Error` (a locale the project does not translate into).
    public func importTranslations(
        path file: String, format: ExchangeFormat? = nil, locale requested: String? = nil,
        document named: String? = nil,
        dryRun: Bool = false, force: Bool = false
    ) throws -> ImportReport {
        let bytes = try TextFile.readBytes(file)
        let kind = try format ?? ExchangeFormat.of(path: file, bytes: bytes)
        if let requested { try requireTarget(requested) }
        let exchange = try kind.format.read(
            bytes, file: file, sourceLocale: config.sourceLocale.identifier, targetLocale: requested)
        let locale = try CatalogImport.targetLocale(
            of: exchange, file: file, requested: requested, sourceLocale: config.sourceLocale)
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard config.targetLocales.contains(locale) else { throw Error.unknownTarget(locale.identifier, at: top) }
        let document: String
        if let original = exchange.original, named == nil {
            guard let found = config.documents.first(where: { $0 == original }) else {
                throw ExchangeError.otherDocument(original, at: top)
            }
            document = found
        } else {
            document = try self.document(named)
        }
        var (catalogFile, catalog) = try self.catalog(document: document, locale: locale)
        let (items, changed) = CatalogImport(force: force).merge(exchange, into: &catalog)
        if changed, !dryRun { try save(catalogs: [(catalogFile, catalog)]) }
        catalogFile = catalogPath(document: document, locale: locale)
        return ImportReport(catalog: catalogFile, items: items, written: changed && !dryRun)
    }

    /// Throws unless `requested` (`--locale`) is one of the project's target locales.
    ///
    /// - Throws: `LocaleTag.Error`, `Project.Error.sourceIsNotATarget`, `Project.Error.unknownTarget`.
    private func requireTarget(_ requested: String) throws {
        let commandLine = SourceLocation(file: "<command line>", line: 1, column: 1)
        let tag = try LocaleTag(requested.replacingOccurrences(of: "_", with: "-"), at: commandLine)
        if tag == config.sourceLocale { throw Error.sourceIsNotATarget(tag.identifier, at: commandLine) }
        guard config.targetLocales.contains(tag) else { throw Error.unknownTarget(requested, at: commandLine) }
    }
}
