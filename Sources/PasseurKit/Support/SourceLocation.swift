/// A position in a file, printed the way compilers print it: `path:line:column`.
///
/// Lines and columns are 1-based; a column counts Unicode scalars (characters
/// as an editor shows them for the article's text), not bytes.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The file path as the user gave it or as the project names it.
    public var file: String
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`.
    public var description: String { "\(file):\(line):\(column)" }

    /// The order used for sorting.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// An error the user can cause and fix: it says where, what, and what to do.
///
/// The command-line tool prints it as `file:line:column: error: message (hint)`
/// and exits with status 2.
public protocol LocatedError: Error, CustomStringConvertible {
    /// Where the problem is.
    var location: SourceLocation { get }
    /// What is wrong, in one line.
    var message: String { get }
    /// What the user can do about it.
    var hint: String { get }
}

extension LocatedError {
    /// The one-line rendering: `file:line:column: error: message; hint`. Whatever the input held,
    /// the result is one line: control characters and line separators are escaped.
    public var description: String {
        let line = hint.isEmpty ? "\(location): error: \(message)" : "\(location): error: \(message); \(hint)"
        return line.escapedForOneLine
    }
}
