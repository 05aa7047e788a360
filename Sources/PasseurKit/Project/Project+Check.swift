import Foundation
import Synchronization

/// `passeur check`: every check on every catalog.
extension Project {
    /// Runs `checks` (the registry's by default, less those `passeur.yaml` turns off) on the
    /// catalogs of `locales`, with the project's severities: `CheckRunner.run` on the catalogs
    /// read from disk.
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
        var documents: [CheckRunner.DocumentCatalogs] = []
        for document in config.documents {
            documents.append(
                CheckRunner.DocumentCatalogs(
                    document: document, catalogs: try readCatalogs(document: document, locales: locales)))
        }
        // A gate that finds nothing because there is nothing to check must not pass.
        if documents.allSatisfy(\.catalogs.isEmpty), let locale = locales.first, let document = config.documents.first {
            let expected = catalogPath(document: document, locale: locale)
            if let stray = try strayCatalog(document: document, locale: locale) {
                throw Error.catalogMoved(
                    from: stray, to: expected, at: SourceLocation(file: stray, line: 1, column: 1))
            }
            throw Error.noCatalogs(at: SourceLocation(file: expected, line: 1, column: 1))
        }
        return try CheckRunner(settings: checkSettings, glossary: termBase, checks: checks)
            .run(documents, locales: locales)
    }

    /// What `passeur.yaml` sets about checks, for a `CheckRunner`.
    var checkSettings: CheckRunner.Settings {
        CheckRunner.Settings(
            sourceLocale: config.sourceLocale, disabledChecks: config.disabledChecks,
            severities: config.checkSeverities, localeSettings: config.localeCheckSettings)
    }

    /// The catalogs of `document` that exist, in the order of `locales`, with their paths, read
    /// on every core.
    ///
    /// - Throws: the first error in locale order: `FileError`, `POReader.Error`.
    private func readCatalogs(
        document: String, locales: [LocaleTag]
    ) throws -> [(locale: LocaleTag, path: String, catalog: Catalog)] {
        let paths = locales.map { catalogPath(document: document, locale: $0) }
        let results = Mutex<[Int: Result<Catalog, any Swift.Error>]>([:])
        let read: @Sendable (Int) -> Void = { i in
            guard FileManager.default.fileExists(atPath: path(paths[i])) else { return }
            let result = Result { Catalog(try POReader.read(TextFile.readBytes(path(paths[i])), file: paths[i])) }
            results.withLock { $0[i] = result }
        }
        DispatchQueue.concurrentPerform(iterations: paths.count, execute: read)
        let all = results.withLock { $0 }
        return try locales.indices.compactMap { i in try all[i].map { (locales[i], paths[i], try $0.get()) } }
    }
}
