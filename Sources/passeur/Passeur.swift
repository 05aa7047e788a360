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
            Diagnostics.error("error: \(error)")
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Diagnostics.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
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
