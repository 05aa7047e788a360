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

    @Argument(
        help: """
            PO or XLIFF catalogs, or folders of them (searched recursively), to check without a project: \
            passeur.yaml is not read then.
            """)
    var files: [String] = []

    @OptionGroup var options: TargetOptions

    @Option(help: "With files: the language of their sources (default: what each declares, else en).")
    var sourceLocale: String?

    @Option(help: "With files: a term base whose terms are checked (Passeur YAML, TBX or CSV).")
    var glossary: String?

    @Option(help: "With files: a passeur.yaml whose checks: settings apply.")
    var config: String?

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
        var findings: [Finding]
        var locales: [String]
        if files.isEmpty {
            let project = try options.project()
            findings = try source ? project.checkSource() : project.check(locales: project.targets(options.locale))
            locales = try project.targets(options.locale).map(\.identifier)
        } else {
            let catalogs = try CatalogFiles.read(
                files, sourceLocale: sourceLocale.map { try Self.language($0, option: "--source-locale") },
                locale: try Self.onlyLocale(options.locale).map { try Self.language($0, option: "--locale") })
            let settings =
                try config.map { try ProjectConfig.checkSettings(yaml: TextFile.read($0), file: $0) }
                ?? CheckRunner.Settings(sourceLocale: Self.language("en", option: "--source-locale"))
            findings = try catalogs.check(settings: settings, glossary: glossary.map(Glossary.read(termBase:)))
            locales = catalogs.locales.map(\.identifier)
        }
        if let updateBaseline {
            try TextFile.writeAtomically(Baseline(findings: findings).json, to: updateBaseline)
            print("\(updateBaseline): \(findings.count) findings recorded")
            return
        }
        if let baseline { findings = try Baseline(path: baseline).new(findings) }
        let report = FindingReport(findings: findings)
        // JUnit has a test suite per target locale, passing ones included.
        print(
            report.render(format, locales: format == .junit ? locales : [], colour: Terminal.wantsColour),
            terminator: "")
        if report.fails(at: failOn) { throw ExitCode(1) }
    }

    /// The one `--locale` given with files, if any: their target language.
    private static func onlyLocale(_ values: [String]) throws -> String? {
        guard values.count <= 1 else {
            throw ValidationError("with files, give at most one --locale: it replaces the language each file declares")
        }
        return values.first
    }

    /// A language given on the command line, as a BCP 47 tag or a gettext name (`pt_BR`).
    private static func language(_ value: String, option: String) throws -> LocaleTag {
        if let tag = LocaleTag(gettextName: value) { return tag }
        return try LocaleTag(value, at: SourceLocation(file: option, line: 1, column: 1))
    }
}
