import Foundation

/// Reads gettext PO files: every construct msgfmt and msgmerge know.
///
/// msgctxt, plurals (`msgid_plural`, `msgstr[N]`), obsolete entries (`#~`,
/// `#~|`), previous fields (`#|`), flags, translator / extracted / reference
/// comments, C escapes, multi-line strings, CRLF line ends, a UTF-8 BOM (which
/// Weblate and Translate Toolkit accept), and the header's charset (a
/// `windows-1251` catalogue is decoded as such). An obsolete entry may share
/// the source of an active one, as Weblate's files do; two active entries may not.
public enum POReader {
    /// Reads the PO file at `path`.
    ///
    /// - Throws: `FileError`, `POReader.Error`.
    public static func read(path: String) throws -> POFile {
        try read(TextFile.readBytes(path), file: path)
    }

    /// Parses PO bytes; `file` names them in errors.
    ///
    /// - Throws: `FileError.invalidUTF8`, `POReader.Error`.
    public static func read(_ bytes: [UInt8], file: String) throws -> POFile {
        var text = try decode(bytes, file: file)
        if let entries = text.withUTF8({ readCommonLines($0, file: file) }) {
            return try checkedPlurals(POFile(entries: entries), file: file)
        }
        return try readLineByLine(text, file: file)
    }

    /// Whether `bytes` start as PO text does: their first line that is neither blank nor a
    /// `#` comment starts with `msgid` or `msgctxt`. A quick look, to name what a file is
    /// (a catalog given as a word list, or named `.xlf`), not a validation.
    public static func startsLikePO(_ bytes: some Collection<UInt8>) -> Bool {
        for line in bytes.prefix(65536).split(separator: 0x0A) {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}\r"))
            if text.isEmpty || text.hasPrefix("#") { continue }
            return text.hasPrefix("msgid ") || text.hasPrefix("msgid\t") || text.hasPrefix("msgctxt ")
                || text.hasPrefix("msgctxt\t")
        }
        return false
    }

    /// Parses PO bytes with the general reader alone, line by line: what `read` gives, more slowly
    /// (`read` first tries a byte-level reader of the common lines and falls back to this one).
    ///
    /// - Throws: `FileError.invalidUTF8`, `POReader.Error`.
    static func readLineByLine(_ bytes: [UInt8], file: String) throws -> POFile {
        try readLineByLine(decode(bytes, file: file), file: file)
    }

    private static func readLineByLine(_ text: String, file: String) throws -> POFile {
        var parser = Parser(file: file)
        var lineNumber = 0
        // Lines cut at line-feed bytes: splitting Characters would run grapheme breaking over the whole file.
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var content = Substring(line)
            while content.hasSuffix("\r") { content = content.dropLast() }
            try parser.consume(content, line: lineNumber)
        }
        try parser.finishEntry()
        return try checkedPlurals(POFile(entries: parser.entries), file: file)
    }

    /// The file, once its `Plural-Forms` header is valid and every translated plural entry
    /// has as many forms as it says (`msgfmt -c` refuses both).
    private static func checkedPlurals(_ po: POFile, file: String) throws -> POFile {
        // No entry at all, not even a header: a file emptied or cut short, never a catalog.
        guard !po.entries.isEmpty else { throw Error.emptyCatalog(at: SourceLocation(file: file, line: 1, column: 1)) }
        guard let header = po.header,
            let line = header.strings.first?.split(separator: "\n").first(where: { $0.hasPrefix("Plural-Forms:") })
        else { return po }
        let value = line.dropFirst("Plural-Forms:".count).trimmingCharacters(in: .whitespaces)
        let location = header.stringLocation ?? SourceLocation(file: file, line: 1, column: 1)
        // A template's placeholder (`nplurals=INTEGER; plural=EXPRESSION;`) declares nothing yet.
        if value.contains("INTEGER") || value.isEmpty { return po }
        guard let range = value.range(of: "nplurals=") else { throw Error.invalidPluralForms(value, at: location) }
        let digits = value[range.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count <= 3, let count = Int(digits), (1...100).contains(count) else {
            throw Error.invalidPluralForms(value, at: location)
        }
        // msgfmt leaves fuzzy entries out of the compiled catalog, and out of this check.
        for entry in po.entries
        where !entry.isObsolete && entry.idPlural != nil && entry.strings.count != count
            && !entry.flags.contains("fuzzy")
        {
            if entry.strings.contains(where: { !$0.isEmpty }) {
                throw Error.pluralFormCount(
                    found: entry.strings.count, expected: count,
                    at: entry.stringLocation ?? entry.location ?? location)
            }
        }
        return po
    }

    /// The entries of a file made only of the lines that msgmerge and Passeur write (comments,
    /// keywords at the start of a line, strings with the common escapes), read from its bytes;
    /// nil at the first other line or error, for the line-by-line reader to read the whole file
    /// again and report what it finds exactly as always.
    static func readCommonLines(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> [POEntry]? {
        var parser = Parser(file: file)
        var line = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            line += 1
            let next = end + 1
            while end > start, bytes[end - 1] == 0x0D { end -= 1 }
            guard (try? parser.consumeCommon(bytes, start, end, line: line)) == true else { return nil }
            start = next
        }
        guard (try? parser.finishEntry()) != nil else { return nil }
        return parser.entries
    }

    /// Decodes with the header's charset (UTF-8 when absent or a placeholder).
    static func decode(_ bytes: [UInt8], file: String) throws -> String {
        let charset = declaredCharset(bytes, file: file)
        let name = charset?.name.lowercased().replacingOccurrences(of: "_", with: "-") ?? "utf-8"
        if ["utf-8", "utf8", "charset", "", "ascii", "us-ascii"].contains(name) {
            return try TextFile.decodeUTF8(bytes, file: file)
        }
        guard let text = Iconv.decode(bytes, from: charset?.name ?? name) else {
            throw Error.unsupportedCharset(
                charset?.name ?? name, at: charset?.location ?? SourceLocation(file: file, line: 1, column: 1))
        }
        return text
    }

    /// The `charset=` of the header, found in the raw bytes before decoding.
    private static func declaredCharset(_ bytes: [UInt8], file: String) -> (name: String, location: SourceLocation)? {
        let needle = Array("charset=".utf8)
        let limit = min(bytes.count, 8192)
        guard limit >= needle.count else { return nil }
        var line = 1
        var lineStart = 0
        for i in 0...(limit - needle.count) {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            if bytes[i..<(i + needle.count)].elementsEqual(needle) {
                var start = i + needle.count
                while start < bytes.count, bytes[start] == 0x20 { start += 1 }
                var end = start
                while end < bytes.count, bytes[end] != 0x5C, bytes[end] != 0x22, bytes[end] != 0x3B, bytes[end] != 0x20
                { end += 1 }
                let name = String(decoding: bytes[start..<end], as: UTF8.self)
                return (name, SourceLocation(file: file, line: line, column: start - lineStart + 1))
            }
        }
        return nil
    }

    private enum Field {
        case context, id, idPlural
        case string(Int)
        case previousContext, previousID, previousIDPlural

        var isPrevious: Bool {
            switch self {
            case .previousContext, .previousID, .previousIDPlural: return true
            default: return false
            }
        }
    }

    /// The PO grammar as msgfmt enforces it: an entry is `#|` previous fields, then `msgctxt`,
    /// `msgid`, `msgid_plural`, then `msgstr` (or `msgstr[0]`, `msgstr[1]`… in order when there
    /// is a `msgid_plural`), every keyword followed by at least one string, all lines of an
    /// entry obsolete (`#~`) or none.
    private struct Parser {
        let file: String
        var entries: [POEntry] = []
        var entry = POEntry()
        var field: Field?
        /// Where the open field's keyword is, and whether a string followed it yet.
        var fieldLocation: SourceLocation?
        var fieldHasString = false
        /// Whether the entry has a keyword yet (previous fields included), and which.
        var hasKeyword = false
        var hasContext = false
        var hasID = false
        var hasString = false
        var indexedStrings = false
        var firstKeywordLocation: SourceLocation?
        /// The index in `entries` of each message (context and source) read so far, the active
        /// one when an obsolete entry repeats it; by bytes, as msgfmt compares messages.
        var seen = TextIndex()

        init(file: String) { self.file = file }

        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }

        /// Closes the open field: a keyword must have had its string.
        mutating func closeField() throws {
            if field != nil, !fieldHasString, let fieldLocation {
                throw Error.keywordWithoutString(at: fieldLocation)
            }
        }

        mutating func finishEntry() throws {
            guard hasKeyword else {
                // Comments with no keyword after them (at the end of a file) belong to no entry.
                entry = POEntry()
                return
            }
            try closeField()
            let here = entry.location ?? firstKeywordLocation ?? at(1, 1)
            guard hasID else { throw Error.missingID(at: firstKeywordLocation ?? here) }
            guard hasString else {
                throw entry.idPlural == nil
                    ? Error.missingTranslation(at: here) : Error.missingPluralTranslation(at: here)
            }
            // An obsolete entry may repeat an active one's source (Weblate writes these, and
            // msgmerge drops the obsolete one): both are kept. Two active or two obsolete may not.
            let key = entry.context.map { $0 + "\u{4}" + entry.id } ?? entry.id
            let first = seen[key]
            if let first, entries[first].isObsolete == entry.isObsolete {
                throw Error.duplicateMessage(entry.id, firstAt: entries[first].location ?? here, at: here)
            }
            if first == nil || !entry.isObsolete { seen.set(entries.count, for: key) }
            entries.append(entry)
            entry = POEntry()
            field = nil
            fieldLocation = nil
            fieldHasString = false
            hasKeyword = false
            hasContext = false
            hasID = false
            hasString = false
            indexedStrings = false
            firstKeywordLocation = nil
        }

        mutating func consume(_ raw: Substring, line: Int) throws {
            var content = raw
            var column = 1
            // Blank lines separate nothing in msgfmt's grammar: the next keyword or comment ends an entry.
            if content.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            var obsolete = false
            var previous = false
            if content.hasPrefix("#~") {
                obsolete = true
                content = content.dropFirst(2)
                column += 2
                if content.hasPrefix("|") {
                    previous = true
                    content = content.dropFirst()
                    column += 1
                }
                let spaces = content.prefix(while: { $0 == " " })
                content = content.dropFirst(spaces.count)
                column += spaces.count
                if content.isEmpty { return }
                if !previous, content.hasPrefix("#|") {
                    // `#~ #| msgid`: msgfmt reads it as `#~| msgid`.
                    previous = true
                    content = content.dropFirst(2)
                    column += 2
                    let blanks = content.prefix(while: { $0 == " " })
                    content = content.dropFirst(blanks.count)
                    column += blanks.count
                } else if !previous, content.hasPrefix("#") {
                    // `#~ #, fuzzy`: a comment inside an obsolete entry, read as msgfmt does, as a comment.
                    return try consume(content, line: line)
                }
            } else if content.hasPrefix("#") {
                let kind = content.dropFirst().first
                if kind != "|", hasKeyword { try finishEntry() }
                let body = content.dropFirst(2)
                let text = String(body.hasPrefix(" ") ? body.dropFirst() : body)
                switch kind {
                case ".": entry.extractedComments.append(text)
                case ":": entry.references.append(text)
                case ",":
                    entry.flags += text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                        !$0.isEmpty
                    }
                    if text.contains("passeur-ignore:") { entry.suppressionLine = line }
                case "|":
                    previous = true
                    if hasString { try finishEntry() }
                    content = content.dropFirst(2)
                    column += 2
                    let spaces = content.prefix(while: { $0 == " " })
                    content = content.dropFirst(spaces.count)
                    column += spaces.count
                default:
                    let comment = content.dropFirst()
                    entry.translatorComments.append(String(comment.hasPrefix(" ") ? comment.dropFirst() : comment))
                }
                if !previous { return }
            }
            let leading = content.prefix(while: { $0 == " " || $0 == "\t" })
            content = content.dropFirst(leading.count)
            column += leading.count
            if content.hasPrefix("\"") {
                let value = try parseString(content, line: line, column: column)
                try appendString(
                    value, previous: previous, obsolete: obsolete, line: String(content), at: at(line, column))
                return
            }
            let keyword = content.prefix(while: { $0 != " " && $0 != "\t" && $0 != "\"" })
            let afterKeyword = content.dropFirst(keyword.count)
            let gap = afterKeyword.prefix(while: { $0 == " " || $0 == "\t" })
            let stringPart = afterKeyword.dropFirst(gap.count)
            let stringColumn = column + keyword.count + gap.count
            let keywordLocation = at(line, column)
            let newField: Field
            var indexed = false
            switch keyword {
            case "msgctxt": newField = previous ? .previousContext : .context
            case "msgid": newField = previous ? .previousID : .id
            case "msgid_plural": newField = previous ? .previousIDPlural : .idPlural
            case "msgstr" where !previous: newField = .string(0)
            default:
                let index = keyword.dropFirst(7).dropLast()
                if !previous, keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), !index.isEmpty,
                    index.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(index)
                {
                    newField = .string(n)
                    indexed = true
                } else {
                    throw Error.unexpectedLine(String(content), at: keywordLocation)
                }
            }
            guard stringPart.hasPrefix("\"") || stringPart.isEmpty else {
                throw Error.unexpectedLine(String(content), at: at(line, stringColumn))
            }
            try begin(newField, keyword: String(keyword), at: keywordLocation, obsolete: obsolete, indexed: indexed)
            // A keyword alone on its line takes its string from the next lines (Okapi writes this).
            if !stringPart.isEmpty {
                append(try parseString(stringPart, line: line, column: stringColumn), to: newField)
            }
        }

        /// Reads one of the common lines, from bytes; false for any other line.
        mutating func consumeCommon(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int) throws
            -> Bool
        {
            func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
            func string(_ from: Int, _ to: Int) -> String {
                String(decoding: bytes[from..<max(from, to)], as: UTF8.self)
            }
            var p = start
            while p < end, isBlank(bytes[p]) { p += 1 }
            if p == end { return true }
            if bytes[start] == 0x23 {
                // Obsolete and previous entries, and anything not ASCII right after the mark, go the long way.
                let kind: UInt8? = start + 1 < end ? bytes[start + 1] : nil
                if let kind, kind == 0x7E || kind == 0x7C || kind >= 0x80 { return false }
                if start + 2 < end, bytes[start + 2] >= 0x80 { return false }
                if hasKeyword { try finishEntry() }
                var body = min(start + 2, end)
                if body < end, bytes[body] == 0x20 { body += 1 }
                switch kind {
                case 0x2E: entry.extractedComments.append(string(body, end))
                case 0x3A: entry.references.append(string(body, end))
                case 0x2C:
                    guard bytes[body..<end].allSatisfy({ $0 < 0x80 }) else { return false }
                    for flag in bytes[body..<end].split(separator: 0x2C) {
                        let trimmed = flag.drop(while: isBlank).reversed().drop(while: isBlank).reversed()
                        guard !trimmed.isEmpty else { continue }
                        let text = String(decoding: trimmed, as: UTF8.self)
                        if text.hasPrefix("passeur-ignore:") { entry.suppressionLine = line }
                        entry.flags.append(text)
                    }
                default:
                    var comment = start + 1
                    if comment < end, bytes[comment] == 0x20 { comment += 1 }
                    entry.translatorComments.append(string(comment, end))
                }
                return true
            }
            let column = p - start + 1
            if bytes[p] == 0x22 {
                guard let field, !field.isPrevious, !entry.isObsolete, let value = commonString(bytes, p, end) else {
                    return false
                }
                append(value, to: field)
                return true
            }
            var k = p
            while k < end, !isBlank(bytes[k]), bytes[k] != 0x22 { k += 1 }
            let keyword = string(p, k)
            let newField: Field
            var indexed = false
            switch keyword {
            case "msgctxt": newField = .context
            case "msgid": newField = .id
            case "msgid_plural": newField = .idPlural
            case "msgstr": newField = .string(0)
            case "msgstr[0]", "msgstr[1]", "msgstr[2]", "msgstr[3]", "msgstr[4]", "msgstr[5]":
                newField = .string(Int(bytes[p + 7] - 0x30))
                indexed = true
            default: return false
            }
            var s = k
            while s < end, isBlank(bytes[s]) { s += 1 }
            guard s < end else { return false }
            guard let value = commonString(bytes, s, end) else { return false }
            try begin(newField, keyword: keyword, at: at(line, column), obsolete: false, indexed: indexed)
            append(value, to: newField)
            return true
        }

        /// A quoted string with only blanks after it, its C escapes read as `parseString` reads
        /// them; nil otherwise, and at any error (for `parseString` to report it).
        func commonString(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
            guard bytes[start] == 0x22 else { return nil }
            var i = start + 1
            var escaped: [UInt8]?
            var runStart = i
            while i < end {
                let byte = bytes[i]
                if byte == 0x22 {
                    guard bytes[(i + 1)..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return nil }
                    guard var result = escaped else { return String(decoding: bytes[runStart..<i], as: UTF8.self) }
                    result.append(contentsOf: bytes[runStart..<i])
                    return String(decoding: result, as: UTF8.self)
                }
                if byte == 0x5C {
                    guard i + 1 < end else { return nil }
                    var unescaped: UInt32
                    var next = i + 2
                    switch bytes[i + 1] {
                    case 0x6E: unescaped = 0x0A  // \n
                    case 0x74: unescaped = 0x09  // \t
                    case 0x72: unescaped = 0x0D  // \r
                    case 0x5C: unescaped = 0x5C  // \\
                    case 0x22: unescaped = 0x22  // \"
                    case 0x27: unescaped = 0x27  // \'
                    case 0x3F: unescaped = 0x3F  // \?
                    case 0x61: unescaped = 0x07  // \a
                    case 0x62: unescaped = 0x08  // \b
                    case 0x66: unescaped = 0x0C  // \f
                    case 0x76: unescaped = 0x0B  // \v
                    case 0x30...0x37:
                        // Up to three octal digits, a scalar of that value.
                        unescaped = UInt32(bytes[i + 1] - 0x30)
                        while next < end, next < i + 4, (0x30...0x37).contains(bytes[next]) {
                            unescaped = unescaped * 8 + UInt32(bytes[next] - 0x30)
                            next += 1
                        }
                    case 0x78:
                        // \x and up to eight hex digits, a scalar of that value.
                        unescaped = 0
                        var digits = 0
                        while digits < 8, next < end, let digit = Self.hexValue(bytes[next]) {
                            unescaped = unescaped &* 16 &+ digit
                            next += 1
                            digits += 1
                        }
                        guard digits > 0 else { return nil }
                    default: return nil
                    }
                    guard let scalar = Unicode.Scalar(unescaped), let encoded = UTF8.encode(scalar) else { return nil }
                    if escaped == nil { escaped = [] }
                    escaped?.append(contentsOf: bytes[runStart..<i])
                    escaped?.append(contentsOf: encoded)
                    i = next
                    runStart = i
                    continue
                }
                i += 1
            }
            return nil
        }

        /// The value of an ASCII hexadecimal digit.
        static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case 0x30...0x39: return UInt32(byte - 0x30)
            case 0x41...0x46: return UInt32(byte - 0x41 + 10)
            case 0x61...0x66: return UInt32(byte - 0x61 + 10)
            default: return nil
            }
        }

        /// Opens `newField`: a new entry for a previous field, msgctxt or msgid (after a complete
        /// entry), a new string for msgstr; anything out of msgfmt's order is an error.
        mutating func begin(
            _ newField: Field, keyword: String, at keywordLocation: SourceLocation, obsolete: Bool,
            indexed: Bool = false
        ) throws {
            try closeField()
            switch newField {
            case .previousContext, .previousID, .previousIDPlural, .context, .id:
                if hasString { try finishEntry() }
            default: break
            }
            if hasKeyword, obsolete != entry.isObsolete {
                throw Error.inconsistentObsolete(keyword, at: keywordLocation)
            }
            // `#| msgctxt` is only ever followed by `#| msgid`.
            if !newField.isPrevious, entry.previousContext != nil, entry.previousID == nil {
                throw Error.misplacedKeyword(keyword, at: keywordLocation)
            }
            switch newField {
            case .previousContext:
                guard !hasContext, !hasID, entry.previousContext == nil, entry.previousID == nil else {
                    throw Error.misplacedKeyword(keyword, at: keywordLocation)
                }
                entry.previousContext = ""
            case .previousID:
                guard !hasContext, !hasID, entry.previousID == nil else {
                    throw Error.misplacedKeyword(keyword, at: keywordLocation)
                }
                entry.previousID = ""
            case .previousIDPlural:
                guard !hasContext, !hasID, entry.previousID != nil, entry.previousIDPlural == nil else {
                    throw Error.misplacedKeyword(keyword, at: keywordLocation)
                }
                entry.previousIDPlural = ""
            case .context:
                guard !hasContext, !hasID else {
                    throw hasID
                        ? Error.missingTranslation(at: entry.location ?? keywordLocation)
                        : Error.misplacedKeyword(keyword, at: keywordLocation)
                }
                hasContext = true
                entry.context = ""
            case .id:
                guard !hasID else { throw Error.missingTranslation(at: entry.location ?? keywordLocation) }
                hasID = true
                entry.location = keywordLocation
            case .idPlural:
                guard hasID, !hasString, entry.idPlural == nil else {
                    throw Error.misplacedKeyword(keyword, at: keywordLocation)
                }
                entry.idPlural = ""
            case .string(let n):
                guard hasID else { throw Error.misplacedKeyword(keyword, at: keywordLocation) }
                if indexed {
                    guard entry.idPlural != nil else { throw Error.missingPluralID(keyword, at: keywordLocation) }
                    guard !hasString || indexedStrings else {
                        throw Error.misplacedKeyword(keyword, at: keywordLocation)
                    }
                    let expected = hasString ? entry.strings.count : 0
                    guard n == expected else {
                        throw Error.wrongPluralIndex(keyword, expected: expected, at: keywordLocation)
                    }
                } else {
                    guard entry.idPlural == nil else {
                        throw Error.missingPluralTranslation(at: keywordLocation)
                    }
                    guard !hasString else { throw Error.misplacedKeyword(keyword, at: keywordLocation) }
                }
                if !hasString {
                    entry.strings = []
                    entry.stringLocation = keywordLocation
                }
                entry.strings.append("")
                hasString = true
                indexedStrings = indexed
            }
            if !hasKeyword {
                hasKeyword = true
                entry.isObsolete = obsolete
                firstKeywordLocation = keywordLocation
            }
            field = newField
            fieldLocation = keywordLocation
            fieldHasString = false
        }

        /// Appends a string line's value to the open field, which must be of the same kind
        /// (a `#|` string continues a previous field, a `#~` string an obsolete entry).
        mutating func appendString(
            _ value: String, previous: Bool, obsolete: Bool, line: String, at location: SourceLocation
        ) throws {
            guard let field, field.isPrevious == previous, obsolete == entry.isObsolete else {
                throw Error.unexpectedLine(line, at: location)
            }
            append(value, to: field)
        }

        mutating func append(_ value: String, to field: Field) {
            fieldHasString = true
            switch field {
            case .context: entry.context = (entry.context ?? "") + value
            case .id: entry.id += value
            case .idPlural: entry.idPlural = (entry.idPlural ?? "") + value
            case .string(let n): entry.strings[n] += value
            case .previousContext: entry.previousContext = (entry.previousContext ?? "") + value
            case .previousID: entry.previousID = (entry.previousID ?? "") + value
            case .previousIDPlural: entry.previousIDPlural = (entry.previousIDPlural ?? "") + value
            }
        }

        /// Parses `"…"` with C escapes; only white space may follow the closing quote.
        func parseString(_ s: Substring, line: Int, column: Int) throws -> String {
            // Fast path: no backslash before the closing quote, only spaces after it.
            let bytes = s.utf8
            if let close = bytes.dropFirst().firstIndex(where: { $0 == 0x22 || $0 == 0x5C }), bytes[close] == 0x22,
                bytes[bytes.index(after: close)...].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
            {
                return String(s[s.index(after: s.startIndex)..<close])
            }
            var scalars = s.unicodeScalars.dropFirst()
            var result = String.UnicodeScalarView()
            var col = column + 1
            while let c = scalars.first {
                scalars = scalars.dropFirst()
                if c == "\"" {
                    let rest = String(scalars)
                    guard rest.allSatisfy({ $0 == " " || $0 == "\t" }) else {
                        throw Error.unexpectedLine(rest, at: at(line, col + 1))
                    }
                    return String(result)
                }
                if c == "\\" {
                    guard let e = scalars.first else { throw Error.unterminatedString(at: at(line, column)) }
                    scalars = scalars.dropFirst()
                    switch e {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "r": result.append("\r")
                    case "\\": result.append("\\")
                    case "\"": result.append("\"")
                    case "'": result.append("'")
                    case "?": result.append("?")
                    case "a": result.append("\u{7}")
                    case "b": result.append("\u{8}")
                    case "f": result.append("\u{C}")
                    case "v": result.append("\u{B}")
                    case "x":
                        var value: UInt32 = 0
                        var digits = 0
                        while digits < 8, let d = scalars.first, d.isASCII, let digit = Int(String(d), radix: 16) {
                            value = value * 16 + UInt32(digit)
                            scalars = scalars.dropFirst()
                            digits += 1
                        }
                        guard digits > 0, let scalar = Unicode.Scalar(value) else {
                            throw Error.invalidEscape("\\x", at: at(line, col))
                        }
                        result.append(scalar)
                        col += digits
                    case "0"..."7":
                        var value = e.value - 0x30
                        var digits = 1
                        while digits < 3, let d = scalars.first, ("0"..."7").contains(d) {
                            value = value * 8 + d.value - 0x30
                            scalars = scalars.dropFirst()
                            digits += 1
                        }
                        result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                        col += digits - 1
                    default:
                        throw Error.invalidEscape("\\\(e)", at: at(line, col))
                    }
                    col += 2
                    continue
                }
                result.append(c)
                col += 1
            }
            throw Error.unterminatedString(at: at(line, column))
        }
    }
}
