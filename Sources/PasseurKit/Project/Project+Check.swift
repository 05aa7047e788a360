import Foundation
import Synchronization

/// `passeur check`: every check on every catalog.
extension Project {
    /// The id of the finding that a suppression without a reason raises.
    static let suppressionCheckID = "suppression"

    /// Runs `checks` (the registry's by default, less those `passeur.yaml` turns off) on the
    /// catalogs of `locales`, with the project's severities.
    ///
    /// Unit checks see translated units (a few see all); catalog checks see each locale's
    /// units across documents; cross-locale checks see each segment in every locale. A unit
    /// flagged `passeur-ignore:<check-id>` is skipped by that check; without a translator
    /// comment saying why, the suppression itself is a warning. Catalogs not yet extracted
    /// are skipped, but when none of them exists the run throws `Project.Error.noCatalogs`.
    /// Findings come sorted by file, line and check.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `GlossaryError`, `ICUError`, `Project.Error`.
    public func check(locales: [LocaleTag], checks: [any Check.Type] = CheckRegistry.all) throws -> [Finding] {
        let termBase = try config.glossary.map { _ in try glossary() }
        let enabled = checks.filter { !config.disabledChecks.contains($0.id) }
        var findings: [Finding] = []
        var units: [LocaleTag: [TranslationUnit]] = [:]
        var catalogsRead = 0
        for document in config.documents {
            // Each source segment once, in order of first appearance, with its unit in every locale.
            var segments: [Segment] = []
            var segmentIndex: [TextKey: Int] = [:]
            for (locale, catalog) in try readCatalogs(document: document, locales: locales) {
                catalogsRead += 1
                var kept: [TranslationUnit] = []
                // Catalogs merged from one template list their units in the same order: the segment
                // after the last one found is tried first, by its bytes, before any hashing.
                var next = 0
                for unit in catalog.units where !unit.isObsolete {
                    kept.append(unit)
                    let i: Int
                    if next < segments.count, TextKey.sameBytes(segments[next].source, unit.source) {
                        i = next
                    } else {
                        let key = TextKey(unit.source)
                        if let known = segmentIndex[key] {
                            i = known
                        } else {
                            i = segments.count
                            segmentIndex[key] = i
                            segments.append(Segment(source: unit.source, units: []))
                        }
                    }
                    segments[i].units.append((locale, unit))
                    next = i + 1
                }
                units[locale, default: []].append(contentsOf: kept)
            }
            findings += try segmentFindings(
                segments, document: document, locales: locales, checks: enabled, glossary: termBase)
        }
        // A gate that finds nothing because there is nothing to check must not pass.
        if catalogsRead == 0, let locale = locales.first, let document = config.documents.first {
            let expected = catalogPath(document: document, locale: locale)
            if let stray = try strayCatalog(document: document, locale: locale) {
                throw Error.catalogMoved(
                    from: stray, to: expected, at: SourceLocation(file: stray, line: 1, column: 1))
            }
            throw Error.noCatalogs(at: SourceLocation(file: expected, line: 1, column: 1))
        }
        findings += try catalogFindings(units: units, locales: locales, checks: enabled, glossary: termBase)
        if !config.checkSeverities.isEmpty {
            for i in findings.indices {
                if let severity = config.checkSeverities[findings[i].checkID] { findings[i].severity = severity }
            }
        }
        return Self.sortedByLocation(findings)
    }

    /// The catalogs of `document` that exist, in the order of `locales`, read on every core.
    ///
    /// - Throws: the first error in locale order: `FileError`, `POReader.Error`.
    private func readCatalogs(document: String, locales: [LocaleTag]) throws -> [(LocaleTag, Catalog)] {
        let paths = locales.map { catalogPath(document: document, locale: $0) }
        let results = Mutex<[Int: Result<Catalog, any Swift.Error>]>([:])
        let read: @Sendable (Int) -> Void = { i in
            guard FileManager.default.fileExists(atPath: path(paths[i])) else { return }
            let result = Result { Catalog(try POReader.read(TextFile.readBytes(path(paths[i])), file: paths[i])) }
            results.withLock { $0[i] = result }
        }
        DispatchQueue.concurrentPerform(iterations: paths.count, execute: read)
        let all = results.withLock { $0 }
        return try locales.indices.compactMap { i in try all[i].map { (locales[i], try $0.get()) } }
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
            let group = groups[i].sorted {
                ($0.location.line, $0.location.column, $0.checkID, $0.message)
                    < ($1.location.line, $1.location.column, $1.checkID, $1.message)
            }
            sorted.withLock { $0[i] = group }
        }
        let all = sorted.withLock { $0 }
        return groups.indices.flatMap { all[$0] ?? [] }
    }

    /// One source segment and its unit in each locale that has one.
    private struct Segment {
        var source: String
        var units: [(locale: LocaleTag, unit: TranslationUnit)]
    }

    /// The findings of the catalog checks, each locale on its own core with its own
    /// check instances and term base (matchers serve one thread).
    private func catalogFindings(
        units: [LocaleTag: [TranslationUnit]], locales: [LocaleTag], checks: [any Check.Type], glossary: Glossary?
    ) throws -> [Finding] {
        let catalogChecks = CheckTypes(types: checks.filter { $0 is any CatalogCheck.Type })
        guard !catalogChecks.types.isEmpty else { return [] }
        let results = Mutex<[Int: Result<[Finding], any Swift.Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: locales.count) { i in
            let result = Result { () throws -> [Finding] in
                let index = try glossary.map {
                    try GlossaryIndex(glossary: $0, sourceLocale: config.sourceLocale, targetLocales: locales)
                }
                let context = CheckContext(locale: locales[i], catalogPath: "", glossary: index)
                let all = units[locales[i]] ?? []
                // Units are copied out only when some are suppressed: most catalogs have none.
                let flagged = all.contains { !$0.flags.isEmpty }
                var findings: [Finding] = []
                for case let check as any CatalogCheck in catalogChecks.types.map({ $0.init() }) {
                    let id = type(of: check).id
                    let kept = flagged ? all.filter { !Self.suppressed($0, id) } : all
                    findings += check.findings(in: kept, context: context)
                }
                return findings
            }
            results.withLock { $0[i] = result }
        }
        let all = results.withLock { $0 }
        return try locales.indices.flatMap { try all[$0]?.get() ?? [] }
    }

    /// The unit and cross-locale findings of one document's segments.
    ///
    /// Segment by segment, every locale in turn, then the cross-locale checks of the segment:
    /// what the checks derive from a text (plain text, inline codes, numbers, glossary terms)
    /// is still in their recent results when the next check asks. Large documents are split
    /// in contiguous slices checked on every core, each with its own check instances and term
    /// base matchers (ICU iterators and Hunspell handles are not shared between threads).
    private func segmentFindings(
        _ segments: [Segment], document: String, locales: [LocaleTag], checks: [any Check.Type], glossary: Glossary?
    ) throws -> [Finding] {
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let slices = segments.count < 2_000 ? 1 : cores
        let size = (segments.count + slices - 1) / max(slices, 1)
        let results = Mutex<[Int: Result<[Finding], any Swift.Error>]>([:])
        let checks = CheckTypes(types: checks)
        let work: @Sendable (Int) -> Void = { slice in
            let result = Result { () throws -> [Finding] in
                let index = try glossary.map {
                    try GlossaryIndex(glossary: $0, sourceLocale: config.sourceLocale, targetLocales: locales)
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
                let parallelChecks = instances.compactMap { $0 as? any ParallelCheck }
                var contexts: [LocaleTag: CheckContext] = [:]
                for locale in locales {
                    contexts[locale] = CheckContext(
                        locale: locale, catalogPath: catalogPath(document: document, locale: locale), glossary: index,
                        settings: config.localeCheckSettings[locale.identifier] ?? .init())
                }
                let parallelContext = CheckContext(locale: config.sourceLocale, catalogPath: document, glossary: index)
                var findings: [Finding] = []
                for segment in segments[min(slice * size, segments.count)..<min((slice + 1) * size, segments.count)] {
                    let (source, entries) = (segment.source, segment.units)
                    for (locale, unit) in entries {
                        guard let context = contexts[locale] else { continue }
                        findings += suppressionFindings(unit, context: context)
                        let hasTarget = unit.hasTarget
                        for (checkFindings, id, checksUntranslated) in unitChecks {
                            guard hasTarget || checksUntranslated, !Self.suppressed(unit, id) else { continue }
                            findings += checkFindings(unit, context)
                        }
                    }
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

    /// Check types handed to the worker threads: metatypes, which hold no state.
    private struct CheckTypes: @unchecked Sendable {
        let types: [any Check.Type]
    }

    /// Whether `unit` carries `#, passeur-ignore:<id>`.
    static func suppressed(_ unit: TranslationUnit, _ id: String) -> Bool {
        !unit.flags.isEmpty && unit.flags.contains("passeur-ignore:\(id)")
    }

    /// A warning for each suppression that no translator comment explains.
    private func suppressionFindings(_ unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard unit.translatorComments.isEmpty else { return [] }
        return unit.flags.filter { $0.hasPrefix("passeur-ignore:") }.map { flag in
            Finding(
                checkID: Self.suppressionCheckID, severity: config.checkSeverities[Self.suppressionCheckID] ?? .warning,
                locale: context.locale.identifier,
                location: unit.location ?? SourceLocation(file: context.catalogPath, line: 1, column: 1),
                source: unit.source,
                message: "\(flag) has no translator comment saying why")
        }
    }
}
