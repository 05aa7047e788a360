import ArgumentParser
import PasseurKit

/// `passeur import`: translations back from a translator's file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import translations from an XLIFF, TMX, CSV or PO file into its catalog.",
        discussion: """
            Only units whose id or source matches the catalog are touched. A unit whose source \
            changed since the export is reported, not applied; a reviewed or final translation is \
            replaced only with --force. Exporting and importing an untouched file changes nothing.
            """)

    @Argument(help: "The file to import.")
    var file: String

    @OptionGroup var options: ProjectOptions

    @Option(name: .shortAndLong, help: "The target locale, when the file does not say.")
    var locale: String?

    @Option(help: "The document, when the file does not say and the project has several.")
    var document: String?

    @Flag(help: "Show what would change without writing.")
    var dryRun = false

    @Flag(help: "Replace reviewed and final translations too.")
    var force = false

    func run() throws {
        let project = try options.project()
        let report = try project.importTranslations(
            path: file, locale: locale, document: document, dryRun: dryRun, force: force)
        print(ImportReportText(report: report, dryRun: dryRun).render(), terminator: "")
    }
}
