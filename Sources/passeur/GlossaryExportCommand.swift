import ArgumentParser
import PasseurKit

/// `passeur glossary export`: the term base as TBX or CSV for other tools.
struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the term base as TBX (TBX-Basic), full CSV, or Weblate's bilingual CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tbx, csv
        case weblateCSV = "weblate-csv"
    }

    @OptionGroup var options: TargetOptions

    @Option(help: "tbx, csv (every field, one row per term) or weblate-csv (source,target for one --locale).")
    var format: Format

    @Option(name: .shortAndLong, help: "The file to write (atomically); standard output by default.")
    var output: String?

    func run() throws {
        let project = try options.project()
        let glossary = try project.glossary()
        let text: String
        switch format {
        case .tbx: text = glossary.tbx
        case .csv: text = glossary.csv
        case .weblateCSV:
            guard let locale = try project.targets(options.locale).first, options.locale.count == 1 else {
                throw ValidationError("weblate-csv needs exactly one --locale")
            }
            text = glossary.weblateCSV(for: locale)
        }
        if let output { try TextFile.writeAtomically(text, to: output) } else { print(text, terminator: "") }
    }
}
