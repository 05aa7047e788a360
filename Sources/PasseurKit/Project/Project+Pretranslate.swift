/// `passeur pretranslate`: untranslated units filled from the translation memory.
extension Project {
    /// Runs `Pretranslator` on every catalog of `locales` with each locale's memory; the
    /// changed catalogs are written together, or none is.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `ExchangeError`.
    public func pretranslate(locales: [LocaleTag], minScore: Int, dryRun: Bool = false) throws
        -> [Pretranslator.Report]
    {
        let workspace = try load(.catalogs, locales: locales)
        let engine = Pretranslator(minScore: minScore)
        var reports: [Pretranslator.Report] = []
        var changed: [(path: String, catalog: Catalog)] = []
        for locale in locales {
            let memory = try memory(for: locale, workspace: workspace)
            for document in config.documents {
                var file = try requireCatalog(workspace, document: document, locale: locale)
                let report = engine.pretranslate(&file.catalog, path: file.path, memory: memory)
                if report.changed { changed.append((file.path, file.catalog)) }
                reports.append(report)
            }
        }
        if !dryRun { try save(catalogs: changed) }
        return reports
    }
}
