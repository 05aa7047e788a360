import ArgumentParser
import Foundation
import PasseurKit

/// `passeur stats`: translation progress per locale and document.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show segments, source words and translation states per locale and document."
    )

    @OptionGroup var options: TargetOptions

    @Option(help: "Output format: table or json.")
    var format: StatisticsTable.Format = .table

    func run() throws {
        let project = try options.project()
        let rows = try project.statistics(locales: project.targets(options.locale))
        print(StatisticsTable(rows: rows).render(format), terminator: "")
    }
}
