import Foundation

/// `passeur extract`: writing or updating every catalog from the source documents.
extension Project {
    /// Creates or updates the catalog of every document for each locale.
    ///
    /// Every catalog is read and updated before any is written, and the changed ones are
    /// written together (`StagedWrites`): a malformed catalog or an unwritable folder stops
    /// the run with nothing written.
    ///
    /// - Parameters:
    ///   - locales: the target locales to extract for.
    ///   - dryRun: compute the reports without writing.
    /// - Returns: one report per document and locale.
    /// - Throws: `Project.Error`, `FileError`, `POReader.Error`, `SRXRuleSet.Error`.
    public func extract(locales: [LocaleTag], dryRun: Bool = false) throws -> [CatalogUpdate.Report] {
        let workspace = try load([.documents, .catalogs], locales: locales)
        var pending: [(path: String, bytes: [UInt8], report: CatalogUpdate.Report)] = []
        for source in workspace.sources {
            let document = source.document.path
            let segments = CatalogUpdate.SourceSegment.segments(of: source.document)
            for locale in locales {
                let relative = catalogPath(document: document, locale: locale)
                let existing = workspace.catalog(document: document, locale: locale)
                if existing == nil {
                    try expectNoStrayCatalog(
                        document: document, locale: locale, expected: relative,
                        at: config.documentLocations[document]
                            ?? SourceLocation(file: Self.configFileName, line: 1, column: 1))
                }
                let header = Catalog.newHeader(project: config.name, locale: locale)
                var (updated, summary) = CatalogUpdate().update(
                    existing?.catalog ?? Catalog(header: header), with: segments)
                updated.normalizeHeader(locale: locale, newHeader: header)
                let bytes = Array(try updated.poText.utf8)
                let report = CatalogUpdate.Report(
                    catalog: relative, locale: locale, created: existing == nil, changed: existing?.bytes != bytes,
                    summary: summary, segments: updated.activeUnits.count)
                pending.append((path(relative), bytes, report))
            }
        }
        if !dryRun { try StagedWrites.write(pending.filter(\.report.changed).map { ($0.path, $0.bytes) }) }
        return pending.map(\.report)
    }

    /// Refuses to go on without the catalog of `document` for `locale` (which belongs at
    /// `expected`) while this document's translations sit in a catalog at another place (where
    /// the layout put it before a document in a new folder moved the catalogs): they would be
    /// left behind. The error is at `location`, or at the start of that catalog.
    ///
    /// - Throws: `Project.Error.catalogMoved`; `FileError`, `POReader.Error` for such a catalog
    ///   that cannot be read.
    func expectNoStrayCatalog(
        document: String, locale: LocaleTag, expected: String, at location: SourceLocation? = nil
    ) throws {
        if let stray = try strayCatalog(document: document, locale: locale) {
            throw Error.catalogMoved(
                from: stray, to: expected, at: location ?? SourceLocation(file: stray, line: 1, column: 1))
        }
    }

    /// A catalog under `Locales/<locale>/` that is no document's catalog today but whose
    /// references name `document`: where its translations are when the catalogs moved.
    ///
    /// - Throws: `FileError`, `POReader.Error` for such a catalog that cannot be read.
    private func strayCatalog(document: String, locale: LocaleTag) throws -> String? {
        let folder = "Locales/\(locale.identifier)"
        guard let walker = FileManager.default.enumerator(atPath: path(folder)) else { return nil }
        let current = Set(config.documents.map { catalogPath(document: $0, locale: locale) })
        var candidates: [String] = []
        while let name = walker.nextObject() as? String {
            let relative = "\(folder)/\(name)"
            if name.hasSuffix(".po"), !current.contains(relative) { candidates.append(relative) }
        }
        for candidate in candidates.sorted() {
            let catalog = try readCatalog(candidate).catalog
            let mentions = catalog.units.contains { unit in
                unit.references.contains { $0.split(separator: " ").contains { $0.hasPrefix("\(document):") } }
            }
            if mentions { return candidate }
        }
        return nil
    }
}
