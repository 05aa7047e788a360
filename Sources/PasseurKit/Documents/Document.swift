/// A source document read into translatable blocks and the skeleton around them.
///
/// Data flows one way: a reader (`MarkdownReader`, `PlainTextReader`) makes a
/// document, `segmented(with:)` splits its blocks into sentences, and
/// `rebuilt(translating:)` writes it back with translated segments.
public struct Document: Sendable {
    /// The source formats Passeur reads.
    public enum Format: String, Sendable, Codable {
        case markdown
        case plainText = "text"

        /// The format for a path: `.md`/`.markdown` is Markdown, anything else plain text.
        static func infer(fromPath path: String) -> Format {
            let lower = path.lowercased()
            return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plainText
        }
    }

    /// A piece of the document: literal skeleton, or the slot of a block.
    enum Piece: Hashable, Sendable {
        /// Text kept as is (markers, blank lines, code blocks).
        case literal(String)
        /// The block at this index of `blocks`.
        case block(Int)
    }

    /// The path the document was read from.
    public var path: String
    /// Its format.
    public var format: Format
    /// The translatable blocks, in order.
    public var blocks: [Block]
    /// The skeleton and the block slots, in order.
    var pieces: [Piece]

    /// Creates a document.
    init(path: String, format: Format, blocks: [Block], pieces: [Piece]) {
        self.path = path
        self.format = format
        self.blocks = blocks
        self.pieces = pieces
    }

    /// The document named by `path`: its path and the locations of its blocks (read from
    /// another path, such as one relative to the current directory rather than the project).
    func named(_ path: String) -> Document {
        var copy = self
        copy.path = path
        for index in copy.blocks.indices {
            for line in copy.blocks[index].lineStarts.indices {
                copy.blocks[index].lineStarts[line].location.file = path
            }
            copy.blocks[index].location.file = path
        }
        return copy
    }

    /// Every segment, in document order.
    public var segments: [Segment] { blocks.flatMap(\.segments) }

    /// The document with each block split into sentences by `segmenter`.
    ///
    /// Inline codes are protected: no sentence ends inside a link or emphasis.
    public func segmented(with segmenter: SentenceSegmenter) -> Document {
        var copy = self
        for index in copy.blocks.indices {
            let block = copy.blocks[index]
            let units = block.text.utf16CodeUnits
            let protected = block.spans.filter { $0.kind != .lineBreak }.map(\.range).mergedRanges()
            let ranges = segmenter.sentenceRanges(in: units, protected: protected)
            let locations = block.locations(ofOffsets: ranges.map(\.lowerBound))
            copy.blocks[index].segments = ranges.enumerated().map { i, range in
                Segment(
                    text: String(decoding: units[range], as: UTF16.self), blockIndex: index, indexInBlock: i,
                    range: range, location: locations[i])
            }
        }
        return copy
    }

    /// The document written back with each segment replaced by its translation
    /// (or kept when `translation` returns nil).
    public func rebuilt(translating translation: (Segment) -> String?) -> String {
        var output = ""
        for piece in pieces {
            switch piece {
            case .literal(let text): output += text
            case .block(let index):
                let block = blocks[index]
                output += block.render(block.text(translating: translation))
            }
        }
        return output
    }

    /// A readable tree of the document, for tests and `passeur segment --format json`'s sibling:
    /// one line per block (`[3] paragraph @5:1`), its spans and its segments.
    func dump() -> String {
        var lines: [String] = []
        for (index, block) in blocks.enumerated() {
            lines.append("[\(index + 1)] \(block.kind.name) @\(block.location.line):\(block.location.column)")
            for span in block.spans {
                let units = block.text.utf16CodeUnits
                let text = String(decoding: units[span.range], as: UTF16.self)
                lines.append(
                    "  \(span.kind.name) \(span.range.lowerBound)..<\(span.range.upperBound) \(text.debugDescription)")
            }
            for segment in block.segments {
                lines.append("  - \(segment.location.line):\(segment.location.column) \(segment.text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Array where Element == Range<Int> {
    /// Sorted, with overlapping or nested ranges merged.
    func mergedRanges() -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound < last.upperBound {
                result[result.count - 1] = last.lowerBound..<Swift.max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
