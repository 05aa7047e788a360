import Foundation
import Synchronization

/// Runs checks on catalogs and source segments given as values: no file is read, findings come out.
///
/// Unit checks see translated units (a few see all); catalog checks see each locale's units
/// across documents; cross-locale checks see each segment in every locale. A unit flagged
/// `passeur-ignore:<check-id>` is skipped by that check; without a translator comment saying
/// why, the suppression itself is a warning. Findings come sorted by file, line and check.
public struct CheckRunner {
    /// The id of the finding that a suppression without a reason raises.
    static let suppressionCheckID = "suppression"

    /// What a project sets about its checks.
    public struct Settings: Sendable {
        /// The language of the sources.
        var sourceLocale: LocaleTag
        /// Ids of the checks not to run.
        var disabledChecks: Set<String>
        /// Severities that replace the checks' defaults, by check id.
        var severities: [String: Severity]
        /// Per-locale settings (length band, quotation marks), by locale identifier.
        var localeSettings: [String: LocaleCheckSettings]
        /// How the units' texts mark themselves up: Markdown in a project's catalogs, plain in
        /// software catalogs checked on their own.
        var markup: TextAnalysis.Markup
        /// The words each language accepts beyond its dictionary, by locale identifier
        /// (`Glossary/words-<locale>.txt`, `--words`).
        public var wordLists: [String: WordList]

        /// Creates settings.
        public init(
            sourceLocale: LocaleTag, disabledChecks: Set<String> = [], severities: [String: Severity] = [:],
            localeSettings: [String: LocaleCheckSettings] = [:], markup: TextAnalysis.Markup = .markdown,
            wordLists: [String: WordList] = [:]
        ) {
            self.sourceLocale = sourceLocale
            self.disabledChecks = disabledChecks
            self.severities = severities
            self.localeSettings = localeSettings
            self.markup = markup
            self.wordLists = wordLists
        }
    }

    /// One document's catalogs, in locale order: each locale's catalog and its path (relative,
    /// for the locations of units that have none).
    public struct DocumentCatalogs {
        /// The source document's path, for the locations of cross-locale findings without a unit.
        var document: String
        /// The catalogs of the locales that have one, in locale order.
        var catalogs: [(locale: LocaleTag, path: String, catalog: Catalog)]

        /// Creates a document's catalogs.
        public init(document: String, catalogs: [(locale: LocaleTag, path: String, catalog: Catalog)]) {
            self.document = document
            self.catalogs = catalogs
        }
    }

    /// The project's settings.
    var settings: Settings
    /// The term base, if any.
    var glossary: Glossary?
    /// The checks to run, less those the settings turn off.
    var checks: [any Check.Type]
    /// A document with fewer segments than this is checked in one slice; larger ones are split
    /// in contiguous slices checked on every core.
    var minimumSegmentsToSlice = 2_000
    /// How many slices a large document is split in: one per core (8 at most) unless set.
    var sliceCount: Int?
    /// The spelling session of the run: one made for each run with the settings' word lists
    /// unless set (`CatalogFiles` shares one between its runs).
    var spelling: SpellingSession?

    /// A runner of `checks` with the project's `settings` and term base.
    public init(settings: Settings, glossary: Glossary?, checks: [any Check.Type] = CheckRegistry.all) {
        self.settings = settings
        self.glossary = glossary
        self.checks = checks
    }

    /// The findings of the unit, cross-locale and catalog checks on `documents`' catalogs, with
    /// the settings' severities, sorted by file, line, column, check and message. Catalog
    /// checks run for each of `locales`, the target locales checked, in order. The first
    /// `spelling` findings, in that order, then get their suggestions
    /// (`SpellingSession.addSuggestions(to:)`).
    ///
    /// - Throws: `GlossaryError`, `ICUError` (the term base's matchers).
    public func run(_ documents: [DocumentCatalogs], locales: [LocaleTag]) throws -> [Finding] {
        let enabled = checks.filter { !settings.disabledChecks.contains($0.id) }
        let session = spelling ?? SpellingSession(wordLists: settings.wordLists)
        let ids = Set(enabled.map { $0.id })
        // The target languages' dictionaries, opened together; the source language's opens
        // only if `untranslated-text` meets a unit that needs it.
        if ids.contains(SpellingCheck.id) || ids.contains(UntranslatedTextCheck.id) {
            session.open(locales, glossary: glossary)
        }
        var findings: [Finding] = []
        var units: [LocaleTag: [TranslationUnit]] = [:]
        for document in documents {
            let (segments, kept) = Self.segments(of: document, units: &units)
            findings += try segmentFindings(
                segments, kept: kept, of: document, locales: locales, checks: enabled, session: session)
        }
        findings += try catalogFindings(units: units, locales: locales, checks: enabled)
        applySeverities(&findings)
        var sorted = Self.sortedByLocation(findings)
        session.addSuggestions(to: &sorted, sourceLocale: settings.sourceLocale)
        return sorted
    }

    /// Each source segment of `document` once, in order of first appearance, with where its
    /// unit is in every locale's catalog; each catalog's active units (`kept`, in catalog order),
    /// also appended to `units`, by locale.
    private static func segments(
        of document: DocumentCatalogs, units: inout [LocaleTag: [TranslationUnit]]
    ) -> (segments: [Segment], kept: [[TranslationUnit]]) {
        var segments: [Segment] = []
        segments.reserveCapacity(document.catalogs.first?.catalog.units.count ?? 0)
        var keptUnits: [[TranslationUnit]] = []
        // Sized once, for the first catalog's units (the others mostly share them).
        var segmentIndex = TextIndex()
        segmentIndex.reserveCapacity(document.catalogs.first?.catalog.units.count ?? 0)
        for (c, (locale, _, catalog)) in document.catalogs.enumerated() {
            // The catalog's own array when it has no obsolete unit, not a copy: the caller still
            // holds the catalogs, and a million units are worth sharing.
            let kept =
                catalog.units.contains(where: \.isObsolete) ? catalog.units.filter { !$0.isObsolete } : catalog.units
            // Catalogs merged from one template list their units in the same order: the segment
            // after the last one found is tried first, by its bytes, before any hashing.
            var next = 0
            for (u, unit) in kept.enumerated() {
                let place = UnitPlace(catalog: c, unit: u)
                if next < segments.count, TextKey.sameBytes(segments[next].source, unit.source) {
                    segments[next].more.append(place)
                    next += 1
                } else if let known = segmentIndex[unit.source] {
                    segments[known].more.append(place)
                    next = known + 1
                } else {
                    segmentIndex.set(segments.count, for: unit.source)
                    segments.append(Segment(source: unit.source, first: place))
                    next = segments.count
                }
            }
            keptUnits.append(kept)
            if units[locale] == nil {
                units[locale] = kept
            } else {
                units[locale]?.append(contentsOf: kept)
            }
        }
        return (segments, keptUnits)
    }

    /// The source checks on the source segments themselves (`passeur check --source`): the
    /// source language's typography, unbalanced quotation marks, spelling and doubled spaces,
    /// with the settings' severities, sorted by location, check and message.
    ///
    /// The doubled-space rule runs whatever the settings disable, as it always has.
    ///
    /// - Throws: `GlossaryError`, `ICUError` (the term base's source matcher).
    public func runOnSource(_ segments: [(text: String, location: SourceLocation)]) throws -> [Finding] {
        let index = try glossary.map { try GlossaryIndex(glossary: $0, sourceLocale: settings.sourceLocale) }
        var context = CheckContext(
            locale: settings.sourceLocale, catalogPath: "", glossary: index, sourceLocale: settings.sourceLocale)
        let session = spelling ?? SpellingSession(wordLists: settings.wordLists)
        context.spelling = session
        // A check turned off in passeur.yaml is off for the source too, doubled spaces included.
        let checks: [any UnitCheck] = [
            TypographyCheck(), QuotesCheck(), SpellingCheck(), WhitespaceCheck(mode: .source),
        ]
        .filter { !settings.disabledChecks.contains(type(of: $0).id) }
        var findings: [Finding] = []
        for segment in segments {
            let unit = TranslationUnit(
                source: segment.text, targets: [segment.text], state: .translated, location: segment.location)
            // The source is the target here: one analysis serves both.
            var unitContext = context
            let analysis = TextAnalysis(segment.text, locale: settings.sourceLocale)
            (unitContext.sourceAnalysis, unitContext.targetAnalysis) = (analysis, analysis)
            for check in checks {
                findings += check.findings(in: unit, context: unitContext)
            }
        }
        applySeverities(&findings)
        var sorted = findings.sorted {
            ($0.location, $0.checkID, $0.message) < ($1.location, $1.checkID, $1.message)
        }
        session.addSuggestions(to: &sorted)
        return sorted
    }

    /// The settings' severities in place of the checks' own.
    private func applySeverities(_ findings: inout [Finding]) {
        guard !settings.severities.isEmpty else { return }
        for i in findings.indices {
            if let severity = settings.severities[findings[i].checkID] { findings[i].severity = severity }
        }
    }

    /// Findings sorted by file, line, column, check and message: each file's findings sorted
    /// on its own core (the file is the first key), then the files in order.
    static func sortedByLocation(_ findings: [Finding]) -> [Finding] {
        var fileGroups: [String: Int] = [:]
        var unsorted: [[Finding]] = []
        // Findings come in long runs of one file: the last file is compared before any hashing.
        var last: (file: String, group: Int)?
        for finding in findings {
            let file = finding.location.file
            let group: Int
            if let last, last.file == file {
                group = last.group
            } else if let known = fileGroups[file] {
                group = known
            } else {
                group = unsorted.count
                fileGroups[file] = group
                unsorted.append([])
            }
            unsorted[group].append(finding)
            last = (file, group)
        }
        let groups = fileGroups.sorted { $0.key < $1.key }.map { unsorted[$0.value] }
        let sorted = Mutex<[Int: [Finding]]>([:])
        DispatchQueue.concurrentPerform(iterations: groups.count) { i in
            // Key by key, not as tuples: a tuple of the strings would retain and release both at
            // every comparison, and most comparisons end at the line.
            let group = groups[i].sorted { a, b in
                if a.location.line != b.location.line { return a.location.line < b.location.line }
                if a.location.column != b.location.column { return a.location.column < b.location.column }
                if a.checkID != b.checkID { return a.checkID < b.checkID }
                return a.message < b.message
            }
            sorted.withLock { $0[i] = group }
        }
        let all = sorted.withLock { $0 }
        return groups.indices.flatMap { all[$0] ?? [] }
    }

    /// Where a unit is: its catalog's index in the document, its index in that catalog's active units.
    private struct UnitPlace: Sendable {
        var catalog: Int
        var unit: Int
    }

    /// One source segment and where its unit is in each locale that has one: the places, not
    /// copies of the units (a million segments would each hold an array of whole units).
    private struct Segment: Sendable {
        var source: String
        /// Its first unit.
        var first: UnitPlace
        /// Its units in the other catalogs, in catalog order; empty (and not allocated) for
        /// most segments of a single catalog.
        var more: [UnitPlace] = []
    }

    /// The findings of the catalog checks, each check of each locale a task of its own on the
    /// cores, with its own check instance and term base (matchers serve one thread), in locale
    /// and check order.
    private func catalogFindings(
        units: [LocaleTag: [TranslationUnit]], locales: [LocaleTag], checks: [any Check.Type]
    ) throws -> [Finding] {
        let catalogChecks = CheckTypes(types: checks.filter { $0 is any CatalogCheck.Type })
        guard !catalogChecks.types.isEmpty else { return [] }
        let results = Mutex<[Int: Result<[Finding], any Swift.Error>]>([:])
        let (glossary, settings) = (glossary, settings)
        let sourceLocale = settings.sourceLocale
        // One task per locale and check, so that the checks of a single locale share the cores.
        let checkCount = catalogChecks.types.count
        DispatchQueue.concurrentPerform(iterations: locales.count * checkCount) { task in
            let (i, checkIndex) = task.quotientAndRemainder(dividingBy: checkCount)
            let result = Result { () throws -> [Finding] in
                let index = try glossary.map {
                    try GlossaryIndex(glossary: $0, sourceLocale: sourceLocale, targetLocales: locales)
                }
                var context = CheckContext(locale: locales[i], catalogPath: "", glossary: index)
                (context.sourceLocale, context.markup) = (settings.sourceLocale, settings.markup)
                let all = units[locales[i]] ?? []
                guard let check = catalogChecks.types[checkIndex].init() as? any CatalogCheck else { return [] }
                let id = type(of: check).id
                // Units are copied out only when some are suppressed: most catalogs have none.
                let kept = all.contains { !$0.flags.isEmpty } ? all.filter { !Self.suppressed($0, id) } : all
                return check.findings(in: kept, context: context)
            }
            results.withLock { $0[task] = result }
        }
        let all = results.withLock { $0 }
        return try (0..<locales.count * checkCount).flatMap { try all[$0]?.get() ?? [] }
    }

    /// The unit and cross-locale findings of one document's segments.
    ///
    /// Segment by segment: the source analysed once for every locale's unit, each target once
    /// for every check, then the cross-locale checks of the segment on the same analyses.
    /// Large documents are split in contiguous slices checked on every core, each with its own
    /// check instances and term base matchers (ICU iterators are not shared between threads);
    /// the spelling look-ups of every slice go through the run's `session`, whose Hunspell
    /// handles serve one thread at a time.
    private func segmentFindings(
        _ segments: [Segment], kept: [[TranslationUnit]], of document: DocumentCatalogs, locales: [LocaleTag],
        checks: [any Check.Type], session: SpellingSession
    ) throws -> [Finding] {
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let slices = segments.count < minimumSegmentsToSlice ? 1 : max(1, sliceCount ?? cores)
        let size = (segments.count + slices - 1) / slices
        let results = Mutex<[Int: Result<[Finding], any Swift.Error>]>([:])
        let checks = CheckTypes(types: checks)
        // Each catalog's header read once: its plural rule and accelerator marker go to its units' checks.
        let paths = document.catalogs.map { ($0.locale, $0.path, $0.catalog.conventions) }
        let localeConventions = Dictionary(
            paths.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })
        let (glossary, settings, documentPath) = (glossary, settings, document.document)
        let suppressionSeverity = settings.severities[Self.suppressionCheckID] ?? .warning
        let work: @Sendable (Int) -> Void = { slice in
            let result = Result { () throws -> [Finding] in
                let index = try glossary.map {
                    try GlossaryIndex(glossary: $0, sourceLocale: settings.sourceLocale, targetLocales: locales)
                }
                let instances = checks.types.map { $0.init() }
                // The casts and ids once per slice, not once per unit; each check is bound into a
                // closure once, as iterating over existentials copies every check at every unit.
                let unitChecks = instances.compactMap { $0 as? any UnitCheck }.map {
                    (
                        findings: $0.findings(in:context:), id: type(of: $0).id,
                        checksUntranslated: type(of: $0).checksUntranslated
                    )
                }
                // Checks across languages have nothing to compare in a document of one language.
                let parallelChecks = paths.count < 2 ? [] : instances.compactMap { $0 as? any ParallelCheck }
                var contexts: [LocaleTag: CheckContext] = [:]
                for (locale, path, conventions) in paths {
                    var context = CheckContext(
                        locale: locale, catalogPath: path, glossary: index,
                        settings: settings.localeSettings[locale.identifier] ?? .init(),
                        sourceLocale: settings.sourceLocale)
                    (context.markup, context.spelling, context.conventions) = (settings.markup, session, conventions)
                    contexts[locale] = context
                }
                var parallelContext = CheckContext(
                    locale: settings.sourceLocale, catalogPath: documentPath, glossary: index)
                (parallelContext.sourceLocale, parallelContext.markup) = (settings.sourceLocale, settings.markup)
                parallelContext.localeConventions = localeConventions
                var findings: [Finding] = []
                // One array for every segment's units, filled again for each.
                var entries: [(locale: LocaleTag, unit: TranslationUnit)] = []
                entries.reserveCapacity(paths.count)
                for segment in segments[min(slice * size, segments.count)..<min((slice + 1) * size, segments.count)] {
                    let source = segment.source
                    entries.removeAll(keepingCapacity: true)
                    entries.append((paths[segment.first.catalog].0, kept[segment.first.catalog][segment.first.unit]))
                    for place in segment.more {
                        entries.append((paths[place.catalog].0, kept[place.catalog][place.unit]))
                    }
                    let sourceAnalysis = TextAnalysis(source, locale: settings.sourceLocale, markup: settings.markup)
                    let targetAnalyses = entries.map {
                        TextAnalysis($0.unit.target, locale: $0.locale, markup: settings.markup)
                    }
                    for (index, (locale, unit)) in entries.enumerated() {
                        guard var context = contexts[locale] else { continue }
                        (context.sourceAnalysis, context.targetAnalysis) = (sourceAnalysis, targetAnalyses[index])
                        if entries.count > 1 {
                            (context.segmentTargets, context.segmentIndex) = (targetAnalyses, index)
                        }
                        findings += Self.suppressionFindings(unit, context: context, severity: suppressionSeverity)
                        let hasTarget = unit.hasTarget
                        for (checkFindings, id, checksUntranslated) in unitChecks {
                            guard hasTarget || checksUntranslated, !Self.suppressed(unit, id) else { continue }
                            findings += checkFindings(unit, context)
                        }
                    }
                    guard !parallelChecks.isEmpty else { continue }
                    (parallelContext.sourceAnalysis, parallelContext.targetAnalyses) = (sourceAnalysis, targetAnalyses)
                    for check in parallelChecks {
                        findings += check.findings(source: source, units: entries, context: parallelContext)
                            .filter { finding in
                                !entries.contains {
                                    $0.unit.location == finding.location && Self.suppressed($0.unit, finding.checkID)
                                }
                            }
                    }
                }
                return findings
            }
            results.withLock { $0[slice] = result }
        }
        if slices == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: slices, execute: work)
        }
        let all = results.withLock { $0 }
        return try (0..<slices).flatMap { try all[$0]?.get() ?? [] }
    }

    /// Whether `unit` carries `#, passeur-ignore:<id>`.
    static func suppressed(_ unit: TranslationUnit, _ id: String) -> Bool {
        !unit.flags.isEmpty && unit.flags.contains("passeur-ignore:\(id)")
    }

    /// A warning for each suppression that names no check (at its `#,` comment, with the
    /// closest check id), and for each that no translator comment explains.
    private static func suppressionFindings(
        _ unit: TranslationUnit, context: CheckContext, severity: Severity
    ) -> [Finding] {
        guard !unit.flags.isEmpty else { return [] }
        let location = unit.location ?? SourceLocation(file: context.catalogPath, line: 1, column: 1)
        var findings: [Finding] = []
        for flag in unit.flags where flag.hasPrefix(ignorePrefix) {
            let id = String(flag.dropFirst(ignorePrefix.count))
            let message: String
            var at = location
            if CheckRegistry.check(id: id) == nil && id != suppressionCheckID {
                if let line = unit.suppressionLine { (at.line, at.column) = (line, 1) }
                message =
                    "\(flag.quotedForMessage(limit: 60)) names no check, so it silences nothing"
                    + (CheckRegistry.closestID(to: id).map { "; did you mean \(ignorePrefix)\($0)?" } ?? "")
            } else if unit.translatorComments.isEmpty {
                message = "\(flag) has no translator comment saying why"
            } else {
                continue
            }
            findings.append(
                Finding(
                    checkID: suppressionCheckID, severity: severity, locale: context.locale.identifier,
                    location: at, source: unit.source, message: message))
        }
        return findings
    }

    /// The flag that silences a check on a unit, before the check's id.
    static let ignorePrefix = "passeur-ignore:"

    /// Check types handed to the worker threads: metatypes, which hold no state.
    private struct CheckTypes: @unchecked Sendable {
        let types: [any Check.Type]
    }
}
