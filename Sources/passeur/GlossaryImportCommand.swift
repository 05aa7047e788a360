import ArgumentParser
import PasseurKit

/// `passeur glossary import`: a TBX or CSV term base converted to the YAML form.
struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a TBX or CSV term base and write it as Passeur's YAML.",
        discussion: """
            Nothing is overwritten unless -o names the file: review the YAML, then merge it into \
            Glossary/bitcoin.yaml by hand or replace the file.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tbx, csv
    }

    @Argument(help: "The TBX or CSV file.")
    var file: String

    @Option(help: "tbx or csv (default: from the file's extension).")
    var format: Format?

    @Option(help: "The term base's name, for CSV files, which have none.")
    var name = "glossary"

    @Option(name: .shortAndLong, help: "The YAML file to write (atomically); standard output by default.")
    var output: String?

    func run() throws {
        let kind = format ?? (file.lowercased().hasSuffix(".csv") ? .csv : .tbx)
        let glossary: Glossary
        switch kind {
        case .tbx: glossary = try Glossary.readTBX(path: file)
        case .csv: glossary = try Glossary(csv: TextFile.read(file), file: file, name: name)
        }
        let yaml = try glossary.verifiedYAML(file: output ?? "<standard output>")
        if let output {
            try TextFile.writeAtomically(yaml, to: output)
        } else {
            print(yaml, terminator: "")
        }
    }
}
