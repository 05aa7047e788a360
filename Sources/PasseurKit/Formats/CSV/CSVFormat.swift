/// CSV, a row per unit.
public enum CSVFormat: CatalogFormat {
    /// Reads CSV with at least `source` and `target` columns.
    public static func read(_ bytes: [UInt8], file: String, sourceLocale: String, targetLocale: String?) throws
        -> ExchangeFile
    {
        try CatalogCSV.read(TextFile.decodeUTF8(bytes, file: file), file: file)
    }

    /// Writes `id,context,source,target,state,location,notes`.
    public static func write(_ file: ExchangeFile) -> [UInt8] { Array(CatalogCSV.write(file).utf8) }
}
