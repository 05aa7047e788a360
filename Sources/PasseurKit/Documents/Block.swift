/// A translatable block of a document: a heading, a paragraph, a list item's or a quote's paragraph.
///
/// `text` is the block's inline content as Markdown, with its soft line
/// breaks turned into spaces and its container markers (`> `, list indents)
/// removed; `raw` is the same content exactly as the file has it. Rendering a
/// block with a new text writes the new text; with its own text, the original
/// layout comes back, so a document rebuilt from its own segments is identical
/// to its source.
public struct Block: Hashable, Sendable {
    /// The role of the block in the document.
    public enum Kind: Hashable, Sendable {
        /// An ATX or Setext heading of level 1–6.
        case heading(level: Int)
        /// A paragraph at the top level.
        case paragraph
        /// A paragraph inside a list item.
        case listItem
        /// A paragraph inside a block quote.
        case quote

        /// `heading1`…`heading6`, `paragraph`, `list-item`, `quote`.
        var name: String {
            switch self {
            case .heading(let level): return "heading\(level)"
            case .paragraph: return "paragraph"
            case .listItem: return "list-item"
            case .quote: return "quote"
            }
        }
    }

    /// The role of the block.
    public var kind: Kind
    /// The inline content, as Markdown on one line (hard breaks kept as newlines).
    public var text: String
    /// The inline codes of `text`, in order of their start.
    public var spans: [InlineSpan]
    /// The content exactly as written in the source.
    var raw: String
    /// What starts each line after the first when a new text has line breaks (`> `, indentation).
    var continuationPrefix: String
    /// Where the content starts in the source.
    public var location: SourceLocation
    /// For each line of the content: its UTF-16 offset in `text` and its source location.
    var lineStarts: [(offset: Int, location: SourceLocation)]
    /// The sentences, once a segmenter has run.
    public var segments: [Segment] = []

    /// Creates a block.
    init(
        kind: Kind, text: String, spans: [InlineSpan], raw: String, continuationPrefix: String,
        location: SourceLocation, lineStarts: [(offset: Int, location: SourceLocation)]
    ) {
        self.kind = kind
        self.text = text
        self.spans = spans
        self.raw = raw
        self.continuationPrefix = continuationPrefix
        self.location = location
        self.lineStarts = lineStarts
    }

    /// The source location of a UTF-16 offset in `text`.
    func location(ofOffset offset: Int) -> SourceLocation {
        locations(ofOffsets: [offset])[0]
    }

    /// The locations of ascending offsets, found in one pass over the text: a paragraph of
    /// thousands of sentences costs time in proportion to its length, not to its square.
    func locations(ofOffsets offsets: [Int]) -> [SourceLocation] {
        let units = text.utf16CodeUnits
        var line = 0
        var base = lineStarts.first ?? (0, location)
        var position = min(base.offset, units.count)
        var column = base.location.column
        var result: [SourceLocation] = []
        result.reserveCapacity(offsets.count)
        for offset in offsets {
            while line + 1 < lineStarts.count, lineStarts[line + 1].offset <= offset {
                line += 1
                base = lineStarts[line]
                position = min(base.offset, units.count)
                column = base.location.column
            }
            let to = min(max(offset, position), units.count)
            // Columns count scalars: the second half of a surrogate pair adds none.
            for i in position..<to
            where !(UTF16.isTrailSurrogate(units[i]) && i > 0 && UTF16.isLeadSurrogate(units[i - 1])) {
                column += 1
            }
            position = to
            var found = base.location
            found.column = column
            result.append(found)
        }
        return result
    }

    /// The block written with `newText` as its content: the original layout when unchanged.
    func render(_ newText: String) -> String {
        if newText == text { return raw }
        return newText.replacingOccurrences(of: "\n", with: "\n" + continuationPrefix)
    }

    /// The block's text with each segment replaced by `translation(segment)`, or kept when it returns nil.
    func text(translating translation: (Segment) -> String?) -> String {
        guard !segments.isEmpty else { return text }
        let units = text.utf16CodeUnits
        var result = ""
        var position = 0
        for segment in segments {
            result += String(decoding: units[position..<segment.range.lowerBound], as: UTF16.self)
            result += translation(segment) ?? segment.text
            position = segment.range.upperBound
        }
        result += String(decoding: units[position...], as: UTF16.self)
        return result
    }

    /// Whether the two are equal; where they were read from does not count.
    public static func == (a: Block, b: Block) -> Bool {
        a.kind == b.kind && a.text == b.text && a.spans == b.spans && a.raw == b.raw
            && a.continuationPrefix == b.continuationPrefix && a.location == b.location && a.segments == b.segments
    }

    /// Hashes the fields that identify the block.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(text)
        hasher.combine(location)
    }
}
