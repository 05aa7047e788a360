extension CatalogUpdate {
    /// What extraction did to one catalog.
    public struct Report: Sendable, Equatable {
        /// The catalog, relative to the project folder.
        public var catalog: String
        /// The target locale.
        public var locale: LocaleTag
        /// Whether the catalog was created by this run.
        public var created: Bool
        /// Whether its bytes changed.
        public var changed: Bool
        /// The counts of the update.
        public var summary: CatalogUpdate.Summary
        /// The number of active units after the update.
        public var segments: Int
    }
}
