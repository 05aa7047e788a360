/// XLIFF 1.2, for tools that do not read 2.x.
public enum XLIFF12Format: CatalogFormat {
    /// Reads XLIFF 1.2 or 2.x (the reader takes both).
    public static func read(_ bytes: [UInt8], file: String, sourceLocale: String, targetLocale: String?) throws
        -> ExchangeFile
    {
        try XLIFFReader.read(bytes, file: file)
    }

    /// Writes XLIFF 1.2.
    public static func write(_ file: ExchangeFile) -> [UInt8] { Array(XLIFF12Writer.write(file).utf8) }
}
