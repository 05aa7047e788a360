extension CheckRunner.Settings {
    /// What `passeur.yaml` sets about checks, for a `CheckRunner`.
    init(_ config: ProjectConfig) {
        self.init(
            sourceLocale: config.sourceLocale, disabledChecks: config.disabledChecks,
            severities: config.checkSeverities, localeSettings: config.localeCheckSettings)
    }
}

extension CheckRunner.DocumentCatalogs {
    /// The catalogs of each of `documents` that `workspace` holds, for its locales.
    static func all(_ documents: [String], in workspace: Workspace) -> [Self] {
        documents.map { document in
            Self(
                document: document,
                catalogs: workspace.locales.compactMap { locale in
                    workspace.catalog(document: document, locale: locale).map { (locale, $0.path, $0.catalog) }
                })
        }
    }
}
