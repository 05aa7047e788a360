import ArgumentParser
import PasseurKit

/// `passeur pretranslate`: untranslated units filled from the translation memory.
struct PretranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pretranslate",
        abstract: "Fill untranslated units from the translation memory; never touches existing work.",
        discussion: """
            Identical sources give translated units; similar ones (word-level score, numbers and \
            markup normalised) give fuzzy units with the score and the memory's source in a comment.
            """)

    @OptionGroup var options: TargetOptions

    @Option(help: "The lowest fuzzy score to use (0–100).")
    var minScore = 75

    @Flag(help: "Show what would be filled without writing.")
    var dryRun = false

    func validate() throws {
        guard (0...100).contains(minScore) else {
            throw ValidationError("--min-score must be a score from 0 to 100, not \(minScore)")
        }
    }

    func run() throws {
        let project = try options.project()
        let locales = try project.targets(options.locale)
        for report in try project.pretranslate(locales: locales, minScore: minScore, dryRun: dryRun) {
            print(
                "\(report.catalog): \(report.exact) exact, \(report.fuzzy) fuzzy, \(report.untouched) left untranslated"
                    + (dryRun ? " [dry run]" : ""))
        }
    }
}
