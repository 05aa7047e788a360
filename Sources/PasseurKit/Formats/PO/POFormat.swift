/// Gettext PO, for translators whose tool reads catalogs (Poedit, Lokalize, Weblate).
public enum POFormat: CatalogFormat {
    /// Reads a PO catalog as strictly as `msgfmt -c`; the target language is its `Language` header.
    public static func read(_ bytes: [UInt8], file: String, sourceLocale: String, targetLocale: String?) throws
        -> ExchangeFile
    {
        let catalog = Catalog(try POReader.read(bytes, file: file))
        return ExchangeFile(
            sourceLocale: nil, targetLocale: catalog.headerValue("Language"), original: nil,
            units: ExchangeFile.units(of: catalog, path: file))
    }

    /// Writes a PO catalog of the units: contexts, references, notes, previous sources and
    /// states (`fuzzy` flags, `passeur-state` for reviewed and final) as the catalog has them.
    ///
    /// - Throws: `POWriter.Error`.
    public static func write(_ file: ExchangeFile) throws -> [UInt8] {
        var header: [(name: String, value: String)] = [
            ("Language", file.targetLocale ?? ""), ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit"),
        ]
        if let target = file.targetLocale { header.append(("Plural-Forms", PluralForms.header(forTag: target))) }
        header.append(("X-Generator", "Passeur"))
        let catalog = Catalog(
            header: header,
            units: file.units.map { unit in
                TranslationUnit(
                    context: unit.context, source: unit.source, targets: [unit.target ?? ""],
                    state: unit.target == nil ? .new : unit.effectiveState, previousSource: unit.previousSource,
                    translatorComments: unit.notes, extractedComments: unit.descriptions, references: unit.references)
            })
        return Array(try catalog.poText.utf8)
    }
}
