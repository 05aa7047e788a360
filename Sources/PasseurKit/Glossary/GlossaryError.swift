/// Why a term base (YAML, TBX or CSV) was refused.
public enum GlossaryError: LocatedError, Equatable {
    /// The file does not parse.
    case syntax(String, at: SourceLocation)
    /// A key the term base does not know.
    case unknownKey(String, at: SourceLocation)
    /// A required key is missing.
    case missingKey(String, at: SourceLocation)
    /// A value of the wrong kind.
    case wrongType(key: String, expected: String, at: SourceLocation)
    /// Two concepts with the same id.
    case duplicateConcept(String, firstAt: SourceLocation, at: SourceLocation)
    /// Terms for a locale the term base does not declare.
    case undeclaredLocale(String, at: SourceLocation)
    /// A term with no text.
    case emptyTerm(at: SourceLocation)
    /// The same term listed as forbidden and as preferred or admitted in one locale.
    case conflictingStatus(String, at: SourceLocation)
    /// A status other than preferred, admitted, forbidden.
    case unknownStatus(String, at: SourceLocation)
    /// A file whose extension names another kind of file (`.po`, `.xlf`, `.tmx`…), given as a term base.
    case notATermBase(extension: String, at: SourceLocation)

    /// Where the problem is.
    public var location: SourceLocation {
        switch self {
        case .syntax(_, let at), .unknownKey(_, let at), .missingKey(_, let at), .wrongType(_, _, let at),
            .duplicateConcept(_, _, let at), .undeclaredLocale(_, let at), .emptyTerm(let at),
            .conflictingStatus(_, let at), .unknownStatus(_, let at), .notATermBase(_, let at):
            return at
        }
    }

    /// What is wrong, in one line.
    public var message: String {
        switch self {
        case .syntax(let problem, _): return "cannot read the term base: \(problem.quotedForMessage(limit: 200))"
        case .unknownKey(let key, _): return "unknown key '\(key.quotedForMessage())'"
        case .missingKey(let key, _): return "missing key '\(key.quotedForMessage())'"
        case .wrongType(let key, let expected, _): return "'\(key.quotedForMessage())' must be \(expected)"
        case .duplicateConcept(let id, let first, _):
            return "duplicate concept id '\(id.quotedForMessage())' (first at line \(first.line))"
        case .undeclaredLocale(let locale, _):
            return "locale '\(locale.quotedForMessage())' is not in the term base's locales"
        case .emptyTerm: return "empty term"
        case .conflictingStatus(let term, _): return "term '\(term.quotedForMessage())' is both forbidden and allowed"
        case .unknownStatus(let status, _): return "unknown status '\(status.quotedForMessage())'"
        case .notATermBase(let kind, _): return "a .\(kind.quotedForMessage(limit: 20)) file is not a term base"
        }
    }

    /// What the user can do about it.
    public var hint: String {
        switch self {
        case .syntax: return "fix the file's syntax"
        case .unknownKey, .missingKey, .wrongType: return "see Glossary/README.md for the schema"
        case .duplicateConcept: return "give each concept its own id"
        case .undeclaredLocale: return "add the locale to 'locales' or fix its spelling"
        case .emptyTerm: return "write the term or remove the entry"
        case .conflictingStatus: return "keep one status for the term"
        case .unknownStatus: return "use preferred, admitted or forbidden"
        case .notATermBase: return "give a term base in Passeur YAML (.yaml), TBX (.tbx) or CSV (.csv)"
        }
    }
}
