import Foundation

/// The exchange formats of `passeur export` and `passeur import`, by their command-line names.
public enum ExchangeFormat: String, CaseIterable, Sendable {
    /// XLIFF 2.1 with the glossary and translation-candidates modules.
    case xliff
    /// XLIFF 1.2.
    case xliff12
    /// TMX 1.4b.
    case tmx
    /// CSV, a row per unit.
    case csv
    /// A PO catalog.
    case po

    /// The conformance that reads and writes the format: the one place formats are dispatched.
    public var format: any CatalogFormat.Type {
        switch self {
        case .xliff: return XLIFF2Format.self
        case .xliff12: return XLIFF12Format.self
        case .tmx: return TMXFormat.self
        case .csv: return CSVFormat.self
        case .po: return POFormat.self
        }
    }

    /// The format of the file at `path`, holding `bytes`: from its extension, or else from its
    /// root element.
    ///
    /// - Throws: `ExchangeError.unknownExtension` when neither says.
    static func of(path: String, bytes: [UInt8]) throws -> ExchangeFormat {
        guard let format = infer(fromPath: path) ?? sniff(bytes) else {
            throw ExchangeError.unknownExtension(
                (path as NSString).pathExtension, at: SourceLocation(file: path, line: 1, column: 1))
        }
        return format
    }

    /// The format of a file, from its extension.
    static func infer(fromPath path: String) -> ExchangeFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "xlf", "xliff", "xliff2", "xliff12", "poxliff", "sdlxliff", "mqxliff": return .xliff
        case "tmx": return .tmx
        case "csv": return .csv
        case "po", "pot": return .po
        default: return nil
        }
    }

    /// The format of an XML file whose extension says nothing (`.xml`): XLIFF or TMX by its
    /// root element, nil for anything else.
    static func sniff(_ bytes: [UInt8]) -> ExchangeFormat? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if head.contains("<xliff") { return .xliff }
        if head.contains("<tmx") { return .tmx }
        return nil
    }
}
