import ArgumentParser
import PasseurKit

/// `passeur glossary suggest`: candidate terms the glossary lacks.
struct GlossarySuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Propose terms from the source documents that the glossary does not have yet.")

    @OptionGroup var options: ProjectOptions

    @Option(help: "How many candidates to print.")
    var limit = 30

    func run() throws {
        let suggestions = try options.project().suggestTerms(limit: limit)
        print(GlossarySuggestionTable(suggestions: suggestions).render(), terminator: "")
    }
}
