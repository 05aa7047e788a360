import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads SRX 2.0 files with libxml2 (through Foundation's `XMLParser`).
///
/// A missing `segmentsubflows` defaults to yes (OmegaT's default rules omit
/// it, although the schema requires it); DOCTYPEs are refused, so no entity
/// is ever expanded.
public enum SRXReader {
    /// Reads the SRX file at `path`.
    ///
    /// - Throws: `FileError`, `SRXRuleSet.Error`.
    public static func read(path: String) throws -> SRXRuleSet {
        try read(TextFile.readBytes(path), file: path)
    }

    /// Parses SRX bytes; `file` names them in errors.
    ///
    /// - Throws: `FileError.invalidUTF8`, `SRXRuleSet.Error`.
    public static func read(_ bytes: [UInt8], file: String) throws -> SRXRuleSet {
        let text = try TextFile.decodeUTF8(bytes, file: file)
        if let range = text.range(of: "<!DOCTYPE") ?? text.range(of: "<!ENTITY") {
            throw SRXRuleSet.Error.doctypeNotAllowed(at: location(of: range.lowerBound, in: text, file: file))
        }
        let (delegate, failure) = XMLInput.parse(bytes, file: file) { Delegate(file: file, parser: $0) }
        if let error = delegate.error { throw error }
        if let failure { throw SRXRuleSet.Error.malformedXML(failure.reason, at: failure.location) }
        let set = SRXRuleSet(
            cascade: delegate.cascade, segmentSubflows: delegate.segmentSubflows,
            languageRules: delegate.languageRules, maps: delegate.maps)
        for map in set.maps where !set.languageRules.contains(where: { $0.name == map.ruleName }) {
            throw SRXRuleSet.Error.unknownLanguageRule(map.ruleName, at: map.location)
        }
        return set
    }

    private static func location(of index: String.Index, in text: String, file: String) -> SourceLocation {
        let prefix = text[..<index]
        let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return SourceLocation(file: file, line: line, column: text[lineStart..<index].unicodeScalars.count + 1)
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let file: String
        unowned let parser: XMLParser
        var cascade = false
        var segmentSubflows = true
        var languageRules: [(name: String, rules: [SRXRuleSet.Rule])] = []
        var maps: [SRXRuleSet.LanguageMap] = []
        var error: SRXRuleSet.Error?
        private var sawRoot = false
        private var currentRule: SRXRuleSet.Rule?
        private var text = ""
        private var capturing = false

        init(file: String, parser: XMLParser) {
            self.file = file
            self.parser = parser
        }

        private var here: SourceLocation {
            SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if !sawRoot {
                sawRoot = true
                if name != "srx" {
                    error = .notSRX(root: name, at: here)
                    parser.abortParsing()
                }
                return
            }
            switch name {
            case "header":
                cascade = attributes["cascade"] == "yes"
                segmentSubflows = attributes["segmentsubflows"] != "no"
            case "languagerule":
                languageRules.append((attributes["languagerulename"] ?? "", []))
            case "rule":
                currentRule = SRXRuleSet.Rule(
                    isBreak: attributes["break"] != "no", beforeBreak: "", afterBreak: "", location: here)
            case "beforebreak", "afterbreak":
                text = ""
                capturing = true
            case "languagemap":
                maps.append(
                    SRXRuleSet.LanguageMap(
                        pattern: attributes["languagepattern"] ?? "", ruleName: attributes["languagerulename"] ?? "",
                        location: here))
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if capturing { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "beforebreak":
                currentRule?.beforeBreak = text
                capturing = false
            case "afterbreak":
                currentRule?.afterBreak = text
                capturing = false
            case "rule":
                if let rule = currentRule, !languageRules.isEmpty {
                    languageRules[languageRules.count - 1].rules.append(rule)
                }
                currentRule = nil
            default:
                break
            }
        }
    }
}
