/// What a catalog's header says about how its units are written: the plural rule its plural
/// units follow (`Plural-Forms`) and the keyboard accelerator marker of its labels
/// (`X-Accelerator-Marker`, which KDE's catalogs declare). Read from the catalog and handed to
/// the checks of its units (`CheckContext.conventions`); the checks never read headers.
struct CatalogConventions: Equatable, Sendable {
    /// The rule of `Plural-Forms`, nil when the header has none or an invalid one.
    var pluralRule: PluralRule?
    /// The marker of `X-Accelerator-Marker` (`&`), nil when the header names none.
    var acceleratorMarker: Unicode.Scalar?

    /// Conventions stated by no header: the checks then go by the language's usual ones.
    init(pluralRule: PluralRule? = nil, acceleratorMarker: Unicode.Scalar? = nil) {
        self.pluralRule = pluralRule
        self.acceleratorMarker = acceleratorMarker
    }

    /// The conventions a catalog's header fields declare.
    init(header: [(name: String, value: String)]) {
        func value(_ name: String) -> String? {
            header.first { $0.name.lowercased() == name.lowercased() }?.value
        }
        self.init()
        pluralRule = value("Plural-Forms").flatMap(PluralRule.init(header:))
        // One visible character, as msgfmt's --check-accelerators takes (`&`, `_`, `~`).
        if let marker = value("X-Accelerator-Marker")?.unicodeScalars.filter({ !$0.properties.isWhitespace }),
            marker.count == 1, let scalar = marker.first, !scalar.properties.isAlphabetic
        {
            acceleratorMarker = scalar
        }
    }
}

extension Catalog {
    /// What the catalog's header says about its units' plurals and accelerators.
    var conventions: CatalogConventions { CatalogConventions(header: header) }
}
