import ArgumentParser
import Foundation
import PasseurKit

/// `passeur build`: the finished edition of every document in every target locale.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Assemble each locale's editions: Markdown, text, HTML, EPUB and a bilingual page.",
        discussion: """
            Writes build/editions/<locale>/ (or -o DIR) with a manifest.json of what went in. A locale is \
            refused, and its old editions kept, when a segment is untranslated (unless --fallback source|mark), \
            when less than --min-translated percent of its words are translated, or when its checks report \
            errors (unless --allow-errors). Exits with 1 when a locale is refused, 2 on bad input.
            """)

    @OptionGroup var options: TargetOptions

    @Option(
        help: ArgumentHelp(
            "Editions to write, comma-separated: md, txt, html, epub, bilingual.", valueName: "formats"),
        transform: { raw in
            let parts = raw.split(separator: ",", omittingEmptySubsequences: false)
            guard !parts.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
                throw ValidationError("empty edition format in '\(raw)'; use md, txt, html, epub or bilingual")
            }
            return try parts.map { part in
                guard let format = EditionFormat(rawValue: part.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("unknown edition format '\(part)'; use md, txt, html, epub or bilingual")
                }
                return format
            }
        })
    var format: [EditionFormat] = EditionFormat.allCases

    @Option(
        help: "Where a segment has no finished translation: fail, source (print the source) or mark (highlight it).")
    var fallback: FallbackPolicy = .fail

    @Option(help: "Refuse a locale with less than this percentage of its source words translated.")
    var minTranslated: Double?

    @Flag(help: "Build a locale even when its checks report errors.")
    var allowErrors = false

    @Option(help: "Publication date (YYYY-MM-DD), printed in the editions; none by default, for identical rebuilds.")
    var date: String?

    @Option(name: .shortAndLong, help: "Output folder, relative to the project.")
    var output = "build/editions"

    func run() throws {
        let project = try options.project()
        let results = try project.build(
            .init(
                locales: project.targets(options.locale), formats: format, fallback: fallback,
                minTranslated: minTranslated, allowErrors: allowErrors, date: date, outputDirectory: output))
        for result in results {
            let checks = result.manifest.checks
            let summary =
                "checks: \(checks.errors) error\(checks.errors == 1 ? "" : "s"), "
                + "\(checks.warnings) warning\(checks.warnings == 1 ? "" : "s"), \(checks.info) info"
            let detail = checks.byCheck.filter { $0.value > 0 }.sorted { $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let counts = result.manifest.documents.map {
                "\($0.segments) segments, \($0.translated) translated, \($0.reviewed) reviewed, \($0.fallback) fallback"
            }.joined(separator: "; ")
            if let folder = result.folder {
                print(
                    "\(folder): \(result.files.joined(separator: ", ")) (\(counts); \(summary)\(detail.isEmpty ? "" : ": \(detail)"))"
                )
            } else {
                for reason in result.refusals {
                    Diagnostics.error("error: \(result.locale) not built: \(reason)")
                }
                Diagnostics.error("\(result.locale): \(counts); \(summary)")
            }
        }
        if results.contains(where: { !$0.isBuilt }) { throw ExitCode(1) }
    }
}
