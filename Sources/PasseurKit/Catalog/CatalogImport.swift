/// Merges the units of an exchange file (XLIFF, TMX, CSV, PO from a translator's tool) into
/// a catalog (`passeur import`).
///
/// Only units whose id or source matches the catalog are touched; a unit whose source
/// changed since the export is reported, not applied; a target of white space only is no
/// translation; a reviewed or final translation is replaced only with `force`. An untouched
/// export imports as no change at all.
public struct CatalogImport: Sendable {
    /// What an import did, unit by unit.
    public struct Report: Sendable, Equatable {
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

    /// Whether reviewed and final translations may be replaced.
    var force: Bool

    /// Creates an import.
    public init(force: Bool = false) { self.force = force }

    /// Merges `file`'s units into `catalog`.
    ///
    /// - Returns: one item per unit of the file, and whether the catalog changed.
    public func merge(_ file: ExchangeFile, into catalog: inout Catalog) -> (items: [Report.Item], changed: Bool) {
        var byID: [String: Int] = [:]
        var bySource: [String: Int] = [:]
        for (index, unit) in catalog.units.enumerated() where !unit.isObsolete {
            byID[unit.exchangeID] = index
            if bySource[unit.source] == nil { bySource[unit.source] = index }
        }
        var items: [Report.Item] = []
        var changed = false
        for incoming in file.units {
            func report(_ outcome: Report.Outcome) {
                items.append(Report.Item(location: incoming.location, outcome: outcome, source: incoming.source))
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
            // A target of white space only is no translation: it never replaces one, even with force.
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
        return (items, changed)
    }
}

extension CatalogImport {
    /// The target locale an exchange file is imported into: the one asked for, or the one the
    /// file declares; the file's language pair must be the project's.
    ///
    /// - Parameters:
    ///   - exchange: the units as read.
    ///   - file: the file's path, for errors.
    ///   - requested: `--locale`, if given.
    ///   - sourceLocale: the project's source locale.
    /// - Returns: the target locale.
    /// - Throws: `ExchangeError` (no units, wrong language pair, no target language),
    ///   `LocaleTag.Error`.
    static func targetLocale(
        of exchange: ExchangeFile, file: String, requested: String?, sourceLocale: LocaleTag
    ) throws -> LocaleTag {
        let top = SourceLocation(file: file, line: 1, column: 1)
        // An empty or truncated file must not report "0 updated" as if all were well.
        guard !exchange.units.isEmpty else { throw ExchangeError.noUnits(at: top) }
        if let source = exchange.sourceLocale, !LocaleTag.sameLanguage(source, sourceLocale.identifier) {
            throw ExchangeError.wrongLanguagePair(
                expected: "\(sourceLocale)→\(requested ?? "…")",
                found: "\(source)→\(exchange.targetLocale ?? "?")", at: top)
        }
        guard let targetTag = requested ?? exchange.targetLocale else {
            throw ExchangeError.missingTargetLanguage(at: top)
        }
        let locale = try LocaleTag(targetTag.replacingOccurrences(of: "_", with: "-"), at: top)
        if let declared = exchange.targetLocale, !LocaleTag.sameLanguage(declared, locale.identifier) {
            throw ExchangeError.wrongLanguagePair(
                expected: "\(sourceLocale)→\(locale)", found: "\(exchange.sourceLocale ?? "?")→\(declared)",
                at: top)
        }
        return locale
    }
}
