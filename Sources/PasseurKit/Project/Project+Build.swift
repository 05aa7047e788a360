/// `passeur build`: the finished editions of every document in every target locale.
extension Project {
    /// Builds the editions of every document for each locale of `options`.
    ///
    /// Every catalog is read and matched with its source before anything is written: a missing
    /// or stale catalog throws and leaves the output folder as it was. A locale is refused
    /// (and its old editions kept) when a segment has no finished translation under the
    /// `fail` policy, when its translated share is below `minTranslated`, or when its checks
    /// report errors and `allowErrors` is off. Every built locale's files are written into a
    /// temporary folder beside `<output>/<locale>`, and the folders are moved into place
    /// together (`StagedWrites`): a failure leaves every locale's old editions as they were.
    ///
    /// - Throws: `EditionBuilder.Error`, `Project.Error`, `FileError`, `POReader.Error`, `GlossaryError`,
    ///   `ICUError`, `EPUBWriter.Error`.
    public func build(_ options: EditionBuilder.Options) throws -> [EditionBuilder.Result] {
        try EditionBuilder.validate(options)
        let workspace = try load([.documents, .catalogs, .glossary, .wordLists], locales: config.targetLocales)
        for locale in options.locales {
            for document in config.documents where workspace.catalog(document: document, locale: locale) == nil {
                let relative = catalogPath(document: document, locale: locale)
                try expectNoStrayCatalog(document: document, locale: locale, expected: relative)
                throw EditionBuilder.Error.missingCatalog(
                    relative, at: SourceLocation(file: relative, line: 1, column: 1))
            }
            for source in workspace.sources {
                if let file = workspace.catalog(document: source.document.path, locale: locale) {
                    try EditionBuilder.expectCurrent(file.catalog, of: source.document, path: file.path)
                }
            }
        }
        let output = path(options.outputDirectory)
        try StagedWrites.prepareFolder(output)
        var checked = workspace
        checked.locales = workspace.completeLocales
        let findings = try check(checked)
        let built = try EditionBuilder(workspace: workspace, options: options).build(findings: findings)
        var writes = StagedWrites()
        for (result, files) in built {
            guard let folder = result.folder else { continue }
            try writes.stageFolder(path(folder), files: files)
        }
        try writes.commit()
        return built.map(\.result)
    }
}
