import ArgumentParser
import Foundation
import PasseurKit

/// `passeur stats`: translation progress per locale and document.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show segments, source words and translation states per locale and document."
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: "Output format: table or json.")
    var format: ReportFormat = .table

    func run() throws {
        let project = try options.project()
        let rows = try project.statistics(locales: project.targets(options.locale))
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
        case .table:
            print(StatisticsTable(rows: rows).render(), terminator: "")
        }
    }
}
