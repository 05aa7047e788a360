/// `passeur pretranslate`: untranslated units filled from the translation memory.
extension Project {
    /// What pre-translation did to one catalog.
    public struct PretranslateReport: Sendable, Equatable {
        /// The catalog.
        public var catalog: String
        /// Units filled from an identical source (state translated).
        public var exact: Int
        /// Units filled from a similar source (state fuzzy, score in a comment).
        public var fuzzy: Int
        /// Untranslated units left as they were.
        public var untouched: Int
    }

    /// The comment that marks a pre-translated unit.
    public static let memoryCommentPrefix = "passeur: from translation memory"

    /// Fills the units of every locale in `locales` that have no translation: an identical
    /// source in the memory gives a translated unit, a similar one (score ≥ `minScore`) a fuzzy
    /// unit with the score, the memory's source and its origin in a translator comment. A unit
    /// that has any translation, fuzzy included, is never touched. The changed catalogs are
    /// written together, or none is.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `ExchangeError`.
    public func pretranslate(locales: [LocaleTag], minScore: Int, dryRun: Bool = false) throws
        -> [PretranslateReport]
    {
        var reports: [PretranslateReport] = []
        var writes: [(path: String, bytes: [UInt8])] = []
        for locale in locales {
            let memory = try memory(for: locale)
            for document in config.documents {
                var (file, catalog) = try self.catalog(document: document, locale: locale)
                var report = PretranslateReport(catalog: file, exact: 0, fuzzy: 0, untouched: 0)
                for index in catalog.units.indices
                where !catalog.units[index].isObsolete && !catalog.units[index].hasTarget {
                    let unit = catalog.units[index]
                    if let match = memory.exactMatches(unit.source).first {
                        catalog.units[index].target = match.target
                        catalog.units[index].state = .translated
                        catalog.units[index].translatorComments.append(
                            "\(Self.memoryCommentPrefix) (100%, \(match.origin))")
                        report.exact += 1
                    } else if let match = memory.search(unit.source, minScore: minScore, limit: 1).first,
                        let target = match.target
                    {
                        catalog.units[index].target = target
                        catalog.units[index].state = .fuzzy
                        catalog.units[index].translatorComments.append(
                            "\(Self.memoryCommentPrefix) (\(match.score)%, \(match.origin)): \(match.source)")
                        report.fuzzy += 1
                    } else {
                        report.untouched += 1
                    }
                }
                if report.exact + report.fuzzy > 0 { writes.append((path(file), Array(try catalog.poText.utf8))) }
                file = catalogPath(document: document, locale: locale)
                reports.append(report)
            }
        }
        if !dryRun { try StagedWrites.write(writes) }
        return reports
    }
}
