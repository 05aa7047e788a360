import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct MarkdownReaderTests {
    let segmenter: SentenceSegmenter

    init() throws {
        segmenter = try SentenceSegmenter(locale: Fixtures.french)
    }

    static let sample = """
        Le titre *Setext*
        =================

        ## Un titre ATX avec `code` ##

        > Une citation avec **du gras** et un [lien](https://bitcoin.org "Bitcoin").
        > Une suite paresseuse.
        lazy line.

        - Premier élément *a*. Deuxième phrase.
          suite de l’élément
        - Second élément avec ![une image](img.png)\\
          après une coupure forcée.
        1. Numéroté  
           avec deux espaces.

        ```swift
        let code = "pas traduit. Jamais."
        ```

        ---

        <div>HTML gardé tel quel.</div>

        Un paragraphe avec une <abbr>MMT</abbr>, un lien <https://x.y> et un [renvoi][ref].

        [ref]: https://example.org

        """

    @Test func rebuildingFromItsOwnSegmentsGivesTheSourceBack() throws {
        for (name, text) in [("sample.md", Self.sample), ("article", try TextFile.read(Fixtures.articlePath))] {
            let document = MarkdownReader.read(text, path: name).segmented(with: segmenter)
            #expect(document.rebuilt { _ in nil } == text, "\(name)")
            #expect(document.rebuilt { $0.text } == text, "\(name)")
        }
    }

    @Test func blocksSpansAndSegmentsOfTheSampleMatchGolden() {
        let document = MarkdownReader.read(Self.sample, path: "sample.md").segmented(with: segmenter)
        Fixtures.expectGolden(document.dump(), "markdown-sample.dump")
        #expect(
            document.blocks.map(\.kind.name) == [
                "heading1", "heading2", "quote", "list-item", "list-item", "list-item", "paragraph",
            ])
    }

    @Test func theArticleIsAHeadingAndItalicAuthorLineAndDisclaimer() throws {
        let document = try MarkdownReader.read(path: Fixtures.articlePath).segmented(with: segmenter)
        #expect(document.blocks.first?.kind == .heading(level: 1))
        #expect(document.blocks.first?.text == "Le service client Bitcoin")
        // The emphasis around the author line and the disclaimer is skeleton, not segment text.
        #expect(document.blocks[1].text.hasPrefix("Maxx Mannheimer"))
        #expect(
            document.blocks.last?.segments.map(\.text) == [
                "Ceci est un article invité de Maxx Mannheimer.",
                "Les opinions exprimées sont entièrement les leurs et ne reflètent pas nécessairement celles de BTC Inc. ou de Bitcoin Magazine.",
            ])
    }

    @Test func translatedSegmentsReplaceTheirSourceInTheLayout() {
        let text = "> Une phrase. Une autre\n> phrase.\n\n*Ceci est un avis.*\n"
        let document = MarkdownReader.read(text, path: "t.md").segmented(with: segmenter)
        let english = [
            "Une phrase.": "A sentence.", "Une autre phrase.": "Another\nsentence.",
            "Ceci est un avis.": "This is a notice.",
        ]
        #expect(document.rebuilt { english[$0.text] } == "> A sentence. Another\n> sentence.\n\n*This is a notice.*\n")
    }

    @Test func segmentLocationsPointIntoTheSource() {
        let document = MarkdownReader.read(Self.sample, path: "sample.md").segmented(with: segmenter)
        let lazy = document.segments.first { $0.text.hasPrefix("Une suite paresseuse") }
        #expect(lazy?.location == PasseurKit.SourceLocation(file: "sample.md", line: 7, column: 3))
    }

    @Test func aOneLineTextsSpansAreThoseTheDocumentReaderFinds() throws {
        // One-line texts take cmark's inline nodes directly; they must agree with reading the text
        // alone as a document (a zero-width space in front keeps it a paragraph).
        for text in [Self.sample, try TextFile.read(Fixtures.articlePath)] {
            for block in MarkdownReader.read(text, path: "doc.md").blocks where !block.text.contains("\n") {
                let alone = MarkdownReader.read("\u{200B}" + block.text, path: "", peelWrappers: false).blocks
                let expected = (alone.first?.spans ?? []).map {
                    InlineSpan($0.kind, range: ($0.range.lowerBound - 1)..<($0.range.upperBound - 1))
                }.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
                #expect(InlineMarkup.spans(in: block.text) == expected, "\(block.text)")
            }
        }
        #expect(InlineMarkup.spans(in: "Voir *ceci* ") == [], "trailing blanks: cmark's paragraph is shorter")
        #expect(InlineMarkup.spans(in: "Voir *ceci*").map(\.range) == [5..<11])
    }

    @Test func anEmptyDocumentHasNoBlock() {
        let document = MarkdownReader.read("", path: "empty.md")
        #expect(document.blocks.isEmpty)
        #expect(document.rebuilt { _ in nil } == "")
    }

    @Test func unreadableAndNonUTF8FilesAreLocatedErrors() throws {
        let folder = try Fixtures.temporaryFolder()
        let bad = folder + "/bad.md"
        try TextFile.writeAtomically([0x4C, 0x65, 0x0A, 0x61, 0xE9, 0x74, 0xE9], to: bad)  // "Le\naété" in Latin-1
        let error = #expect(throws: FileError.self) { try MarkdownReader.read(path: bad) }
        #expect(error == .invalidUTF8(at: PasseurKit.SourceLocation(file: bad, line: 2, column: 2)))
        #expect(throws: FileError.self) { try MarkdownReader.read(path: folder + "/missing.md") }
    }
}
