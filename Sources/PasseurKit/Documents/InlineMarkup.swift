import CCMark

/// Helpers on segment text that carries inline Markdown.
enum InlineMarkup {
    /// The inline codes of one segment's Markdown (emphasis, links, code spans, images,
    /// hard breaks, inline HTML), found by libcmark as in a document.
    ///
    /// The text is parsed as the content of a paragraph, so a segment that starts
    /// with `1. ` or `# ` is not read as a list or a heading.
    static func spans(in text: String) -> [InlineSpan] {
        // Most sentences have no markup at all: a byte scan spares them the parse.
        guard
            text.containsByte(where: { byte in
                switch byte {
                case 0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x21, 0x3C, 0x5C, 0x0A: return true
                default: return false
                }
            })
        else { return [] }
        if !text.containsByte(where: { $0 == 0x0A || $0 == 0x0D }) { return lineSpans(text) }
        // A zero-width space in front keeps cmark in paragraph context; offsets move back by one.
        let document = MarkdownReader.read("\u{200B}" + text, path: "", peelWrappers: false)
        guard document.blocks.count == 1, let block = document.blocks.first, block.text == "\u{200B}" + text else {
            return []
        }
        return block.spans.map { InlineSpan($0.kind, range: ($0.range.lowerBound - 1)..<($0.range.upperBound - 1)) }
    }

    /// The spans of a text of one line, straight from cmark's inline nodes: what
    /// `MarkdownReader` gives for such a text, without building a document.
    private static func lineSpans(_ text: String) -> [InlineSpan] {
        // Trailing blanks end cmark's paragraph early, so the document's block would differ from the text.
        guard let last = text.utf8.last, last != 0x20, last != 0x09 else { return [] }
        // A zero-width space in front keeps cmark in paragraph context (no list, no heading).
        var prefixed: [UInt8] = [0xE2, 0x80, 0x8B]
        prefixed.append(contentsOf: text.utf8)
        let bytes = prefixed
        // The UTF-16 offset of every byte position, for cmark's byte columns; and the other way,
        // the byte that starts each UTF-16 unit's scalar, to read the ASCII marks around a span.
        var offsets = [Int](repeating: 0, count: bytes.count + 1)
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count)
        var units = 0
        for (i, byte) in bytes.enumerated() {
            offsets[i] = units
            guard byte & 0xC0 != 0x80 else { continue }
            starts.append(i)
            units += 1
            if byte >= 0xF0 {
                starts.append(i)
                units += 1
            }
        }
        offsets[bytes.count] = units
        // A non-ASCII scalar reads as 0xFFFF: only ASCII marks are compared.
        let scalarStarts = starts
        let unit = { (i: Int) -> UInt16 in
            bytes[scalarStarts[i]] < 0x80 ? UInt16(bytes[scalarStarts[i]]) : 0xFFFF
        }
        var spans: [InlineSpan] = []
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let root = cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT),
                    let iterator = cmark_iter_new(root)
                else { return }
                defer {
                    cmark_iter_free(iterator)
                    cmark_node_free(root)
                }
                while true {
                    let event = cmark_iter_next(iterator)
                    if event == CMARK_EVENT_DONE { break }
                    guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                        let kind = MarkdownReader.inlineKind(node)
                    else { continue }
                    func offset(_ column: Int32) -> Int { offsets[min(max(Int(column), 1) - 1, bytes.count)] }
                    let start = offset(cmark_node_get_start_column(node))
                    let end = offset(cmark_node_get_end_column(node) + 1)
                    if let span = MarkdownReader.span(kind, from: start, to: end, count: units, unit: unit) {
                        spans.append(
                            InlineSpan(span.kind, range: (span.range.lowerBound - 1)..<(span.range.upperBound - 1)))
                    }
                }
            }
        }
        return spans.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    }

    /// The text a reader sees: link and image destinations, emphasis markers,
    /// backticks and backslash escapes removed; code spans and HTML keep their text. What
    /// words are counted in (statistics, build reports), what plain-text editions and
    /// titles print, what term suggestions and translation-memory word hashes read, and
    /// what most checks look at (`TextAnalysis.readerText`).
    ///
    /// `Voir [le *livre*](https://x.y "titre")` → `Voir le livre`. Square brackets that open
    /// no link are text: `[sic]` stays.
    static func readerText(_ markdown: String) -> String {
        // Every mark removed is ASCII: a text without any is its own plain text.
        func isMark(_ byte: UInt8) -> Bool {
            byte == 0x5C || byte == 0x2A || byte == 0x5F || byte == 0x60 || byte == 0x5B || byte == 0x5D
        }
        guard markdown.containsByte(where: isMark) else { return markdown }
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            let linkOpeners = Self.linkOpenings(bytes)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                i += 1
                switch c {
                case 0x5C:
                    guard i < bytes.count else {
                        out.append(c)
                        continue
                    }
                    let lead = bytes[i]
                    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    let next = bytes[i..<min(i + length, bytes.count)]
                    let scalar = String(decoding: next, as: UTF8.self).unicodeScalars.first
                    if let scalar, scalar.properties.isPatternSyntax || scalar == "\\" {
                        out.append(contentsOf: next)
                        i += next.count
                    } else {
                        out.append(c)
                    }
                case 0x2A, 0x5F, 0x60:
                    continue
                case 0x5B where linkOpeners.contains(i - 1):
                    continue
                case 0x21 where i < bytes.count && bytes[i] == 0x5B && linkOpeners.contains(i):
                    continue
                case 0x5D where i < bytes.count && bytes[i] == 0x28:
                    // Skip the destination and title up to the matching parenthesis.
                    var depth = 0
                    while i < bytes.count {
                        let d = bytes[i]
                        i += 1
                        if d == 0x28 { depth += 1 }
                        if d == 0x29 {
                            depth -= 1
                            if depth == 0 { break }
                        }
                    }
                default:
                    out.append(c)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The offsets of the `[` that open a link or an image: those whose matching `]` is followed
    /// by `(`. One pass, brackets paired as they nest; escaped brackets (`\[`) pair with nothing.
    private static func linkOpenings(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        var openers: Set<Int> = []
        var stack: [Int] = []
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case 0x5C: i += 1
            case 0x5B: stack.append(i)
            case 0x5D:
                if let open = stack.popLast(), i + 1 < bytes.count, bytes[i + 1] == 0x28 { openers.insert(open) }
            default: break
            }
            i += 1
        }
        return openers
    }
}
