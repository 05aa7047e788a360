import Foundation

/// `passeur build`: the finished editions of every document in every target locale.
extension Project {
    /// What `passeur build` is asked to do.
    public typealias BuildOptions = EditionBuilder.Options
    /// What happened to one locale.
    public typealias BuildResult = EditionBuilder.Result
    /// Why a build could not start.
    public typealias BuildError = EditionBuilder.Error

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
    /// - Throws: `BuildError`, `Project.Error`, `FileError`, `POReader.Error`, `GlossaryError`,
    ///   `ICUError`, `EPUBWriter.Error`.
    public func build(_ options: BuildOptions) throws -> [BuildResult] {
        try EditionBuilder.validate(options)
        let workspace = try load([.documents, .catalogs, .glossary, .wordLists], locales: config.targetLocales)
        for locale in options.locales {
            for document in config.documents where workspace.catalog(document: document, locale: locale) == nil {
                let relative = catalogPath(document: document, locale: locale)
                if let stray = try strayCatalog(document: document, locale: locale) {
                    throw Error.catalogMoved(
                        from: stray, to: relative, at: SourceLocation(file: stray, line: 1, column: 1))
                }
                throw BuildError.missingCatalog(relative, at: SourceLocation(file: relative, line: 1, column: 1))
            }
            for source in workspace.sources {
                if let file = workspace.catalog(document: source.document.path, locale: locale) {
                    try EditionBuilder.expectCurrent(file.catalog, of: source.document, path: file.path)
                }
            }
        }
        let output = path(options.outputDirectory)
        try Self.prepareFolder(output)
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

    /// Creates the output folder if needed and makes sure it can be written to.
    private static func prepareFolder(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError.unwritable(path: folder, reason: "cannot create the folder; nothing was written")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw FileError.unwritable(path: folder, reason: "the folder is not writable; nothing was written")
        }
    }
}
