import PasseurTestSupport
import Testing

@testable import PasseurKit

/// Segment locations, found in one pass over each block.
@Suite struct SegmentLocationTests {
    @Test func oneLocationAtATimeAndAllAtOnceAgree() throws {
        // Line starts, a non-BMP character (one scalar, two UTF-16 units) and accents before the offsets.
        let text = "> Un 𝔅itcoin « fiat ». Deux phrases…\n> Élan. Trois.\n> Fin 😀 ici. Et là."
        let document = MarkdownReader.read(text, path: "t.md").segmented(
            with: try SentenceSegmenter(locale: Fixtures.french))
        let block = try #require(document.blocks.first)
        let offsets = Array(0...block.text.utf16.count)
        let all = block.locations(ofOffsets: offsets)
        #expect(all == offsets.map { block.location(ofOffset: $0) })
        #expect(block.segments.count >= 5)
        let last = try #require(block.segments.last)
        #expect(last.location.line == 3)
        #expect(last.text == "Et là.")
        // « > Fin 😀 ici. » : the emoji counts as one column.
        #expect(last.location.column == 14)
    }

    @Test func aParagraphOfThousandsOfSentencesKeepsEveryColumn() throws {
        let sentence = "Un chat. "
        let text = String(repeating: sentence, count: 5_000) + "Un. " + String(repeating: "… ", count: 2_000) + "Fin."
        let document = PlainTextReader.read(text, path: "long.txt")
            .segmented(with: try SentenceSegmenter(locale: Fixtures.french))
        let segments = document.blocks.flatMap(\.segments)
        #expect(segments.count > 5_000)
        for (index, segment) in segments.prefix(5_000).enumerated() {
            #expect(segment.location.line == 1)
            #expect(segment.location.column == index * sentence.count + 1)
        }
    }
}
