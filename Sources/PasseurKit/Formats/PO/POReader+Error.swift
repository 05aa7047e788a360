extension POReader {
    /// Why a PO file was refused; every case says where. The reader refuses what `msgfmt -c`
    /// refuses as syntax, so a catalog Passeur reads is one gettext compiles.
    public enum Error: LocatedError, Equatable {
        /// A string has no closing quote on its line.
        case unterminatedString(at: SourceLocation)
        /// A backslash escape gettext does not know.
        case invalidEscape(String, at: SourceLocation)
        /// A line that is neither a comment, a keyword line nor a string.
        case unexpectedLine(String, at: SourceLocation)
        /// A keyword where it cannot be (msgstr before msgid, a second msgstr, …).
        case misplacedKeyword(String, at: SourceLocation)
        /// A keyword with no string after it.
        case keywordWithoutString(at: SourceLocation)
        /// An entry without `msgstr` (the location is its `msgid`).
        case missingTranslation(at: SourceLocation)
        /// A plural entry without `msgstr[0]`, or with a plain `msgstr`.
        case missingPluralTranslation(at: SourceLocation)
        /// `msgctxt` or previous fields with no `msgid` after them.
        case missingID(at: SourceLocation)
        /// `msgstr[n]` in an entry without `msgid_plural`.
        case missingPluralID(String, at: SourceLocation)
        /// `msgstr[n]` out of order: `expected` was due.
        case wrongPluralIndex(String, expected: Int, at: SourceLocation)
        /// A keyword obsolete (`#~`) in an entry that is not, or the other way round.
        case inconsistentObsolete(String, at: SourceLocation)
        /// Two active (or two obsolete) entries with the same context and source.
        case duplicateMessage(String, firstAt: SourceLocation, at: SourceLocation)
        /// A charset the reader cannot decode.
        case unsupportedCharset(String, at: SourceLocation)
        /// A `Plural-Forms` header whose `nplurals` is not a number from 1 to 100.
        case invalidPluralForms(String, at: SourceLocation)
        /// A translated plural entry whose number of forms is not the header's `nplurals`.
        case pluralFormCount(found: Int, expected: Int, at: SourceLocation)
        /// A file without a single entry, not even the header.
        case emptyCatalog(at: SourceLocation)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .unterminatedString(let at), .invalidEscape(_, let at), .unexpectedLine(_, let at),
                .misplacedKeyword(_, let at), .keywordWithoutString(let at), .missingTranslation(let at),
                .missingPluralTranslation(let at), .missingID(let at), .missingPluralID(_, let at),
                .wrongPluralIndex(_, _, let at), .inconsistentObsolete(_, let at), .duplicateMessage(_, _, let at),
                .unsupportedCharset(_, let at), .invalidPluralForms(_, let at), .pluralFormCount(_, _, let at),
                .emptyCatalog(let at):
                return at
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .unterminatedString: return "unterminated string"
            case .invalidEscape(let e, _): return "invalid escape sequence '\(e.quotedForMessage(limit: 8))'"
            case .unexpectedLine(let l, _): return "unexpected text '\(l.quotedForMessage(limit: 40))'"
            case .misplacedKeyword(let k, _): return "'\(k.quotedForMessage(limit: 20))' is not allowed here"
            case .keywordWithoutString: return "keyword without a string"
            case .missingTranslation: return "entry has no msgstr"
            case .missingPluralTranslation: return "plural entry has no msgstr[0]"
            case .missingID: return "msgctxt or previous fields with no msgid after them"
            case .missingPluralID(let k, _):
                return "'\(k.quotedForMessage(limit: 20))' in an entry without msgid_plural"
            case .wrongPluralIndex(let k, let expected, _):
                return "'\(k.quotedForMessage(limit: 20))' out of order: msgstr[\(expected)] was expected"
            case .inconsistentObsolete(let k, _):
                return "'\(k.quotedForMessage(limit: 20))' mixes obsolete (#~) and active lines in one entry"
            case .duplicateMessage(let id, let first, _):
                return
                    "duplicate message '\(id.quotedForMessage(limit: 40))' (first defined at \(first.line):\(first.column))"
            case .unsupportedCharset(let c, _): return "unsupported charset '\(c.quotedForMessage(limit: 30))'"
            case .invalidPluralForms(let value, _):
                return "invalid Plural-Forms '\(value.quotedForMessage(limit: 40))': nplurals must be 1 to 100"
            case .pluralFormCount(let found, let expected, _):
                return "plural entry has \(found) form\(found == 1 ? "" : "s") but the header's nplurals is \(expected)"
            case .emptyCatalog: return "the catalog has no entry, not even a header"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .unterminatedString: return "close the string with \" on the same line"
            case .invalidEscape: return "use \\n, \\t, \\\\ or \\\" (write a literal backslash as \\\\)"
            case .unexpectedLine, .misplacedKeyword, .inconsistentObsolete, .keywordWithoutString, .missingID:
                return "fix the PO syntax: msgctxt, msgid, msgid_plural, then msgstr, each with a \"string\""
            case .missingTranslation: return "add msgstr \"\" after the msgid"
            case .missingPluralTranslation: return "write msgstr[0] \"\", msgstr[1] \"\"… after msgid_plural"
            case .missingPluralID: return "add msgid_plural, or write msgstr instead of msgstr[n]"
            case .wrongPluralIndex: return "number the msgstr[n] lines from 0 without gaps"
            case .duplicateMessage: return "merge the two entries or give one a msgctxt"
            case .unsupportedCharset: return "convert the file to UTF-8 with msgconv --to-code=UTF-8"
            case .invalidPluralForms: return "use the Plural-Forms line of the gettext manual for the language"
            case .pluralFormCount: return "give every translated plural entry as many msgstr[n] as nplurals"
            case .emptyCatalog:
                return "restore it from version control, or delete it and run passeur extract to start a new one"
            }
        }
    }
}
