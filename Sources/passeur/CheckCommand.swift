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

    @OptionGroup var projectOptions: ProjectOptions

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "In a project, a target locale to check (repeatable; all by default). With files, the language of their translations, replacing the one each file declares.",
            valueName: "locale"))
    var locale: [String] = []

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

    @Option(
        name: .customLong("words"),
        help: ArgumentHelp(
            "A word list whose words spelling accepts (one per line, # comments); repeatable.",
            discussion: "A file named words-<locale>.txt applies to that locale, any other to every locale.",
            valueName: "file"))
    var wordListPaths: [String] = []

    @Flag(
        help: """
            Add the words spelling flags to the word lists and exit with 0: Glossary/words-<locale>.txt in a \
            project; with files, the --words file named for the locale, else words-<locale>.txt here.
            """)
    var updateWords = false

    func run() throws {
        if list {
            print(CheckListText().render(), terminator: "")
            return
        }
        let wordLists = try wordListPaths.map { try GivenWordList(path: $0) }
        var findings: [Finding]
        var locales: [String]
        var project: Project?
        if files.isEmpty {
            guard Project.exists(root: projectOptions.root) else {
                throw CatalogFiles.Error.nothingToCheck(
                    at: SourceLocation(file: Project.configPath(root: projectOptions.root), line: 1, column: 1))
            }
            let opened = try projectOptions.project()
            project = opened
            let targets = try opened.targets(locale)
            let lists = GivenWordList.byLocale(wordLists, for: [opened.config.sourceLocale] + targets)
            findings =
                try source
                ? opened.checkSource(wordLists: lists) : opened.check(locales: targets, wordLists: lists)
            locales = targets.map(\.identifier)
        } else {
            let catalogs = try CatalogFiles.read(
                files, sourceLocale: sourceLocale.map { try Self.language($0, option: "--source-locale") },
                locale: try Self.onlyLocale(locale).map { try Self.language($0, option: "--locale") })
            for warning in catalogs.warnings { Diagnostics.error(warning.description) }
            var settings =
                try config.map { try ProjectConfig.checkSettings(yaml: TextFile.read($0), file: $0) }
                ?? CheckRunner.Settings(sourceLocale: Self.language("en", option: "--source-locale"))
            settings.wordLists = GivenWordList.byLocale(
                wordLists, for: catalogs.locales + catalogs.files.map(\.sourceLocale))
            findings = try catalogs.check(settings: settings, glossary: glossary.map(Glossary.read(termBase:)))
            locales = catalogs.locales.map(\.identifier)
        }
        if updateBaseline != nil || updateWords {
            if let updateBaseline {
                try Baseline(findings: findings).write(to: updateBaseline)
                print("\(updateBaseline): \(findings.count) findings recorded")
            }
            if updateWords { try addUnknownWords(of: findings, project: project, given: wordLists) }
            return
        }
        var hidden: Int?
        if let baseline {
            let all = findings.count
            findings = try Baseline(path: baseline).new(findings)
            hidden = all - findings.count
            // The run suggested corrections for its first words, which the baseline may hide.
            SpellingSession().addSuggestions(to: &findings, sourceLocale: project?.config.sourceLocale)
        }
        let report = FindingReport(findings: findings, hiddenByBaseline: hidden)
        // JUnit has a test suite per target locale, passing ones included.
        print(
            report.render(format, locales: format == .junit ? locales : [], colour: Terminal.wantsColour),
            terminator: "")
        if report.fails(at: failOn) { throw ExitCode(1) }
    }

    /// Adds the words of `findings`' spelling findings to the project's word lists, or (with
    /// files) to the `--words` file named for each locale, else `words-<locale>.txt` here.
    private func addUnknownWords(of findings: [Finding], project: Project?, given: [GivenWordList]) throws {
        let written: [(path: String, added: [String])]
        if let project {
            written = try project.updateWordLists(from: findings)
        } else {
            let words = WordList.unknownWords(in: findings)
            var paths: [String: String] = [:]
            for locale in words.keys {
                paths[locale] = given.first { $0.locale?.identifier == locale }?.path ?? "words-\(locale).txt"
            }
            written = try WordList.add(words, toFiles: paths)
        }
        for file in written {
            // A list written here is read again only when given: say how.
            let next =
                project == nil && !given.contains { $0.path == file.path }
                ? "; pass --words \(file.path) next time to accept them" : ""
            print("\(file.path): \(file.added.count) word\(file.added.count == 1 ? "" : "s") added\(next)")
        }
        if written.isEmpty { print("no word to add") }
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
