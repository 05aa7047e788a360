import ArgumentParser
import PasseurKit

/// `passeur glossary list`: every concept with its preferred terms.
struct GlossaryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the concepts with their preferred term in each locale.")

    @OptionGroup var options: TargetOptions

    @Option(help: "Only concepts of this domain (slang, technical, economics, people, culture, business).")
    var domain: String?

    func run() throws {
        let project = try options.project()
        let report = GlossaryReport(glossary: try project.glossary())
        print(report.list(locales: try project.targets(options.locale), domain: domain), terminator: "")
    }
}
