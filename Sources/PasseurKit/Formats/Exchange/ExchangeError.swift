import Foundation

/// Why an exchange file (XLIFF, TMX, CSV, PO) was refused on import.
public enum ExchangeError: LocatedError, Equatable {
    /// The XML is not well formed.
    case malformedXML(String, at: SourceLocation)
    /// A DOCTYPE or entity declaration: Passeur never expands entities.
    case doctypeNotAllowed(at: SourceLocation)
    /// The root element is not one the reader knows.
    case unknownFormat(String, at: SourceLocation)
    /// Neither the file's extension nor its content says which format it is.
    case unknownExtension(String, at: SourceLocation)
    /// The file's languages are not the project's source and the asked target.
    case wrongLanguagePair(expected: String, found: String, at: SourceLocation)
    /// The file's document is not one of the project's.
    case otherDocument(String, at: SourceLocation)
    /// The file does not say which target language it holds.
    case missingTargetLanguage(at: SourceLocation)
    /// A required column or field is missing.
    case missingField(String, at: SourceLocation)
    /// A state that is not one of Passeur's (new, fuzzy, translated, reviewed, final).
    case unknownState(String, at: SourceLocation)
    /// A file with no translation unit at all: empty, or not what its name says.
    case noUnits(at: SourceLocation)

    /// Where the problem is.
    public var location: SourceLocation {
        switch self {
        case .malformedXML(_, let at), .doctypeNotAllowed(let at), .unknownFormat(_, let at),
            .unknownExtension(_, let at),
            .wrongLanguagePair(_, _, let at), .otherDocument(_, let at), .missingTargetLanguage(let at),
            .missingField(_, let at), .unknownState(_, let at), .noUnits(let at):
            return at
        }
    }

    /// What is wrong, in one line.
    public var message: String {
        switch self {
        case .malformedXML(let reason, _): return reason
        case .doctypeNotAllowed: return "DOCTYPE and entity declarations are not allowed"
        case .unknownFormat(let root, _):
            return "unknown file format (root element <\(root.quotedForMessage(limit: 30))>)"
        case .unknownExtension(let ext, _):
            return "cannot tell the format from the extension '.\(ext.quotedForMessage(limit: 20))' or the content"
        case .wrongLanguagePair(let expected, let found, _): return "language pair \(found), expected \(expected)"
        case .otherDocument(let original, _):
            return "the file is for '\(original.quotedForMessage())', not a document of this project"
        case .missingTargetLanguage: return "the file does not declare its target language"
        case .missingField(let name, _): return "missing '\(name)'"
        case .unknownState(let state, _): return "unknown state '\(state.quotedForMessage(limit: 30))'"
        case .noUnits: return "the file holds no translation unit"
        }
    }

    /// What the user can do about it.
    public var hint: String {
        switch self {
        case .malformedXML: return "fix the XML or export the file again"
        case .doctypeNotAllowed: return "remove the DOCTYPE; exchange files need none"
        case .unknownFormat: return "give an XLIFF 1.2/2.x, TMX, CSV or PO file"
        case .unknownExtension: return "name it .xlf, .tmx, .csv or .po, or pass --format"
        case .wrongLanguagePair: return "import it with the matching --locale, or export the right locale again"
        case .otherDocument: return "import it into the project it was exported from"
        case .missingTargetLanguage: return "pass --locale"
        case .missingField: return "export the file again with passeur export"
        case .unknownState: return "use new, fuzzy, translated, reviewed or final, or leave it empty"
        case .noUnits: return "check that this is the file you exported (passeur export writes one unit per segment)"
        }
    }
}
