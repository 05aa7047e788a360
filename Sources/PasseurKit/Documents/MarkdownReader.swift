import CCMark

/// Reads CommonMark with libcmark, the reference implementation, into blocks and skeleton.
///
/// cmark gives the structure and the source positions of headings, paragraphs,
/// block quotes, list items and inline nodes; Passeur cuts the source bytes at
/// those positions, so everything cmark does not translate (markers, blank
/// lines, code blocks, HTML blocks, thematic breaks, link reference
/// definitions) stays byte for byte in the skeleton. A paragraph or heading
/// wholly wrapped in emphasis (the article's author line and disclaimer) has
/// its wrapper moved to the skeleton too, so its sentences are segments
/// without dangling asterisks.
public enum MarkdownReader {
    /// Reads the Markdown file at `path`.
    ///
    /// - Throws: `FileError`.
    static func read(path: String) throws -> Document {
        read(try TextFile.read(path), path: path)
    }

    /// Parses Markdown text; `path` names it in locations.
    ///
    /// - Parameters:
    ///   - text: the Markdown.
    ///   - path: the name used in locations.
    ///   - peelWrappers: move emphasis that wraps a whole block to the skeleton (documents);
    ///     off when parsing one segment's inline markup.
    /// - Returns: the document.
    public static func read(_ text: String, path: String, peelWrappers: Bool = true) -> Document {
        let bytes = Array(text.utf8)
        let lines = LineTable(bytes)
        var builder = Builder(bytes: bytes, lines: lines, path: path)
        builder.peelWrappers = peelWrappers
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let root = cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT) else { return }
                defer { cmark_node_free(root) }
                walk(root, into: &builder)
            }
        }
        return builder.finish()
    }

    private static func walk(_ root: OpaquePointer, into builder: inout Builder) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var containers: [Block.Kind] = []
        var leaf: Leaf?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            let position = Position(
                startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
                endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node)))
            switch type {
            case CMARK_NODE_BLOCK_QUOTE:
                if entering { containers.append(.quote) } else { containers.removeLast() }
            case CMARK_NODE_ITEM:
                if entering { containers.append(.listItem) } else { containers.removeLast() }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if entering {
                    let kind: Block.Kind =
                        type == CMARK_NODE_HEADING
                        ? .heading(level: Int(cmark_node_get_heading_level(node))) : containers.last ?? .paragraph
                    leaf = Leaf(kind: kind, position: position, inlines: [])
                } else if let finished = leaf {
                    builder.add(finished)
                    leaf = nil
                }
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CODE,
                CMARK_NODE_HTML_INLINE:
                guard entering, leaf != nil, let kind = inlineKind(node) else { continue }
                leaf?.inlines.append((kind, position))
            default:
                continue
            }
        }
    }

    /// A typed span between UTF-16 offsets of `units` that cmark reported, widened to a code
    /// span's backticks and checked against the text; nil when they disagree.
    static func span(_ kind: InlineSpan.Kind, from start: Int, to end: Int, in units: [UInt16]) -> InlineSpan? {
        span(kind, from: start, to: end, count: units.count) { units[$0] }
    }

    /// `span(_:from:to:in:)` over a text of `count` UTF-16 units, read through `unit`; only ASCII
    /// units are compared, so `unit` may give any unit of 0x80 and up for the others.
    static func span(
        _ kind: InlineSpan.Kind, from start: Int, to end: Int, count: Int, unit: (Int) -> UInt16
    ) -> InlineSpan? {
        var (start, end) = (start, end)
        guard start < end, end <= count else { return nil }
        func at(_ i: Int) -> UInt16? { i >= 0 && i < count ? unit(i) : nil }
        switch kind {
        case .emphasis, .strong:
            let m = kind == .strong ? 2 : 1
            guard let open = at(start), open == 0x2A || open == 0x5F, end - start > 2 * m,
                (0..<m).allSatisfy({ at(start + $0) == open && at(end - 1 - $0) == open })
            else { return nil }
        case .link:
            guard at(start) == 0x5B || at(start) == 0x3C else { return nil }
        case .image:
            guard at(start) == 0x21, at(start + 1) == 0x5B else { return nil }
        case .code:
            // cmark reports the code's content; widen to the backtick fences.
            if at(start - 1) == 0x20, at(end) == 0x20 {
                start -= 1
                end += 1
            }
            var ticks = 0
            while at(start - 1) == 0x60 {
                start -= 1
                ticks += 1
            }
            guard ticks > 0, (0..<ticks).allSatisfy({ at(end + $0) == 0x60 }) else { return nil }
            end += ticks
        case .html:
            guard at(start) == 0x3C else { return nil }
        case .lineBreak:
            return nil
        }
        return InlineSpan(kind, range: start..<end)
    }

    /// The kind of an inline node that Passeur keeps as a span, nil for others (text, soft breaks).
    static func inlineKind(_ node: OpaquePointer) -> InlineSpan.Kind? {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .html
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
            return type == CMARK_NODE_LINK ? .link(url: url, title: title) : .image(url: url, title: title)
        default: return nil
        }
    }

    struct Position {
        var startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
    }

    struct Leaf {
        var kind: Block.Kind
        var position: Position
        var inlines: [(InlineSpan.Kind, Position)]
    }

    /// Byte offsets of the start and end (before the line end) of every line.
    ///
    /// Lines end as cmark ends them: at a line feed, a carriage return, or both (CR LF), so
    /// that cmark's line numbers index this table even in a file with bare CRs.
    struct LineTable {
        var starts: [Int] = []
        var ends: [Int] = []

        init(_ bytes: [UInt8]) {
            var start = 0
            var i = 0
            let count = bytes.count
            while i < count {
                let byte = bytes[i]
                guard byte == 0x0A || byte == 0x0D else {
                    i += 1
                    continue
                }
                starts.append(start)
                ends.append(i)
                i += byte == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A ? 2 : 1
                start = i
            }
            if start < bytes.count || starts.isEmpty {
                starts.append(start)
                ends.append(bytes.count)
            }
        }

        /// The byte offset of a 1-based line and byte column.
        func offset(line: Int, column: Int) -> Int {
            let l = min(max(line, 1), starts.count) - 1
            return min(starts[l] + max(column, 1) - 1, ends[l])
        }
    }

    /// Cuts the source into skeleton and blocks as the walk reports leaves.
    struct Builder {
        let bytes: [UInt8]
        let lines: LineTable
        let path: String
        var blocks: [Block] = []
        var pieces: [Document.Piece] = []
        var cursor = 0
        var peelWrappers = true

        init(bytes: [UInt8], lines: LineTable, path: String) {
            self.bytes = bytes
            self.lines = lines
            self.path = path
        }

        /// One line of a block's content: where it is in the source and in the text.
        struct Line {
            var line: Int
            var byteStart: Int
            var byteEnd: Int
            var textOffset: Int
        }

        mutating func add(_ leaf: Leaf) {
            guard var (contentStart, contentEnd) = contentBounds(leaf), contentStart < contentEnd,
                contentStart >= cursor
            else { return }
            var (text, contentLines, breaks) = join(
                from: contentStart, to: contentEnd, firstLine: leaf.position.startLine)
            var spans = breaks + leaf.inlines.compactMap { span($0.0, $0.1, text: text, lines: contentLines) }
            spans.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
            // Peel emphasis that wraps the whole block into the skeleton.
            while peelWrappers,
                let wrapper = spans.first(where: {
                    $0.range == 0..<text.utf16.count && ($0.kind == .emphasis || $0.kind == .strong)
                }),
                wrapper.range.count > 2 * markerLength(wrapper)
            {
                let m = markerLength(wrapper)
                let units = text.utf16CodeUnits
                text = String(decoding: units[m..<(units.count - m)], as: UTF16.self)
                spans = spans.filter { $0 != wrapper }.map {
                    InlineSpan($0.kind, range: ($0.range.lowerBound - m)..<($0.range.upperBound - m))
                }
                contentStart += m
                contentEnd -= m
                contentLines[0].byteStart += m
                for i in contentLines.indices.dropFirst() { contentLines[i].textOffset -= m }
            }
            let location = sourceLocation(line: contentLines[0].line, byte: contentStart)
            let firstLineStart = lines.starts[contentLines[0].line - 1]
            let prefix = String(decoding: bytes[firstLineStart..<contentStart], as: UTF8.self)
            let continuation = String(prefix.map { $0 == ">" || $0 == " " || $0 == "\t" ? $0 : " " })
            let block = Block(
                kind: leaf.kind, text: text, spans: spans,
                raw: String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self),
                continuationPrefix: continuation, location: location,
                lineStarts: contentLines.map { ($0.textOffset, sourceLocation(line: $0.line, byte: $0.byteStart)) })
            pieces.append(.literal(String(decoding: bytes[cursor..<contentStart], as: UTF8.self)))
            pieces.append(.block(blocks.count))
            blocks.append(block)
            cursor = contentEnd
        }

        func markerLength(_ span: InlineSpan) -> Int { span.kind == .strong ? 2 : 1 }

        /// The byte range of a leaf's inline content: headings lose their `#` and underline.
        func contentBounds(_ leaf: Leaf) -> (Int, Int)? {
            var p = leaf.position
            if p.endColumn == 0, p.endLine > p.startLine, p.endLine - 1 <= lines.starts.count {
                // cmark ends some blocks at column 0 of the next line.
                p.endLine -= 1
                p.endColumn = lines.ends[p.endLine - 1] - lines.starts[p.endLine - 1]
            }
            guard p.startLine >= 1, p.endLine >= p.startLine, p.endLine <= lines.starts.count else { return nil }
            var start = lines.offset(line: p.startLine, column: p.startColumn)
            var end = min(lines.offset(line: p.endLine, column: p.endColumn) + 1, lines.ends[p.endLine - 1])
            if case .heading = leaf.kind {
                if p.endLine > p.startLine {
                    // Setext: the last line is the underline.
                    end = lines.ends[p.endLine - 2]
                } else {
                    end = lines.ends[p.startLine - 1]
                    while start < end, bytes[start] == 0x20 { start += 1 }
                    while start < end, bytes[start] == 0x23 { start += 1 }
                    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                    var closing = end
                    while closing > start, bytes[closing - 1] == 0x23 { closing -= 1 }
                    if closing < end, closing == start || bytes[closing - 1] == 0x20 || bytes[closing - 1] == 0x09 {
                        end = closing
                        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                    }
                }
            }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return (start, end)
        }

        /// Joins the content lines: soft breaks become one space, hard breaks stay newlines.
        func join(from start: Int, to end: Int, firstLine: Int) -> (String, [Line], [InlineSpan]) {
            var text: [UInt16] = []
            var contentLines: [Line] = []
            var breaks: [InlineSpan] = []
            var line = firstLine
            var pieceStart = start
            while pieceStart <= end {
                let lineEnd = min(lines.ends[line - 1], end)
                var s = pieceStart
                if line != firstLine {
                    while s < lineEnd, bytes[s] == 0x20 || bytes[s] == 0x09 || bytes[s] == 0x3E { s += 1 }
                }
                let piece = Array(String(decoding: bytes[s..<lineEnd], as: UTF8.self).utf16)
                contentLines.append(Line(line: line, byteStart: s, byteEnd: lineEnd, textOffset: text.count))
                let isLast = lineEnd >= end
                if isLast {
                    text += piece
                    break
                }
                var trimmed = piece
                var trailingSpaces = 0
                while let last = trimmed.last, last == 0x20 || last == 0x09 {
                    trimmed.removeLast()
                    trailingSpaces += 1
                }
                var backslashes = 0
                for u in trimmed.reversed() {
                    if u == 0x5C { backslashes += 1 } else { break }
                }
                if trailingSpaces >= 2 || (trailingSpaces == 0 && backslashes % 2 == 1) {
                    let markerStart = text.count + (trailingSpaces >= 2 ? trimmed.count : trimmed.count - 1)
                    text += piece
                    text.append(0x0A)
                    breaks.append(InlineSpan(.lineBreak, range: markerStart..<text.count))
                } else {
                    text += trimmed
                    text.append(0x20)
                }
                line += 1
                guard line <= lines.starts.count else { break }
                pieceStart = lines.starts[line - 1]
            }
            return (String(decoding: text, as: UTF16.self), contentLines, breaks)
        }

        /// The UTF-16 offset in the text of a source line and byte column.
        func textOffset(line: Int, column: Int, lines contentLines: [Line]) -> Int? {
            guard let l = contentLines.first(where: { $0.line == line }) else { return nil }
            let byte = lines.offset(line: line, column: column)
            let clamped = min(max(byte, l.byteStart), l.byteEnd)
            return l.textOffset + String(decoding: bytes[l.byteStart..<clamped], as: UTF8.self).utf16.count
        }

        /// A typed span from cmark's positions, checked against the text; nil when they disagree.
        func span(_ kind: InlineSpan.Kind, _ p: Position, text: String, lines contentLines: [Line]) -> InlineSpan? {
            guard let start = textOffset(line: p.startLine, column: p.startColumn, lines: contentLines),
                let end = textOffset(line: p.endLine, column: p.endColumn + 1, lines: contentLines)
            else { return nil }
            return MarkdownReader.span(kind, from: start, to: end, in: text.utf16CodeUnits)
        }

        func sourceLocation(line: Int, byte: Int) -> SourceLocation {
            let lineStart = lines.starts[line - 1]
            let column = String(decoding: bytes[lineStart..<byte], as: UTF8.self).unicodeScalars.count + 1
            return SourceLocation(file: path, line: line, column: column)
        }

        func finish() -> Document {
            var pieces = self.pieces
            if cursor < bytes.count {
                pieces.append(.literal(String(decoding: bytes[cursor...], as: UTF8.self)))
            }
            return Document(path: path, format: .markdown, blocks: blocks, pieces: pieces.filter { $0 != .literal("") })
        }
    }
}
