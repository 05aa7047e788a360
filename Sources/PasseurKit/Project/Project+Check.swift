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
    /// The project's word lists (`Glossary/words-<locale>.txt`) apply, and `wordLists` (by
    /// locale identifier) besides.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `GlossaryError`, `ICUError`, `Project.Error`.
    public func check(
        locales: [LocaleTag], checks: [any Check.Type] = CheckRegistry.all, wordLists: [String: WordList] = [:]
    ) throws -> [Finding] {
        var workspace = try load([.catalogs, .glossary, .wordLists], locales: locales)
        for (locale, list) in wordLists { workspace.wordLists[locale, default: WordList()].formUnion(list) }
        return try check(workspace, checks: checks)
    }

    /// `CheckRunner.run` on the catalogs of `workspace` (its locales), with its term base and
    /// word lists.
    ///
    /// - Throws: `Project.Error.noCatalogs` or `.catalogMoved` when none of the catalogs exists,
    ///   `GlossaryError`, `ICUError`.
    func check(_ workspace: Workspace, checks: [any Check.Type] = CheckRegistry.all) throws -> [Finding] {
        let locales = workspace.locales
        let documents = CheckRunner.DocumentCatalogs.all(config.documents, in: workspace)
        // A gate that finds nothing because there is nothing to check must not pass.
        if documents.allSatisfy(\.catalogs.isEmpty), let locale = locales.first, let document = config.documents.first {
            let expected = catalogPath(document: document, locale: locale)
            try expectNoStrayCatalog(document: document, locale: locale, expected: expected)
            throw Error.noCatalogs(at: SourceLocation(file: expected, line: 1, column: 1))
        }
        var settings = CheckRunner.Settings(config)
        settings.wordLists = workspace.wordLists
        return try CheckRunner(settings: settings, glossary: workspace.glossary, checks: checks)
            .run(documents, locales: locales)
    }
}
