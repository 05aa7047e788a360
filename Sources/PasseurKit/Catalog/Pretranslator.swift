/// Fills untranslated units from a translation memory (`passeur pretranslate`).
///
/// An identical source in the memory gives a translated unit; a similar one (score of at
/// least `minScore`) a fuzzy unit with the score, the memory's source and its origin in a
/// translator comment. A unit that has any translation, fuzzy included, is never touched.
public struct Pretranslator: Sendable {
    /// What pre-translation did to one catalog.
    public struct Report: Sendable, Equatable {
        /// The catalog.
        public var catalog: String
        /// Units filled from an identical source (state translated).
        public var exact: Int
        /// Units filled from a similar source (state fuzzy, score in a comment).
        public var fuzzy: Int
        /// Untranslated units left as they were.
        public var untouched: Int

        /// Creates a report.
        init(catalog: String, exact: Int = 0, fuzzy: Int = 0, untouched: Int = 0) {
            self.catalog = catalog
            self.exact = exact
            self.fuzzy = fuzzy
            self.untouched = untouched
        }

        /// Whether any unit was filled.
        public var changed: Bool { exact + fuzzy > 0 }
    }

    /// The comment that marks a pre-translated unit.
    static let memoryCommentPrefix = "passeur: from translation memory"

    /// The lowest similarity (0–100) a fuzzy match needs.
    var minScore: Int

    /// Creates a pre-translator.
    public init(minScore: Int) { self.minScore = minScore }

    /// Fills the untranslated active units of `catalog` from `memory`.
    ///
    /// - Parameters:
    ///   - catalog: the catalog to fill.
    ///   - path: the catalog's path, for the report.
    ///   - memory: the locale's translation memory.
    /// - Returns: how many units were filled, and how.
    public func pretranslate(_ catalog: inout Catalog, path: String, memory: TranslationMemory) -> Report {
        var report = Report(catalog: path)
        for index in catalog.units.indices where !catalog.units[index].isObsolete && !catalog.units[index].hasTarget {
            let unit = catalog.units[index]
            if let match = memory.exactMatches(unit.source).first {
                catalog.units[index].target = match.target
                catalog.units[index].state = .translated
                catalog.units[index].translatorComments.append("\(Self.memoryCommentPrefix) (100%, \(match.origin))")
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
        return report
    }
}
