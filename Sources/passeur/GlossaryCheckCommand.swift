import ArgumentParser
import PasseurKit

/// `passeur glossary check`: glossary use in every translation.
struct GlossaryCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that translations use the glossary's terms.",
        discussion: CheckRegistry.glossaryChecks.map { "\($0.id) (\($0.defaultSeverity.rawValue)): \($0.summary)" }
            .joined(separator: "\n")
    )

    @OptionGroup var options: TargetOptions

    @Option(help: "Exit with 1 when a finding is at or above this severity: error, warning or info.")
    var failOn: Severity = .error

    /// The formats of findings this command prints.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json

        /// The report format.
        var report: ReportFormat {
            switch self {
            case .text: return .text
            case .json: return .json
            }
        }
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let project = try options.project()
        let findings = try project.check(locales: project.targets(options.locale), checks: CheckRegistry.glossaryChecks)
        let report = FindingReport(findings: findings)
        print(report.render(format.report, colour: format == .text && Terminal.wantsColour), terminator: "")
        if report.fails(at: failOn) { throw ExitCode(1) }
    }
}
