/// `passeur stats`: how far each locale's translation of each document has come.
extension Project {
    /// The progress of one document in one locale.
    public typealias Statistics = CatalogStatistics.Row

    /// Progress per locale and document (`CatalogStatistics`), counted against the current source.
    ///
    /// - Throws: `Project.Error`, `FileError`, `POReader.Error`.
    public func statistics(locales: [LocaleTag]) throws -> [Statistics] {
        try CatalogStatistics(workspace: load([.documents, .catalogs], locales: locales)).rows()
    }
}
