/// XLIFF 2.1 with the glossary and translation-candidates modules.
public enum XLIFF2Format: CatalogFormat {
    /// Reads XLIFF 2.x or 1.2 (the reader takes both).
    public static func read(_ bytes: [UInt8], file: String, sourceLocale: String, targetLocale: String?) throws
        -> ExchangeFile
    {
        try XLIFFReader.read(bytes, file: file)
    }

    /// Writes XLIFF 2.1.
    public static func write(_ file: ExchangeFile) -> [UInt8] { Array(XLIFF2Writer.write(file).utf8) }
}
