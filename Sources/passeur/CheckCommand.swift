import ArgumentParser
import Foundation
import PasseurKit

/// `passeur check`: quality checks on every translation, for reviewers and CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every translation: consistency, numbers, markup, typography, glossary, across locales.",
        discussion: """
            Exits with 1 when a finding at or above --fail-on remains. `#, passeur-ignore:<check-id>` on a \
            unit, with a translator comment saying why, silences one check there. With --baseline, only \
            findings not recorded in the file count.
            """)

    @OptionGroup var options: TargetOptions

    @Flag(help: "List the checks with their severity and description.")
    var list = false

    @Flag(help: "Check the source documents instead: typography, doubled spaces, quotation marks, spelling.")
    var source = false

    @Option(help: "Exit with 1 when a finding is at or above this severity: error, warning or info.")
    var failOn: Severity = .error

    @Option(help: "Output format: text, json, junit, sarif or html (one page for reviewers).")
    var format: ReportFormat = .text

    @Option(help: "Report only findings that this baseline file does not record.")
    var baseline: String?

    @Option(help: "Record today's findings in this baseline file (atomically) and exit with 0.")
    var updateBaseline: String?

    func run() throws {
        if list {
            print(CheckListText().render(), terminator: "")
            return
        }
        let project = try options.project()
        var findings = try source ? project.checkSource() : project.check(locales: project.targets(options.locale))
        if let updateBaseline {
            try TextFile.writeAtomically(Baseline(findings: findings).json, to: updateBaseline)
            print("\(updateBaseline): \(findings.count) findings recorded")
            return
        }
        if let baseline { findings = try Baseline(path: baseline).new(findings) }
        let report = FindingReport(findings: findings)
        // JUnit has a test suite per target locale, passing ones included.
        let locales = format == .junit ? try project.targets(options.locale).map(\.identifier) : []
        print(report.render(format, locales: locales, colour: Terminal.wantsColour), terminator: "")
        if report.fails(at: failOn) { throw ExitCode(1) }
    }
}
