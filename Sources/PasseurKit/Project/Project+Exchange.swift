import Foundation

/// `passeur export` and `passeur import`: catalogs in and out of translators' tools.
extension Project {
    /// The formats of `passeur export`.
    public enum ExchangeFormat: String, CaseIterable, Sendable {
        /// XLIFF 2.1 with the glossary and translation-candidates modules.
        case xliff
        /// XLIFF 1.2.
        case xliff12
        /// TMX 1.4b.
        case tmx
        /// CSV, a row per unit.
        case csv
        /// The PO catalog itself.
        case po

        /// The format of a file, from its extension.
        public static func infer(fromPath path: String) -> ExchangeFormat? {
            switch (path as NSString).pathExtension.lowercased() {
            case "xlf", "xliff", "xliff2", "xliff12", "poxliff", "sdlxliff", "mqxliff": return .xliff
            case "tmx": return .tmx
            case "csv": return .csv
            case "po", "pot": return .po
            default: return nil
            }
        }

        /// The format of an XML file whose extension says nothing (`.xml`): XLIFF or TMX by its
        /// root element, nil for anything else.
        ///
        /// - Throws: `FileError`.
        public static func sniff(path: String) throws -> ExchangeFormat? {
            let head = String(decoding: try TextFile.readBytes(path).prefix(4096), as: UTF8.self)
            if head.contains("<xliff") { return .xliff }
            if head.contains("<tmx") { return .tmx }
            return nil
        }
    }

    /// The document a command is about: the one named, or the only one.
    ///
    /// - Throws: `Project.Error.missingDocument` when the name is not a document of the project
    ///   or the project has several and none was named.
    public func document(_ named: String?) throws -> String {
        let here = SourceLocation(file: "<command line>", line: 1, column: 1)
        if let named {
            if let found = config.documents.first(where: { $0 == named || ($0 as NSString).lastPathComponent == named })
            {
                return found
            }
            throw Error.missingDocument(named, at: here)
        }
        guard config.documents.count == 1, let only = config.documents.first else {
            throw Error.missingDocument("(several documents: pass --document)", at: here)
        }
        return only
    }

    /// The catalog of a document and locale, which `passeur extract` must have written.
    ///
    /// - Throws: `FileError` (with a hint to run extract), `POReader.Error`.
    public func catalog(document: String, locale: LocaleTag) throws -> (path: String, catalog: Catalog) {
        let relative = catalogPath(document: document, locale: locale)
        guard FileManager.default.fileExists(atPath: path(relative)) else {
            throw FileError.unreadable(path: relative, reason: "no catalog yet; run passeur extract")
        }
        return (relative, Catalog(try POReader.read(TextFile.readBytes(path(relative)), file: relative)))
    }

    /// The text of an export of `document`'s catalog for `locale`.
    ///
    /// XLIFF 2 carries the glossary terms found in each source and the memory's
    /// candidates (`memory`, scores of at least `minScore`).
    ///
    /// - Throws: `FileError`, `POReader.Error`, `GlossaryError`, `ICUError`.
    public func export(
        locale: LocaleTag, document: String, format: ExchangeFormat, memory: TranslationMemory? = nil,
        minScore: Int = 75
    ) throws -> String {
        let (path, catalog) = try self.catalog(document: document, locale: locale)
        switch format {
        case .po: return try TextFile.read(self.path(path))
        case .csv: return CatalogCSV.write(catalog.units)
        case .tmx:
            let entries = catalog.activeUnits.map { unit in
                TMXWriter.Entry(
                    id: unit.exchangeID,
                    texts: [(config.sourceLocale.identifier, unit.source)]
                        + (unit.hasTarget ? [(locale.identifier, unit.target)] : []),
                    state: unit.state, notes: unit.translatorComments)
            }
            return TMXWriter.write(entries, sourceLocale: config.sourceLocale.identifier)
        case .xliff, .xliff12:
            let index = try config.glossary.map { _ in
                try GlossaryIndex(glossary: glossary(), sourceLocale: config.sourceLocale)
            }
            let glossaryEntries: (String) -> [XLIFFExport.GlossaryEntry] = { source in
                guard let index else { return [] }
                var seen = Set<String>()
                return index.matches(inSource: source).compactMap { match in
                    guard seen.insert(match.conceptID).inserted,
                        let concept = index.concept(id: match.conceptID)
                    else {
                        return nil
                    }
                    let translations = concept.allowedTerms(for: locale).map(\.text)
                    let definition = concept.definitions["en"]
                    guard !translations.isEmpty || definition != nil else { return nil }
                    return XLIFFExport.GlossaryEntry(
                        term: match.text, translations: translations, definition: definition)
                }
            }
            // Candidates only where a translator still has work: units not yet translated.
            let open = Set(catalog.activeUnits.filter { !$0.state.isTranslated }.map(\.source))
            let candidates: (String) -> [XLIFFExport.Candidate] = { source in
                guard let memory, open.contains(source) else { return [] }
                return memory.search(source, minScore: minScore, limit: 3).filter { $0.target != nil }.map {
                    XLIFFExport.Candidate(
                        source: $0.source, target: $0.target ?? "", score: $0.score, origin: $0.origin)
                }
            }
            let export = XLIFFExport(
                sourceLocale: config.sourceLocale, targetLocale: locale, document: document, units: catalog.units,
                glossary: glossaryEntries, candidates: candidates)
            return format == .xliff ? XLIFF2Writer.write(export) : XLIFF12Writer.write(export)
        }
    }
}
