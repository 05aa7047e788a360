import Foundation

/// Failures to read or write a file, before its contents are even parsed.
public enum FileError: LocatedError, Equatable {
    /// The file does not exist or cannot be opened.
    case unreadable(path: String, reason: String)
    /// The bytes are not valid UTF-8; the location points at the first bad byte.
    case invalidUTF8(at: SourceLocation)
    /// The file could not be written (the old file, if any, is left whole).
    case unwritable(path: String, reason: String)

    /// Where the problem is.
    public var location: SourceLocation {
        switch self {
        case .unreadable(let path, _), .unwritable(let path, _):
            return SourceLocation(file: path, line: 1, column: 1)
        case .invalidUTF8(let at):
            return at
        }
    }

    /// What is wrong, in one line.
    public var message: String {
        switch self {
        case .unreadable(_, let reason): return "cannot read file: \(reason)"
        case .invalidUTF8: return "invalid UTF-8 byte sequence"
        case .unwritable(_, let reason): return "cannot write file: \(reason)"
        }
    }

    /// What the user can do about it.
    public var hint: String {
        switch self {
        case .unreadable: return "check the path"
        case .invalidUTF8: return "convert the file to UTF-8 (for example with iconv)"
        case .unwritable: return "check that the folder exists and is writable"
        }
    }
}
