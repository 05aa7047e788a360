import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads XLIFF 2.x, 1.2 and 1.1 files, Passeur's and other tools'.
///
/// Inline codes become Markdown again: from `<originalData>` where the file has
/// it (Passeur's XLIFF 2 does); otherwise as markers (`InlineCodeMarkers`) that
/// import resolves by id against the catalog's source. `<mrk>` is transparent,
/// `<cp>` gives its character, `<bpt>`/`<ept>`/`<ph>`/`<it>` of XLIFF 1.2 give
/// their native code. Translation candidates (`mtc:`, `<alt-trans>`) and glossary
/// entries are not units and are skipped. A DOCTYPE is refused.
public enum XLIFFReader {
    /// Reads the XLIFF file at `path`.
    ///
    /// - Throws: `FileError`, `ExchangeError`.
    static func read(path: String) throws -> ExchangeFile {
        try read(TextFile.readBytes(path), file: path)
    }

    /// Parses XLIFF bytes; `file` names them in errors.
    ///
    /// - Throws: `FileError`, `ExchangeError`.
    public static func read(_ bytes: [UInt8], file: String) throws -> ExchangeFile {
        let (text, bytes) = try XMLBytes.decode(bytes, file: file)
        try XMLSafety.check(text, file: file, allowDoctype: false)
        let (delegate, failure) = XMLInput.parse(bytes, file: file) { Delegate(file: file, parser: $0) }
        if let error = delegate.error { throw error }
        if let failure { throw ExchangeError.malformedXML(failure.reason, at: failure.location) }
        return ExchangeFile(
            sourceLocale: delegate.sourceLocale, targetLocale: delegate.targetLocale, original: delegate.original,
            units: delegate.units)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        unowned let parser: XMLParser
        var error: ExchangeError?
        var sourceLocale: String?
        var targetLocale: String?
        var original: String?
        var units: [ExchangeFile.Unit] = []

        private var sawRoot = false
        private var version2 = false
        // The unit being read.
        private var unitID: String?
        private var unitLocation = SourceLocation(file: "", line: 1, column: 1)
        private var targetLocation: SourceLocation?
        private var source = ""
        private var target: String?
        private var state: TranslationUnit.State = .new
        private var notes: [String] = []
        private var approved: String?
        private var targetState: String?
        private var data: [String: String] = [:]
        // Where characters go.
        private enum Sink {
            case none, source, target, note
            case data(String)
            case native
        }
        private var sink: Sink = .none
        private var buffer = ""
        private var skipDepth = 0
        /// Open `<pc>` and `<g>` elements: id and `dataRefEnd`.
        private var codeStack: [(id: String?, endRef: String?)] = []
        private var native = ""
        private var nativeOwner: Sink = .none

        init(file: String, parser: XMLParser) {
            self.file = file
            self.parser = parser
        }

        private var here: SourceLocation {
            SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        }

        private func emit(_ text: String) {
            switch sink {
            case .source: source += text
            case .target: target = (target ?? "") + text
            case .note, .data: buffer += text
            case .native: native += text
            case .none: break
            }
        }

        private static func local(_ name: String) -> String {
            name.split(separator: ":").last.map(String.init) ?? name
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if !sawRoot {
                sawRoot = true
                guard Self.local(name) == "xliff" else {
                    error = .unknownFormat(name, at: here)
                    parser.abortParsing()
                    return
                }
                version2 = (attributes["version"] ?? "").hasPrefix("2")
                sourceLocale = attributes["srcLang"]
                targetLocale = attributes["trgLang"]
                return
            }
            if skipDepth > 0 {
                skipDepth += 1
                return
            }
            let element = name
            switch element {
            case "mtc:matches", "gls:glossary", "alt-trans", "seg-source", "mda:metadata", "header":
                skipDepth = 1
            case "file":
                original = original ?? attributes["original"]
                if !version2 {
                    sourceLocale = sourceLocale ?? attributes["source-language"]
                    targetLocale = targetLocale ?? attributes["target-language"]
                }
            case "unit", "trans-unit":
                unitID = attributes["id"] ?? "\(units.count + 1)"
                unitLocation = here
                targetState = nil
                targetLocation = nil
                source = ""
                target = nil
                notes = []
                data = [:]
                state = .new
                approved = attributes["approved"]
            case "segment":
                if let s = attributes["state"] {
                    state =
                        s == "initial"
                        ? .new
                        : s == "translated" ? .translated : s == "reviewed" ? .reviewed : s == "final" ? .final : .new
                }
                if attributes["subState"] == "passeur:fuzzy" { state = .fuzzy }
            case "source":
                sink = .source
            case "target":
                sink = .target
                targetLocation = targetLocation ?? here
                target = target ?? ""
                if !version2 { targetState = attributes["state"] }
            case "note":
                sink = .note
                buffer = ""
            case "data":
                sink = .data(attributes["id"] ?? "")
                buffer = ""
            case "pc":
                codeStack.append((attributes["id"], attributes["dataRefEnd"]))
                emit(code(open: true, id: attributes["id"], dataRef: attributes["dataRefStart"]))
            case "sc":
                emit(code(open: true, id: attributes["id"], dataRef: attributes["dataRef"]))
            case "ec":
                emit(code(open: false, id: attributes["startRef"] ?? attributes["id"], dataRef: attributes["dataRef"]))
            case "ph" where version2:
                emit(code(open: true, id: attributes["id"], dataRef: attributes["dataRef"]))
            case "cp":
                if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    if case .data = sink { buffer.unicodeScalars.append(scalar) } else { emit(String(scalar)) }
                }
            case "g":
                codeStack.append((attributes["id"], nil))
                emit(InlineCodeMarkers.opening(attributes["id"] ?? "0"))
            case "bx":
                emit(InlineCodeMarkers.opening(attributes["id"] ?? "0"))
            case "ex":
                emit(InlineCodeMarkers.closing(attributes["id"] ?? "0"))
            case "x":
                emit(InlineCodeMarkers.opening(attributes["id"] ?? "0"))
            case "bpt", "ept", "ph", "it":
                nativeOwner = sink
                sink = .native
                native = ""
            default:
                break
            }
        }

        /// The Markdown of an XLIFF 2 code: its original data, else a marker by id.
        private func code(open: Bool, id: String?, dataRef: String?) -> String {
            if let dataRef, let markup = data[dataRef] { return markup }
            guard let id, Int(id) != nil else { return "" }
            return open ? InlineCodeMarkers.opening(id) : InlineCodeMarkers.closing(id)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard skipDepth == 0 else { return }
            emit(string)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if skipDepth > 0 {
                skipDepth -= 1
                return
            }
            switch name {
            case "source", "target":
                sink = .none
            case "note":
                notes.append(buffer)
                sink = .none
            case "data":
                if case .data(let id) = sink { data[id] = buffer }
                sink = .none
            case "pc", "g":
                let open = codeStack.popLast()
                emit(code(open: false, id: open?.id, dataRef: open?.endRef))
            case "bpt", "ept", "ph", "it":
                guard case .native = sink else { break }
                sink = nativeOwner
                emit(native)
            case "unit", "trans-unit":
                if let unitID {
                    let hasTarget = !(target ?? "").isEmpty
                    if !version2 { state = Self.state12(targetState, approved: approved, hasTarget: hasTarget) }
                    if !hasTarget { state = .new }
                    var unit = ExchangeFile.Unit(
                        id: unitID, source: source, target: hasTarget ? target : nil, state: state, notes: notes,
                        location: unitLocation)
                    unit.targetLocation = targetLocation
                    units.append(unit)
                }
                unitID = nil
            default:
                break
            }
        }

        /// An XLIFF 1.2 target `state` and `approved` as a catalog state. Without a state,
        /// Translate Toolkit's convention holds: approved means translated, not approved fuzzy.
        static func state12(_ value: String?, approved: String?, hasTarget: Bool) -> TranslationUnit.State {
            switch value {
            case "new", "needs-translation": return hasTarget ? .fuzzy : .new
            case "translated": return .translated
            case "signed-off": return .reviewed
            case "final": return .final
            case nil: return approved == "no" ? .fuzzy : .translated
            default: return .fuzzy
            }
        }
    }
}
