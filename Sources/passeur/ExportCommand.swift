import ArgumentParser
import PasseurKit

/// `passeur export`: a catalog in the format a translator's tool reads.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a locale's catalog as XLIFF 2.1, XLIFF 1.2, TMX, CSV or PO.",
        discussion: """
            XLIFF 2.1 carries the glossary terms of each segment (gls module) and the translation \
            memory's candidates (mtc module). Inline Markdown becomes <pc>/<ph> (2.1), <g>/<x/> (1.2) \
            or <bpt>/<ept>/<ph> (TMX) and comes back as the same Markdown on import.
            """)

    @OptionGroup var options: TargetOptions

    @Option(help: "The document, when the project has several.")
    var document: String?

    @Option(help: "xliff (2.1), xliff12, tmx, csv or po.")
    var format: Project.ExchangeFormat = .xliff

    @Option(help: "Memory candidates in XLIFF 2.1 from this score up (0–100).")
    var minScore = 75

    @Option(name: .shortAndLong, help: "The file to write (atomically); standard output by default.")
    var output: String?

    func run() throws {
        let project = try options.project()
        guard options.locale.count == 1, let locale = try project.targets(options.locale).first else {
            throw ValidationError("export needs exactly one --locale")
        }
        let memory = format == .xliff ? try project.memory(for: locale) : nil
        let text = try project.export(
            locale: locale, document: project.document(document), format: format, memory: memory, minScore: minScore)
        if let output { try TextFile.writeAtomically(text, to: output) } else { print(text, terminator: "") }
    }
}
