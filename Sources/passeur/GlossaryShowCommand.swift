import ArgumentParser
import PasseurKit

/// `passeur glossary show TERM`: a concept in full, found by id or by any of its terms.
struct GlossaryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show every term, status and note of the concepts matching TERM.")

    @OptionGroup var options: TargetOptions

    @Argument(help: "A concept id or a term in any locale (case-insensitive).")
    var term: String

    func run() throws {
        let project = try options.project()
        // A locale given here must be one of the project's, even where the command shows them all.
        _ = try project.targets(options.locale)
        let text = GlossaryReport(glossary: try project.glossary()).show(term)
        guard !text.isEmpty else {
            throw CommandFailure(
                message:
                    "no concept has the id or term '\(term.quotedForMessage(limit: 200))'; try passeur glossary list",
                exitCode: ExitCode(1))
        }
        print(text, terminator: "")
    }
}
