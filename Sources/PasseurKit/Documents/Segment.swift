/// A sentence of a block: the unit that is translated.
public struct Segment: Hashable, Sendable {
    /// The sentence, with its inline Markdown.
    public var text: String
    /// 0-based index of the block in the document.
    var blockIndex: Int
    /// 0-based index of the segment within its block.
    var indexInBlock: Int
    /// Where it is in the block's text (UTF-16 offsets).
    var range: Range<Int>
    /// Where it starts in the source file.
    public var location: SourceLocation
}
