import ArgumentParser
import Foundation
import PasseurKit

/// The one place where an error becomes what the user sees: one line on standard error and
/// the exit code of the design (0 success, 1 problems found, 2 bad usage or unreadable input).
///
/// Commands only throw: a `LocatedError` from PasseurKit prints as
/// `file:line:column: error: message; hint`, an ArgumentParser usage error as
/// `error: message (see --help)`, a ``CommandFailure`` as its message, anything else as
/// `error: description`. Help and version print as the parser prints them and exit with 0;
/// an `ExitCode` exits with its code and prints nothing.
enum ErrorRenderer {
    /// What an error becomes.
    enum Outcome: Equatable {
        /// One line on standard error, then this exit code.
        case line(String, exitCode: Int32)
        /// Left to the parser, which prints help, version or nothing, and exits with its own code.
        case parser
    }

    /// What `error` becomes when a command of `Root` throws it.
    static func outcome<Root: ParsableCommand>(for error: any Error, root: Root.Type) -> Outcome {
        switch error {
        case let error as any LocatedError:
            return .line(error.description, exitCode: 2)
        case let error as CommandFailure:
            return .line(error.message.escapedForMessage, exitCode: error.exitCode.rawValue)
        case let error as ICUError:
            return .line("error: \(error)".escapedForMessage, exitCode: 2)
        case is ExitCode:
            return .parser
        default:
            let code = Root.exitCode(for: error)
            // Help and version exit with 0, as the parser says.
            if code == .success { return .parser }
            if code == .validationFailure {
                return .line(("error: " + Root.message(for: error) + " (see --help)").escapedForMessage, exitCode: 2)
            }
            // Anything else is an unreadable input or an unexpected failure: never exit 1, the
            // code for findings.
            return .line("error: \(String(describing: error).escapedForMessage)", exitCode: 2)
        }
    }

    /// Prints what `error` becomes and exits.
    static func exit<Root: ParsableCommand>(with error: any Error, root: Root.Type) -> Never {
        switch outcome(for: error, root: root) {
        case .line(let line, let exitCode):
            Diagnostics.error(line)
            Foundation.exit(exitCode)
        case .parser:
            Root.exit(withError: error)
        }
    }
}

/// A failure a command reports in its own words, with its exit code: printed as is, on one line.
struct CommandFailure: Error {
    /// What went wrong and what to do, in one line.
    var message: String
    /// The exit code: 1 for "nothing found", 2 for bad input.
    var exitCode: ExitCode
}

/// Where the command writes what is not its output.
enum Diagnostics {
    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

extension String {
    /// The text as one line: what the parser or a library says may span lines or hold control characters.
    var escapedForMessage: String {
        split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ").quotedForMessage(limit: 400)
    }
}
