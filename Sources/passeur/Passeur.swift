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

    /// Runs the command; whatever it throws, ``ErrorRenderer`` prints and turns into the exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ErrorRenderer.exit(with: error, root: Passeur.self)
        }
    }
}
