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
    /// - Parameters:
    ///   - path: the file.
    ///   - sourceLocale: the source language to assume where the file declares none (or `*all*`).
    ///   - targetLocale: the language to read as each unit's target; nil to take the only
    ///     language besides the source, if there is one. Other languages go to `otherTexts`.
    /// - Returns: the units and the file's languages.
    /// - Throws: `FileError`, `ExchangeError`.
    static func read(path: String, sourceLocale: String, targetLocale: String?) throws -> ExchangeFile {
        try read(TextFile.readBytes(path), file: path, sourceLocale: sourceLocale, targetLocale: targetLocale)
    }

    /// Parses TMX bytes. A unit without a text in its source language is left out: nothing
    /// could be matched against it.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, UTF-8 or UTF-16.
    ///   - file: the path, for errors and unit locations.
    ///   - assumed: the source language where the file declares none (or `*all*`).
    ///   - targetLocale: the language read as each unit's target, or nil for the only one.
    /// - Returns: the units, with their other languages in `otherTexts`.
    /// - Throws: `FileError`, `ExchangeError`.
    public static func read(_ bytes: [UInt8], file: String, sourceLocale assumed: String, targetLocale: String?)
        throws -> ExchangeFile
    {
        let (text, bytes) = try XMLBytes.decode(bytes, file: file)
        try XMLSafety.check(text, file: file, allowDoctype: true)
        let (delegate, failure) = XMLInput.parse(bytes, file: file) { Delegate(file: file, parser: $0) }
        if let error = delegate.error { throw error }
        if let failure { throw ExchangeError.malformedXML(failure.reason, at: failure.location) }
        let header = delegate.sourceLocale.flatMap { $0 == "*all*" ? nil : $0 }
        func source(of entry: Entry) -> String { entry.sourceLocale ?? header ?? assumed }
        let sources = Set(delegate.entries.map(source))
        let others = Set(
            delegate.entries.flatMap { entry in
                entry.texts.map(\.locale).filter { !LocaleTag.sameLanguage($0, source(of: entry)) }
            })
        let target = targetLocale ?? (others.count == 1 ? others.first : nil)
        let fileSource = sources.count == 1 ? sources.first : (header ?? assumed)
        let units = delegate.entries.compactMap { entry -> ExchangeFile.Unit? in
            let declared = source(of: entry)
            guard let s = entry.texts.firstIndex(where: { LocaleTag.sameLanguage($0.locale, declared) }) else {
                return nil
            }
            let t = target.flatMap { target in
                entry.texts.indices.first { $0 != s && LocaleTag.sameLanguage(entry.texts[$0].locale, target) }
            }
            return ExchangeFile.Unit(
                id: entry.id, source: entry.texts[s].text, target: t.map { entry.texts[$0].text }, state: entry.state,
                notes: entry.notes, sourceLocale: entry.texts[s].locale,
                otherTexts: entry.texts.indices.filter { $0 != s && $0 != t }.map { entry.texts[$0] },
                location: SourceLocation(file: file, line: entry.line, column: 1))
        }
        return ExchangeFile(sourceLocale: fileSource, targetLocale: target, original: nil, units: units)
    }

    /// A `<tu>` as parsed, before its source and target are known.
    private struct Entry {
        var id: String
        var texts: [ExchangeFile.LocaleText] = []
        var state: TranslationUnit.State?
        var notes: [String] = []
        var sourceLocale: String?
        var line: Int
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        unowned let parser: XMLParser
        var error: ExchangeError?
        var sourceLocale: String?
        var entries: [Entry] = []
        private var sawRoot = false
        private var entry: Entry?
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
                entry = Entry(
                    id: attributes["tuid"] ?? "\(entries.count + 1)",
                    sourceLocale: attributes["srclang"].flatMap { $0 == "*all*" ? nil : $0 }, line: parser.lineNumber)
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
                if let seg, let locale { entry?.texts.append(.init(locale: locale, text: seg)) }
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
