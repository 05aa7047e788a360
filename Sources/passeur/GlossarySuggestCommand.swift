import ArgumentParser
import PasseurKit

/// `passeur glossary suggest`: candidate terms the glossary lacks.
struct GlossarySuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Propose terms from the source documents that the glossary does not have yet.")

    @OptionGroup var options: TargetOptions

    @Option(help: "How many candidates to print.")
    var limit = 30

    func run() throws {
        let project = try options.project()
        // A locale given here must be one of the project's, even though suggestions are of source terms.
        _ = try project.targets(options.locale)
        let suggestions = try project.suggestTerms(limit: limit)
        print(GlossarySuggestionTable(suggestions: suggestions).render(), terminator: "")
    }
}
