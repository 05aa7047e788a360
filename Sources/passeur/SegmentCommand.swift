import ArgumentParser
import Foundation
import PasseurKit

/// `passeur segment`: the sentences of a text or Markdown file.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a text or Markdown file into sentences.",
        discussion: """
            Markdown (.md) is read as CommonMark; any other file as plain text, where a block is a \
            blank-line separated paragraph (its lines joined by a space) or, in a file without blank \
            lines, a line. tsv prints: block number, segment number within the block (both from 1), \
            segment text with tab, newline and backslash escaped as \\t, \\n, \\\\.
            """
    )

    @Argument(help: "The file to segment.")
    var file: String

    @Option(help: "The language of the text (BCP 47).")
    var locale = "fr"

    @Option(help: "The ICU locale for the sentence iterator, e.g. fr@ss=standard (default: the language).")
    var icuLocale: String?

    @Option(help: "An SRX 2.0 rule file applied on top of ICU and the built-in rules.")
    var rules: String?

    @Option(help: "Output format: text, json or tsv.")
    var format: SegmentationReport.Format = .text

    func run() throws {
        let tag = try LocaleTag(locale, at: SourceLocation(file: "<command line>", line: 1, column: 1))
        let srx = try rules.map { try SRXReader.read(path: $0) }
        let segmenter = try SentenceSegmenter(locale: tag, icuLocale: icuLocale, srx: srx)
        let document = try DocumentReader.read(path: file).segmented(with: segmenter)
        try segmenter.throwIfRuleFailed()
        print(SegmentationReport(document: document).render(format), terminator: "")
    }
}
