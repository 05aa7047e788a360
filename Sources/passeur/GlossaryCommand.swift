import ArgumentParser

/// `passeur glossary`: the term base of the project.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Look up, check, suggest, export and import the project's term base.",
        subcommands: [
            GlossaryCheckCommand.self,
            GlossaryListCommand.self,
            GlossaryShowCommand.self,
            GlossarySuggestCommand.self,
            GlossaryExportCommand.self,
            GlossaryImportCommand.self,
        ]
    )
}
