import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct PlainTextReaderTests {
    @Test func blankLineSeparatedParagraphsJoinTheirLines() {
        let text = "Premier paragraphe\nsur deux lignes.\n\n  Second paragraphe.  \n"
        let document = PlainTextReader.read(text, path: "t.txt")
        #expect(document.blocks.map(\.text) == ["Premier paragraphe sur deux lignes.", "Second paragraphe."])
        #expect(document.blocks[1].location == PasseurKit.SourceLocation(file: "t.txt", line: 4, column: 3))
        #expect(document.rebuilt { _ in nil } == text)
    }

    @Test func withoutBlankLinesEveryLineIsABlock() throws {
        let seed = try TextFile.read(Fixtures.path("documents/le-service-client-bitcoin.txt"))
        let document = PlainTextReader.read(seed, path: "seed.txt")
        #expect(document.blocks.count == 20)
        #expect(document.blocks[0].text == "Le service client Bitcoin")
        #expect(document.rebuilt { _ in nil } == seed)
    }

    @Test func crlfLineEndsAreLineEnds() {
        let document = PlainTextReader.read("Un.\r\nDeux.\r\n", path: "t.txt")
        #expect(document.blocks.map(\.text) == ["Un.", "Deux."])
        #expect(document.rebuilt { _ in nil } == "Un.\r\nDeux.\r\n")
    }

    @Test func translationReplacesTheJoinedParagraph() throws {
        let segmenter = try SentenceSegmenter(locale: Fixtures.french)
        let document = PlainTextReader.read("Un. Deux\ntrois.\n\nQuatre.\n", path: "t.txt").segmented(with: segmenter)
        #expect(document.segments.map(\.text) == ["Un.", "Deux trois.", "Quatre."])
        #expect(document.rebuilt { $0.text == "Deux trois." ? "Two three." : nil } == "Un. Two three.\n\nQuatre.\n")
    }
}
