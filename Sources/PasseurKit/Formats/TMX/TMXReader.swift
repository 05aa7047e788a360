import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads TMX 1.4b (and the 1.1 files that write `lang` for `xml:lang`).
///
/// The native code of `<bpt>`, `<ept>`, `<ph>`, `<it>` and `<ut>` is kept as text
/// (it is Markdown in Passeur's files), `<hi>` and `<sub>` are transparent. A
/// DOCTYPE naming the DTD is accepted; an internal subset or entity is refused.
public enum TMXReader {
    /// Reads the TMX file at `path`.
    ///
    /// - Throws: `FileError`, `ExchangeError`.
    public static func read(path: String) throws -> (sourceLocale: String?, entries: [TMXWriter.Entry]) {
        try read(TextFile.readBytes(path), file: path)
    }

    /// Parses TMX bytes; `file` names them in errors.
    ///
    /// - Throws: `FileError`, `ExchangeError`.
    public static func read(_ bytes: [UInt8], file: String) throws -> (
        sourceLocale: String?, entries: [TMXWriter.Entry]
    ) {
        let (text, bytes) = try XMLBytes.decode(bytes, file: file)
        try XMLSafety.check(text, file: file, allowDoctype: true)
        let (delegate, failure) = XMLInput.parse(bytes, file: file) { Delegate(file: file, parser: $0) }
        if let error = delegate.error { throw error }
        if let failure { throw ExchangeError.malformedXML(failure.reason, at: failure.location) }
        return (delegate.sourceLocale, delegate.entries)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        unowned let parser: XMLParser
        var error: ExchangeError?
        var sourceLocale: String?
        var entries: [TMXWriter.Entry] = []
        private var sawRoot = false
        private var entry: TMXWriter.Entry?
        private var locale: String?
        private var seg: String?
        private var buffer = ""
        private var inNote = false
        private var propType: String?

        init(file: String, parser: XMLParser) {
            self.file = file
            self.parser = parser
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if !sawRoot {
                sawRoot = true
                if name != "tmx" {
                    error = .unknownFormat(
                        name, at: SourceLocation(file: file, line: parser.lineNumber, column: parser.columnNumber))
                    parser.abortParsing()
                }
                return
            }
            switch name {
            case "header": sourceLocale = attributes["srclang"]
            case "tu":
                entry = TMXWriter.Entry(
                    id: attributes["tuid"] ?? "\(entries.count + 1)", texts: [],
                    sourceLocale: attributes["srclang"].flatMap { $0 == "*all*" ? nil : $0 })
            case "tuv": locale = attributes["xml:lang"] ?? attributes["lang"]
            case "seg": seg = ""
            case "note":
                inNote = true
                buffer = ""
            case "prop":
                propType = attributes["type"]
                buffer = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if seg != nil {
                seg? += string
            } else if inNote || propType != nil {
                buffer += string
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "seg":
                if let seg, let locale { entry?.texts.append((locale, seg)) }
                seg = nil
            case "note":
                if entry != nil, seg == nil { entry?.notes.append(buffer) }
                inNote = false
            case "prop":
                if propType == "x-passeur-state" { entry?.state = TranslationUnit.State(rawValue: buffer) }
                propType = nil
            case "tu":
                if let entry, !entry.texts.isEmpty { entries.append(entry) }
                entry = nil
            default: break
            }
        }
    }
}
