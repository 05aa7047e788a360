import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// TBX (ISO 30042): the term base exchange format of CAT tools.
///
/// Written as TBX v3, TBX-Basic dialect, DCA style: `conceptEntry` →
/// `langSec` → `termSec`, with `subjectField`, `definition`,
/// `partOfSpeech`, `administrativeStatus` (`preferredTerm-admn-sts`,
/// `admittedTerm-admn-sts`, `deprecatedTerm-admn-sts` for forbidden terms),
/// variants as their own `termSec` with `termType` `variant` — only TBX-Basic's
/// data categories and picklist values. What TBX-Basic has no category for
/// (do not translate, case sensitivity, a forbidden term's reason, a part of
/// speech outside the picklist) goes in `note`s with fixed wording (`TBXNotes`),
/// which other tools show as text and Passeur reads back. Read: TBX v3
/// in DCA or DCT style, and TBX 2 (`martif`, `termEntry`/`langSet`/`tig`/`ntig`),
/// as Weblate, OmegaT and KDE Lokalize write it.
extension Glossary {
    /// The term base as TBX v3 (TBX-Basic, DCA style). The same term base always gives the same bytes.
    public var tbx: String {
        let source = locales.first?.identifier ?? "en"
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="\(source)" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <titleStmt>
                    <title>\(XMLText.escape(name))</title>
                  </titleStmt>
                  <sourceDesc>
                    <p>Exported by Passeur.</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        for concept in concepts {
            out += "      <conceptEntry id=\"\(XMLText.escape(concept.id))\">\n"
            if let domain = concept.domain {
                out += "        <descrip type=\"subjectField\">\(XMLText.escape(domain))</descrip>\n"
            }
            if let note = concept.note { out += "        <note>\(XMLText.escape(note))</note>\n" }
            for locale in locales {
                let terms = concept.terms(for: locale)
                let definition = concept.definitions[locale.identifier]
                guard !terms.isEmpty else { continue }
                out += "        <langSec xml:lang=\"\(locale.identifier)\">\n"
                if let definition {
                    out += "          <descrip type=\"definition\">\(XMLText.escape(definition))</descrip>\n"
                }
                for term in terms {
                    out += termSec(term, text: term.text, isVariant: false)
                    for variant in term.variants { out += termSec(term, text: variant, isVariant: true) }
                }
                out += "        </langSec>\n"
            }
            out += "      </conceptEntry>\n"
        }
        out += "    </body>\n  </text>\n</tbx>\n"
        return out
    }

    private func termSec(_ term: Term, text: String, isVariant: Bool) -> String {
        var out = "          <termSec>\n            <term>\(XMLText.escape(text))</term>\n"
        func termNote(_ type: String, _ value: String) {
            out += "            <termNote type=\"\(type)\">\(XMLText.escape(value))</termNote>\n"
        }
        func note(_ value: String) { out += "            <note>\(XMLText.escape(value))</note>\n" }
        if let pos = term.partOfSpeech { termNote("partOfSpeech", TBXNotes.partOfSpeech(pos)) }
        termNote("administrativeStatus", TBXStatus.code(for: term.status))
        if isVariant { termNote("termType", "variant") }
        // What TBX-Basic has no data category for travels in notes that Passeur reads back.
        if let pos = term.partOfSpeech, TBXNotes.partOfSpeech(pos) != pos { note(TBXNotes.partOfSpeechPrefix + pos) }
        if term.doNotTranslate { note(TBXNotes.doNotTranslate) }
        if term.caseSensitive { note(TBXNotes.caseSensitive) }
        if !isVariant, let reason = term.reason { note(TBXNotes.reasonPrefix + reason) }
        if !isVariant, let remark = term.note { note(remark) }
        return out + "          </termSec>\n"
    }

    /// Reads a TBX file.
    ///
    /// - Throws: `FileError`, `GlossaryError` (malformed XML, entity declarations), `LocaleTag.Error`.
    public static func readTBX(path: String) throws -> Glossary {
        try readTBX(TextFile.readBytes(path), file: path)
    }

    /// Parses TBX bytes; `file` names them in errors.
    ///
    /// - Throws: `FileError`, `GlossaryError`, `LocaleTag.Error`.
    public static func readTBX(_ bytes: [UInt8], file: String) throws -> Glossary {
        let text = try TextFile.decodeUTF8(bytes, file: file)
        if let range = text.range(of: "<!ENTITY") {
            let prefix = text[..<range.lowerBound]
            throw GlossaryError.syntax(
                "entity declarations are not allowed",
                at: SourceLocation(
                    file: file, line: prefix.filter { $0 == "\n" }.count + 1,
                    column: prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.count + 1 }
                        ?? 1))
        }
        let (reader, failure) = XMLInput.parse(bytes, file: file) { TBXReader(file: file, parser: $0) }
        if let failure { throw GlossaryError.syntax(failure.reason, at: failure.location) }
        return try reader.glossary()
    }
}

/// TBX administrative status codes.
enum TBXStatus {
    /// The TBX-Basic picklist value for a status.
    static func code(for status: Term.Status) -> String {
        switch status {
        case .preferred: return "preferredTerm-admn-sts"
        case .admitted: return "admittedTerm-admn-sts"
        case .forbidden: return "deprecatedTerm-admn-sts"
        }
    }

    /// A status from TBX v3 codes or the plain words of TBX 2 files.
    static func status(from value: String) -> Term.Status {
        let v = value.lowercased()
        if v.hasPrefix("preferred") || v.hasPrefix("standardized") || v.hasPrefix("legal") { return .preferred }
        if v.hasPrefix("deprecated") || v.hasPrefix("superseded") || v.hasPrefix("obsolete")
            || v.hasPrefix("notrecommended")
            || v.hasPrefix("forbidden")
        {
            return .forbidden
        }
        return .admitted
    }
}

/// The fixed wording of the notes that carry what TBX-Basic has no data category for.
enum TBXNotes {
    static let doNotTranslate = "Do not translate."
    static let caseSensitive = "Case-sensitive."
    static let reasonPrefix = "Forbidden: "
    static let partOfSpeechPrefix = "Part of speech: "

    /// TBX-Basic's picklist value for a part of speech (`adjective`, `noun`, `other`, `verb`, `adverb`).
    static func partOfSpeech(_ pos: String) -> String {
        switch pos {
        case "adjective", "noun", "other", "verb", "adverb": return pos
        case "proper noun", "properNoun": return "noun"
        default: return "other"
        }
    }
}

/// Collects concepts from TBX parser events, whatever the TBX version and style.
final class TBXReader: NSObject, XMLParserDelegate {
    private let file: String
    private unowned let parser: XMLParser
    private var title: String?
    private var rootLanguage: String?
    private var languages: [String] = []
    private var concepts: [Concept] = []
    private var concept: Concept?
    private var language: String?
    private var term: Term?
    private var termType: String?
    private var text = ""
    private var noteType: String?
    private var languageLocations: [String: SourceLocation] = [:]
    private var sawTerm = false

    init(file: String, parser: XMLParser) {
        self.file = file
        self.parser = parser
    }

    private var here: SourceLocation {
        SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    }

    private static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        switch Self.local(name) {
        case "tbx", "martif":
            rootLanguage = attributes["xml:lang"] ?? attributes["lang"]
        case "conceptEntry", "termEntry":
            concept = Concept(id: attributes["id"] ?? "c\(concepts.count + 1)", location: here)
        case "langSec", "langSet":
            language = attributes["xml:lang"] ?? attributes["lang"]
            if let language, !languages.contains(language) {
                languages.append(language)
                languageLocations[language] = here
            }
        case "termSec", "tig", "ntig":
            term = Term("")
            termType = nil
            sawTerm = false
        case "termNote", "descrip", "admin":
            noteType = attributes["type"]
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let element = Self.local(name)
        // DCT style names the data category by the element (basic:definition); DCA by the type attribute.
        let category = ["termNote", "descrip", "admin"].contains(element) ? (noteType ?? "") : element
        switch category {
        case "title": title = value
        case "term":
            term?.text = value
            sawTerm = true
        case "subjectField":
            if term == nil, language == nil { concept?.domain = value }
        case "definition":
            if let language, concept?.definitions[language] == nil { concept?.definitions[language] = value }
        case "partOfSpeech":
            if term?.partOfSpeech == nil { term?.partOfSpeech = value == "properNoun" ? "proper noun" : value }
        case "administrativeStatus", "normativeAuthorization": term?.status = TBXStatus.status(from: value)
        case "termType": termType = value
        case "transferComment":
            if value.lowercased().contains("not translate") { term?.doNotTranslate = true }
        case "caseSensitivity": term?.caseSensitive = value == "case-sensitive"
        case "usageNote": term?.reason = value
        case "note":
            if term != nil {
                if value == TBXNotes.doNotTranslate {
                    term?.doNotTranslate = true
                } else if value == TBXNotes.caseSensitive {
                    term?.caseSensitive = true
                } else if value.hasPrefix(TBXNotes.reasonPrefix) {
                    term?.reason = String(value.dropFirst(TBXNotes.reasonPrefix.count))
                } else if value.hasPrefix(TBXNotes.partOfSpeechPrefix) {
                    term?.partOfSpeech = String(value.dropFirst(TBXNotes.partOfSpeechPrefix.count))
                } else if term?.note == nil {
                    term?.note = value
                }
            } else if language == nil, concept != nil, concept?.note == nil {
                concept?.note = value
            }
        default:
            break
        }
        switch element {
        case "termSec", "tig", "ntig":
            if var finished = term, sawTerm, !finished.text.isEmpty, let language {
                var terms = concept?.terms[language] ?? []
                if termType == "variant", let last = terms.indices.last {
                    terms[last].variants.append(finished.text)
                } else {
                    if finished.status == .forbidden, finished.reason == nil, let note = finished.note {
                        finished.reason = note
                        finished.note = nil
                    }
                    terms.append(finished)
                }
                concept?.terms[language] = terms
            }
            term = nil
        case "langSec", "langSet":
            language = nil
        case "conceptEntry", "termEntry":
            // An entry without terms (Lokalize writes some) has nothing to keep.
            if let finished = concept, !finished.terms.isEmpty { concepts.append(finished) }
            concept = nil
        case "termNote", "descrip", "admin":
            noteType = nil
        default:
            break
        }
        text = ""
    }

    /// The term base read, its locales in order of appearance (the root language first).
    func glossary() throws -> Glossary {
        var order = languages
        if let root = rootLanguage, let index = order.firstIndex(of: root) {
            order.remove(at: index)
            order.insert(root, at: 0)
        }
        var tags: [LocaleTag] = []
        var canonical: [String: String] = [:]
        for raw in order {
            let tag = try LocaleTag(raw, at: languageLocations[raw] ?? SourceLocation(file: file, line: 1, column: 1))
            canonical[raw] = tag.identifier
            if !tags.contains(tag) { tags.append(tag) }
        }
        var seen = Set<String>()
        let renamed = concepts.map { concept -> Concept in
            var copy = concept
            copy.terms = Dictionary(concept.terms.map { (canonical[$0.key] ?? $0.key, $0.value) }, uniquingKeysWith: +)
            copy.definitions = Dictionary(
                concept.definitions.map { (canonical[$0.key] ?? $0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            return copy
        }
        for concept in renamed where !seen.insert(concept.id).inserted {
            throw GlossaryError.duplicateConcept(
                concept.id, firstAt: concept.location ?? SourceLocation(file: file, line: 1, column: 1),
                at: concept.location ?? SourceLocation(file: file, line: 1, column: 1))
        }
        return Glossary(name: title ?? "glossary", locales: tags, concepts: renamed)
    }
}
