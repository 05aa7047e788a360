import ArgumentParser
import PasseurKit

/// `passeur extract`: create or update the catalogs from the source documents.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Create or update each target locale's PO catalog from the source documents.",
        discussion: """
            msgmerge's semantics: new segments are added untranslated, a changed segment keeps its old \
            translation as fuzzy with the previous source (#| msgid), a removed one becomes obsolete (#~). \
            Nothing a translator wrote is deleted.
            """
    )

    @OptionGroup var options: TargetOptions

    @Flag(help: "Show what would change without writing.")
    var dryRun = false

    func run() throws {
        let project = try options.project()
        let reports = try project.extract(locales: project.targets(options.locale), dryRun: dryRun)
        for report in reports {
            let s = report.summary
            let verb = report.created ? "created" : report.changed ? "updated" : "unchanged"
            print(
                "\(report.catalog): \(verb), \(report.segments) segments "
                    + "(\(s.added) new, \(s.kept) kept, \(s.fuzzy) fuzzy, \(s.revived) revived, \(s.obsoleted) obsolete)"
                    + (dryRun && report.changed ? " [dry run]" : ""))
        }
    }
}
