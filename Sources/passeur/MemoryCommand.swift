import ArgumentParser
import PasseurKit

/// `passeur tm`: the translation memory.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm", abstract: "Import TMX files into the translation memory and search it.",
        subcommands: [MemoryImportCommand.self, MemorySearchCommand.self])
}

/// `passeur tm import FILE.tmx`.
struct MemoryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Add a TMX file's units to the project's memory (Locales/memory/).")

    @Argument(help: "The TMX file.")
    var file: String

    @OptionGroup var options: ProjectOptions

    func run() throws {
        let (stored, units) = try options.project().importMemory(file)
        print("\(stored): \(units) units")
    }
}

/// `passeur tm search TEXT`: concordance, and fuzzy matches.
struct MemorySearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find TEXT in the memory's sources and targets, and similar sources.")

    @OptionGroup var options: TargetOptions

    @Argument(help: "The words to look for.")
    var text: String

    @Option(help: "How many results to print per locale.")
    var limit = 20

    func run() throws {
        let project = try options.project()
        for locale in try project.targets(options.locale) {
            let memory = try project.memory(for: locale)
            let report = MemorySearchText(
                locale: locale.identifier, concordance: memory.concordance(text, limit: limit),
                fuzzy: memory.search(text, minScore: 50, limit: limit))
            print(report.render(), terminator: "")
        }
    }
}
