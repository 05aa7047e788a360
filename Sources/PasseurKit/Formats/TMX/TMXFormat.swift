/// TMX 1.4b translation memories.
public enum TMXFormat: CatalogFormat {
    /// Reads TMX, picking `targetLocale` (or the only language besides the source) as the target.
    public static func read(_ bytes: [UInt8], file: String, sourceLocale: String, targetLocale: String?) throws
        -> ExchangeFile
    {
        try TMXReader.read(bytes, file: file, sourceLocale: sourceLocale, targetLocale: targetLocale)
    }

    /// Writes TMX 1.4b.
    public static func write(_ file: ExchangeFile) -> [UInt8] { Array(TMXWriter.write(file).utf8) }
}
