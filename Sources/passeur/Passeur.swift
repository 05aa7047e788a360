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
            if let misspelt = misspeltCommand(Array(CommandLine.arguments.dropFirst())) { throw misspelt }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ErrorRenderer.exit(with: error, root: Passeur.self)
        }
    }

    /// A first argument that names no command but is close to one (`passeur chek`): the usage
    /// error that names the command meant, which the parser would report as unexpected arguments.
    static func misspeltCommand(_ arguments: [String]) -> CommandFailure? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first), let closest = TextSimilarity.closest(to: first, among: names) else { return nil }
        return CommandFailure(
            message: "error: unknown command '\(first.escapedForMessage)'; did you mean '\(closest)'? (see --help)",
            exitCode: ExitCode(2))
    }
}
