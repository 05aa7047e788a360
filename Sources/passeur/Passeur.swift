import ArgumentParser
import Foundation
import PasseurKit

/// The `passeur` command: translating long-form writing into many languages.
@main
struct Passeur: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passeur",
        abstract: "Segment, translate, check and publish long-form writing in many languages.",
        version: PasseurVersion.current,
        subcommands: [
            SegmentCommand.self,
            ExtractCommand.self,
            StatsCommand.self,
            CheckCommand.self,
            GlossaryCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            PretranslateCommand.self,
            MemoryCommand.self,
            BuildCommand.self,
        ]
    )

    /// Runs the command, mapping errors to the exit codes of the design:
    /// 0 success, 1 problems found, 2 bad usage or unreadable input.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any LocatedError {
            Diagnostics.error(error.description)
            Foundation.exit(2)
        } catch let error as ICUError {
            Diagnostics.error("error: \(error)".escapedForMessage)
            Foundation.exit(2)
        } catch let error as ExitCode {
            exit(withError: error)
        } catch {
            let code = exitCode(for: error)
            // Help and version exit with 0, as the parser says.
            if code == .success { exit(withError: error) }
            if code == .validationFailure {
                Diagnostics.error(("error: " + message(for: error) + " (see --help)").escapedForMessage)
                Foundation.exit(2)
            }
            // Anything else is an unreadable input or an unexpected failure: never exit 1, the
            // code for findings.
            Diagnostics.error("error: \(String(describing: error).escapedForMessage)")
            Foundation.exit(2)
        }
    }
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
    fileprivate var escapedForMessage: String {
        split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ").quotedForMessage(limit: 400)
    }
}
