/// A file format that carries a catalog's units to translators' tools and back.
///
/// One conformance per format, each registered in `ExchangeFormat.format`: a new exchange
/// format is one new file and one line there.
public protocol CatalogFormat {
    /// Reads the units of a file.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: its path, for locations in errors and units.
    ///   - sourceLocale: the source language to assume where the file declares none.
    ///   - targetLocale: the target language asked for: a multilingual file (TMX) reads that
    ///     one as each unit's target.
    /// - Returns: the file's units and languages.
    /// - Throws: `ExchangeError`, `CSVTable.Error`, `POReader.Error`, `FileError`.
    static func read(_ bytes: [UInt8], file: String, sourceLocale: String, targetLocale: String?) throws
        -> ExchangeFile

    /// The file's bytes. The same input always gives the same bytes.
    ///
    /// - Throws: `POWriter.Error` for a unit a format cannot carry.
    static func write(_ file: ExchangeFile) throws -> [UInt8]
}

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
