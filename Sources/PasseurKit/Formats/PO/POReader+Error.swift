extension POReader {
    /// Why a PO file was refused; every case says where.
    public enum Error: LocatedError, Equatable {
        /// A string has no closing quote on its line.
        case unterminatedString(at: SourceLocation)
        /// A backslash escape gettext does not know.
        case invalidEscape(String, at: SourceLocation)
        /// A line that is neither a comment, a keyword line nor a string.
        case unexpectedLine(String, at: SourceLocation)
        /// A keyword where it cannot be (msgstr before msgid, …).
        case misplacedKeyword(String, at: SourceLocation)
        /// An entry without `msgstr`.
        case missingTranslation(at: SourceLocation)
        /// Two active entries with the same context and source.
        case duplicateMessage(String, firstAt: SourceLocation, at: SourceLocation)
        /// A charset the reader cannot decode.
        case unsupportedCharset(String, at: SourceLocation)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .unterminatedString(let at), .invalidEscape(_, let at), .unexpectedLine(_, let at),
                .misplacedKeyword(_, let at), .missingTranslation(let at), .duplicateMessage(_, _, let at),
                .unsupportedCharset(_, let at):
                return at
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .unterminatedString: return "unterminated string"
            case .invalidEscape(let e, _): return "invalid escape sequence '\(e)'"
            case .unexpectedLine(let l, _): return "unexpected text '\(l.prefix(30))'"
            case .misplacedKeyword(let k, _): return "'\(k)' is not allowed here"
            case .missingTranslation: return "entry has no msgstr"
            case .duplicateMessage(let id, let first, _):
                return "duplicate message '\(id.prefix(40))' (first defined at \(first.line):\(first.column))"
            case .unsupportedCharset(let c, _): return "unsupported charset '\(c)'"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .unterminatedString: return "close the string with \" on the same line"
            case .invalidEscape: return "use \\n, \\t, \\\\ or \\\" (write a literal backslash as \\\\)"
            case .unexpectedLine, .misplacedKeyword: return "fix the PO syntax (msgctxt, msgid, msgid_plural, msgstr)"
            case .missingTranslation: return "add msgstr \"\" after the msgid"
            case .duplicateMessage: return "merge the two entries or give one a msgctxt"
            case .unsupportedCharset: return "convert the file to UTF-8 with msgconv --to-code=UTF-8"
            }
        }
    }
}
