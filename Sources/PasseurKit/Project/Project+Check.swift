import Foundation
import Synchronization

/// `passeur check`: every check on every catalog.
extension Project {
    /// The id of the finding that a suppression without a reason raises.
    public static let suppressionCheckID = "suppression"

    /// Runs `checks` (the registry's by default, less those `passeur.yaml` turns off) on the
    /// catalogs of `locales`, with the project's severities.
    ///
    /// Unit checks see translated units (a few see all); catalog checks see each locale's
    /// units across documents; cross-locale checks see each segment in every locale. A unit
    /// flagged `passeur-ignore:<check-id>` is skipped by that check; without a translator
    /// comment saying why, the suppression itself is a warning. Catalogs not yet extracted
    /// are skipped. Findings come sorted by file, line and check.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `GlossaryError`, `ICUError`.
    public func check(locales: [LocaleTag], checks: [any Check.Type] = CheckRegistry.all) throws -> [Finding] {
        let index = try config.glossary.map { _ in
            try GlossaryIndex(glossary: glossary(), sourceLocale: config.sourceLocale)
        }
        let enabled = checks.filter { !config.disabledChecks.contains($0.id) }
        let instances = enabled.map { $0.init() }
        var findings: [Finding] = []
        var units: [LocaleTag: [TranslationUnit]] = [:]
        for document in config.documents {
            var parallel: [String: [(locale: LocaleTag, unit: TranslationUnit)]] = [:]
            var order: [String] = []
            for locale in locales {
                let relative = catalogPath(document: document, locale: locale)
                guard FileManager.default.fileExists(atPath: path(relative)) else { continue }
                let catalog = Catalog(try POReader.read(TextFile.readBytes(path(relative)), file: relative))
                for unit in catalog.units where !unit.isObsolete {
                    units[locale, default: []].append(unit)
                    if parallel[unit.source] == nil { order.append(unit.source) }
                    parallel[unit.source, default: []].append((locale, unit))
                }
            }
            findings += try segmentFindings(
                order: order, parallel: parallel, document: document, locales: locales, checks: enabled,
                glossary: index?.glossary)
        }
        for locale in locales {
            let context = CheckContext(locale: locale, catalogPath: "", glossary: index)
            for case let check as any CatalogCheck in instances {
                let all = units[locale] ?? []
                findings += check.findings(
                    in: all.filter { !Self.suppressed($0, type(of: check).id) }, context: context)
            }
        }
        for i in findings.indices {
            if let severity = config.checkSeverities[findings[i].checkID] { findings[i].severity = severity }
        }
        return findings.sorted { ($0.location, $0.checkID, $0.message) < ($1.location, $1.checkID, $1.message) }
    }

    /// The unit and cross-locale findings of one document's segments.
    ///
    /// Segment by segment, every locale in turn, then the cross-locale checks of the segment:
    /// what the checks derive from a text (plain text, inline codes, numbers, glossary terms)
    /// is still in their recent results when the next check asks. Large documents are split
    /// in contiguous slices checked on every core, each with its own check instances and term
    /// base matchers (ICU iterators and Hunspell handles are not shared between threads).
    private func segmentFindings(
        order: [String], parallel: [String: [(locale: LocaleTag, unit: TranslationUnit)]], document: String,
        locales: [LocaleTag], checks: [any Check.Type], glossary: Glossary?
    ) throws -> [Finding] {
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let slices = order.count < 2_000 ? 1 : cores
        let size = (order.count + slices - 1) / max(slices, 1)
        let results = Mutex<[Int: Result<[Finding], any Swift.Error>]>([:])
        let checks = CheckTypes(types: checks)
        let work: @Sendable (Int) -> Void = { slice in
            let result = Result { () throws -> [Finding] in
                let index = try glossary.map { try GlossaryIndex(glossary: $0, sourceLocale: config.sourceLocale) }
                let instances = checks.types.map { $0.init() }
                var contexts: [LocaleTag: CheckContext] = [:]
                for locale in locales {
                    contexts[locale] = CheckContext(
                        locale: locale, catalogPath: catalogPath(document: document, locale: locale), glossary: index,
                        settings: config.localeCheckSettings[locale.identifier] ?? .init())
                }
                let parallelContext = CheckContext(locale: config.sourceLocale, catalogPath: document, glossary: index)
                var findings: [Finding] = []
                for source in order[min(slice * size, order.count)..<min((slice + 1) * size, order.count)] {
                    let entries = parallel[source] ?? []
                    for (locale, unit) in entries {
                        guard let context = contexts[locale] else { continue }
                        findings += suppressionFindings(unit, context: context)
                        for check in instances {
                            guard let unitCheck = check as? any UnitCheck, !Self.suppressed(unit, type(of: check).id)
                            else { continue }
                            guard unit.hasTarget || type(of: unitCheck).checksUntranslated else { continue }
                            findings += unitCheck.findings(in: unit, context: context)
                        }
                    }
                    for case let check as any ParallelCheck in instances {
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
        unit.flags.contains("passeur-ignore:\(id)")
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
