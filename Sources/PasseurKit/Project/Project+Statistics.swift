/// `passeur stats`: how far each locale's translation of each document has come.
extension Project {
    /// Progress per locale and document (`CatalogStatistics`), counted against the current source.
    ///
    /// - Throws: `Project.Error`, `FileError`, `POReader.Error`.
    public func statistics(locales: [LocaleTag]) throws -> [CatalogStatistics.Row] {
        try CatalogStatistics(workspace: load([.documents, .catalogs], locales: locales)).rows()
    }
}
