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
