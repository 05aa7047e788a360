import Foundation

/// `passeur import`: translations back from translators' tools.
extension Project {
    /// What an import did, unit by unit.
    public struct ImportReport: Sendable, Equatable {
        /// One line of the report.
        public struct Item: Sendable, Equatable {
            /// Where the unit is in the imported file.
            public var location: SourceLocation
            /// What happened.
            public var outcome: Outcome
            /// The unit's source.
            public var source: String
        }

        /// What happened to an imported unit.
        public enum Outcome: String, Sendable, Equatable {
            /// The target or state changed.
            case updated
            /// Same target and state as the catalog.
            case unchanged
            /// No unit of the catalog has this id or source.
            case unknown = "not in the catalog"
            /// The catalog's source changed since the export.
            case sourceChanged = "source changed since the export"
            /// The target's inline codes are not the source's.
            case badCodes = "inline codes do not match the source"
            /// The catalog's translation is reviewed or final.
            case protected = "reviewed or final in the catalog; use --force"
            /// The file has no translation for it.
            case empty = "no translation"
        }

        /// The catalog imported into.
        public var catalog: String
        /// Every unit of the file.
        public var items: [Item]
        /// Whether the catalog was written.
        public var written: Bool

        /// How many units got each outcome.
        public func count(_ outcome: Outcome) -> Int { items.filter { $0.outcome == outcome }.count }
    }

    /// Imports the translations of an XLIFF, TMX, CSV or PO file into the catalog of its
    /// document and locale.
    ///
    /// Only units whose id or source matches the catalog are touched; a unit whose source
    /// changed since the export is reported, not applied; a reviewed or final translation
    /// is replaced only with `force`. An untouched export imports as no change at all.
    ///
    /// - Throws: `FileError`, `ExchangeError`, `CSVTable.Error`, `POReader.Error`, `LocaleTag.Error`.
    public func importTranslations(
        path file: String, format: ExchangeFormat? = nil, locale requested: String? = nil,
        document named: String? = nil,
        dryRun: Bool = false, force: Bool = false
    ) throws -> ImportReport {
        guard let kind = try format ?? ExchangeFormat.infer(fromPath: file) ?? ExchangeFormat.sniff(path: file) else {
            throw ExchangeError.unknownExtension(
                (file as NSString).pathExtension, at: SourceLocation(file: file, line: 1, column: 1))
        }
        let top = SourceLocation(file: file, line: 1, column: 1)
        if let requested {
            let commandLine = SourceLocation(file: "<command line>", line: 1, column: 1)
            let tag = try LocaleTag(requested.replacingOccurrences(of: "_", with: "-"), at: commandLine)
            if tag == config.sourceLocale { throw Error.sourceIsNotATarget(tag.identifier, at: commandLine) }
            guard config.targetLocales.contains(tag) else { throw Error.unknownTarget(requested, at: commandLine) }
        }
        let exchange = try readExchange(file, kind: kind, locale: requested)
        // An empty or truncated file must not report "0 updated" as if all were well.
        guard !exchange.units.isEmpty else { throw ExchangeError.noUnits(at: top) }
        // The language pair.
        if let source = exchange.sourceLocale, !Self.sameLanguage(source, config.sourceLocale.identifier) {
            throw ExchangeError.wrongLanguagePair(
                expected: "\(config.sourceLocale)→\(requested ?? "…")",
                found: "\(source)→\(exchange.targetLocale ?? "?")", at: top)
        }
        guard let targetTag = requested ?? exchange.targetLocale else {
            throw ExchangeError.missingTargetLanguage(at: top)
        }
        let locale = try LocaleTag(targetTag.replacingOccurrences(of: "_", with: "-"), at: top)
        if let declared = exchange.targetLocale, !Self.sameLanguage(declared, locale.identifier) {
            throw ExchangeError.wrongLanguagePair(
                expected: "\(config.sourceLocale)→\(locale)", found: "\(exchange.sourceLocale ?? "?")→\(declared)",
                at: top)
        }
        guard config.targetLocales.contains(locale) else { throw Error.unknownTarget(locale.identifier, at: top) }
        // The document.
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
        var byID: [String: Int] = [:]
        var bySource: [String: Int] = [:]
        for (index, unit) in catalog.units.enumerated() where !unit.isObsolete {
            byID[unit.exchangeID] = index
            if bySource[unit.source] == nil { bySource[unit.source] = index }
        }
        var items: [ImportReport.Item] = []
        var changed = false
        for incoming in exchange.units {
            func report(_ outcome: ImportReport.Outcome) {
                items.append(ImportReport.Item(location: incoming.location, outcome: outcome, source: incoming.source))
            }
            guard let index = byID[incoming.id] ?? bySource[incoming.source] else {
                report(.unknown)
                continue
            }
            let existing = catalog.units[index]
            let codes = InlineContent(markdown: existing.source)
            guard InlineCodeMarkers.resolve(incoming.source, against: codes) == existing.source else {
                report(.sourceChanged)
                continue
            }
            // A target of white space only is no translation: it never replaces one, even with --force.
            guard let raw = incoming.target, raw.contains(where: { !$0.isWhitespace }) else {
                report(.empty)
                continue
            }
            guard let target = InlineCodeMarkers.resolve(raw, against: codes) else {
                report(.badCodes)
                continue
            }
            // A format without states keeps the catalog's state for an unchanged text.
            let state: TranslationUnit.State
            switch incoming.state {
            case nil: state = target == existing.target && existing.hasTarget ? existing.state : .translated
            case .new?: state = .translated
            case let given?: state = given
            }
            // The same text in a lower state (a tool without "reviewed") leaves reviewed work as it is.
            if target == existing.target,
                state == existing.state || (existing.state >= .reviewed && state < existing.state && !force)
            {
                report(.unchanged)
                continue
            }
            if existing.state >= .reviewed, !force, target != existing.target {
                report(.protected)
                continue
            }
            catalog.units[index].target = target
            catalog.units[index].state = state
            if state != .fuzzy {
                catalog.units[index].previousSource = nil
                catalog.units[index].previousContext = nil
            }
            changed = true
            report(.updated)
        }
        if changed, !dryRun { try catalog.write(to: path(catalogFile)) }
        catalogFile = catalogPath(document: document, locale: locale)
        return ImportReport(catalog: catalogFile, items: items, written: changed && !dryRun)
    }

    private func readExchange(_ file: String, kind: ExchangeFormat, locale: String?) throws -> ExchangeFile {
        switch kind {
        case .xliff, .xliff12: return try XLIFFReader.read(path: file)
        case .csv: return try CatalogCSV.read(TextFile.read(file), file: file)
        case .po:
            let po = try POReader.read(path: file)
            let catalog = Catalog(po)
            return ExchangeFile(
                sourceLocale: nil, targetLocale: catalog.headerValue("Language"), original: nil,
                units: catalog.units.filter { !$0.isObsolete }.map { unit in
                    ExchangeFile.Unit(
                        id: unit.exchangeID, source: unit.source, target: unit.hasTarget ? unit.target : nil,
                        state: unit.state,
                        location: unit.location ?? SourceLocation(file: file, line: 1, column: 1))
                })
        case .tmx:
            let (headerSource, entries) = try TMXReader.read(path: file)
            let project = config.sourceLocale.identifier
            func source(of entry: TMXWriter.Entry) -> String { entry.sourceLocale ?? headerSource ?? project }
            let sources = Set(entries.map(source))
            let targets = Set(
                entries.flatMap { entry in
                    entry.texts.map(\.locale).filter { !Self.sameLanguage($0, source(of: entry)) }
                })
            guard let target = locale ?? (targets.count == 1 ? targets.first : nil) else {
                throw ExchangeError.missingTargetLanguage(at: SourceLocation(file: file, line: 1, column: 1))
            }
            return ExchangeFile(
                sourceLocale: sources.count == 1 ? sources.first : project, targetLocale: target, original: nil,
                units: entries.compactMap { entry in
                    guard let s = entry.texts.first(where: { Self.sameLanguage($0.locale, source(of: entry)) }) else {
                        return nil
                    }
                    let t = entry.texts.first { Self.sameLanguage($0.locale, target) }
                    return ExchangeFile.Unit(
                        id: entry.id, source: s.text, target: t?.text, state: entry.state,
                        location: SourceLocation(file: file, line: 1, column: 1))
                })
        }
    }
}
