/// A segment's text cut into plain text and numbered inline codes, for the
/// formats whose inline codes are elements (XLIFF `<pc>`/`<ph>`, `<g>`/`<x/>`, TMX `<bpt>`/`<ph>`).
///
/// Emphasis, strong and links are *paired* codes: their inner text is translatable;
/// code spans, images, autolinks, inline HTML and hard breaks are *placeholders*.
/// Each code keeps the Markdown it stands for, so the text comes back as Markdown.
/// Codes are numbered from 1 in order of their start in the source segment; a
/// target that carries the same ids gets the source's markup back.
struct InlineContent: Equatable, Sendable {
    /// A piece of a segment.
    enum Run: Equatable, Sendable {
        /// Translatable text.
        case text(String)
        /// The start of a paired code, and the Markdown that opens it (`*`, `**`, `[`).
        case open(id: Int, kind: InlineSpan.Kind, markup: String)
        /// The end of a paired code, and the Markdown that closes it (`*`, `](https://…)`).
        case close(id: Int, markup: String)
        /// A code with no translatable content, and its Markdown (`` `code` ``, `![alt](img.png)`).
        case placeholder(id: Int, kind: InlineSpan.Kind, markup: String)
    }

    /// The pieces, in order.
    var runs: [Run]

    /// Creates content from runs.
    init(runs: [Run]) {
        self.runs = runs
    }

    /// Cuts a segment's Markdown into runs.
    init(markdown: String) {
        let spans = InlineMarkup.spans(in: markdown)
        guard !spans.isEmpty else {
            runs = markdown.isEmpty ? [] : [.text(markdown)]
            return
        }
        let units = UTF16Offsets(markdown)
        let sorted = spans.sorted {
            ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
        }
        struct Event {
            var position: Int
            var order: Int
            var run: Run
            var skipTo: Int
        }
        var events: [Event] = []
        for (index, span) in sorted.enumerated() {
            let id = index + 1
            if let inner = Self.content(of: span, unit: { units[$0] }) {
                events.append(
                    Event(
                        position: span.range.lowerBound, order: 1,
                        run: .open(
                            id: id, kind: span.kind,
                            markup: units.string(span.range.lowerBound..<inner.lowerBound)),
                        skipTo: inner.lowerBound))
                events.append(
                    Event(
                        position: inner.upperBound, order: 0,
                        run: .close(id: id, markup: units.string(inner.upperBound..<span.range.upperBound)),
                        skipTo: span.range.upperBound))
            } else {
                events.append(
                    Event(
                        position: span.range.lowerBound, order: 1,
                        run: .placeholder(id: id, kind: span.kind, markup: units.string(span.range)),
                        skipTo: span.range.upperBound))
            }
        }
        // Codes inside a placeholder (an image's alt text) belong to it.
        var placeholders: [Range<Int>] = []
        for event in events {
            if case .placeholder = event.run { placeholders.append(event.position..<event.skipTo) }
        }
        events.removeAll { event in
            if case .placeholder = event.run { return false }
            return placeholders.contains { $0.lowerBound < event.position && event.position < $0.upperBound }
        }
        events.sort { ($0.position, $0.order) < ($1.position, $1.order) }
        var runs: [Run] = []
        var position = 0
        for event in events {
            if event.position > position { runs.append(.text(units.string(position..<event.position))) }
            runs.append(event.run)
            position = max(position, event.skipTo)
        }
        if position < units.count { runs.append(.text(units.string(position..<units.count))) }
        self.runs = runs
    }

    /// A segment's inline codes, as `InlineContent(markdown:)` numbers them, without building the runs:
    /// each code's span, whether it is paired (emphasis, strong, a link with text) and the Markdown of
    /// a placeholder. Codes inside a placeholder (an image's alt text) belong to it and are left out.
    static func codes(of markdown: String) -> [(kind: InlineSpan.Kind, paired: Bool, markup: String)] {
        Layout(markdown: markdown).codes
    }

    /// The text of a segment without its codes, as `InlineContent(markdown:).textWithoutCodes`, without
    /// building the runs: the markup of paired codes and whole placeholders removed.
    static func textWithoutCodes(of markdown: String) -> String {
        Layout(markdown: markdown).textWithoutCodes
    }

    /// A segment's codes in order of their start, with the inner range of paired ones, and its
    /// units to cut their Markdown from: what `codes(of:)` and `textWithoutCodes(of:)` of one
    /// text share (`TextAnalysis` keeps one per text).
    struct Layout {
        let markdown: String
        let units: UTF16Offsets
        let spans: [(span: InlineSpan, inner: Range<Int>?)]

        /// The layout of `markdown`'s inline codes.
        init(markdown: String) {
            self.markdown = markdown
            let found = InlineMarkup.spans(in: markdown)
            // Most texts have no code: their units are never read, so they are not copied.
            guard !found.isEmpty else {
                (units, spans) = (UTF16Offsets(""), [])
                return
            }
            let units = UTF16Offsets(markdown)
            let sorted = found.sorted {
                ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
            }
            let codes = sorted.map { span in (span: span, inner: InlineContent.content(of: span, unit: { units[$0] })) }
            let placeholders = codes.filter { $0.inner == nil }.map(\.span.range)
            self.units = units
            spans = codes.filter { code in
                code.inner == nil
                    || !placeholders.contains {
                        $0.lowerBound < code.span.range.lowerBound && code.span.range.lowerBound < $0.upperBound
                    }
            }
        }

        /// Each code: its kind, whether it is paired, and the Markdown of a placeholder.
        var codes: [(kind: InlineSpan.Kind, paired: Bool, markup: String)] {
            spans.map { code in
                (code.span.kind, code.inner != nil, code.inner == nil ? units.string(code.span.range) : "")
            }
        }

        /// The text without the markup of paired codes and without whole placeholders.
        var textWithoutCodes: String {
            guard !spans.isEmpty else { return markdown }
            var removed: [Range<Int>] = []
            for code in spans {
                if let inner = code.inner {
                    removed += [
                        code.span.range.lowerBound..<inner.lowerBound, inner.upperBound..<code.span.range.upperBound,
                    ]
                } else {
                    removed.append(code.span.range)
                }
            }
            removed.sort { $0.lowerBound < $1.lowerBound }
            var text = ""
            var position = 0
            for range in removed {
                if range.lowerBound > position { text += units.string(position..<range.lowerBound) }
                position = max(position, range.upperBound)
            }
            if position < units.count { text += units.string(position..<units.count) }
            return text
        }
    }

    /// The Markdown again.
    var markdown: String {
        runs.map { run in
            switch run {
            case .text(let text): return text
            case .open(_, _, let markup), .close(_, let markup), .placeholder(_, _, let markup): return markup
            }
        }.joined()
    }

    /// The text without codes: the translatable text runs joined.
    var textWithoutCodes: String {
        runs.map { if case .text(let t) = $0 { return t } else { return "" } }.joined()
    }

    /// The Markdown of each code by id: (opening or whole markup, closing markup).
    var markupByID: [Int: (open: String, close: String?)] {
        var result: [Int: (open: String, close: String?)] = [:]
        for run in runs {
            switch run {
            case .open(let id, _, let markup): result[id] = (markup, result[id]?.close)
            case .close(let id, let markup): result[id] = (result[id]?.open ?? "", markup)
            case .placeholder(let id, _, let markup): result[id] = (markup, nil)
            case .text: break
            }
        }
        return result
    }

    /// The inner range of a paired code: where its translatable text is. `unit` reads the text's UTF-16 units.
    static func content(of span: InlineSpan, unit: (Int) -> UInt16) -> Range<Int>? {
        let r = span.range
        switch span.kind {
        case .emphasis: return r.count > 2 ? (r.lowerBound + 1)..<(r.upperBound - 1) : nil
        case .strong: return r.count > 4 ? (r.lowerBound + 2)..<(r.upperBound - 2) : nil
        case .link:
            guard unit(r.lowerBound) == 0x5B else { return nil }  // "[", not an autolink
            // The text ends at the last "](" or "][", or at the final "]".
            var i = r.upperBound - 1
            while i > r.lowerBound {
                if unit(i) == 0x5D, i + 1 < r.upperBound, unit(i + 1) == 0x28 || unit(i + 1) == 0x5B {
                    return (r.lowerBound + 1)..<i
                }
                i -= 1
            }
            return unit(r.upperBound - 1) == 0x5D ? (r.lowerBound + 1)..<(r.upperBound - 1) : nil
        default: return nil
        }
    }

    /// A text's UTF-16 units, and its pieces cut from the string at UTF-16 offsets (spans count in
    /// UTF-16): cutting the string spares transcoding every piece back from UTF-16.
    struct UTF16Offsets: Sendable {
        let text: String
        let units: [UInt16]
        /// The UTF-8 offset of each UTF-16 offset: `String.Index(utf16Offset:in:)` walks the
        /// string's breadcrumbs, built for every non-ASCII text.
        private let utf8Offsets: [Int]

        init(_ text: String) {
            self.text = text
            (units, utf8Offsets) = text.utf16CodeUnitsAndUTF8Offsets()
        }

        var count: Int { units.count }

        subscript(_ offset: Int) -> UInt16 { units[offset] }

        func string(_ range: Range<Int>) -> String {
            text.piece(utf8: utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound])
        }
    }
}

extension InlineContent {
    /// This content (a target) with its codes numbered as the same codes of `source`:
    /// a code takes the id of the first unused source code with the same Markdown,
    /// else of the same kind; a code the source lacks gets a new id after the source's.
    func numbered(like source: InlineContent) -> InlineContent {
        var sourceCodes: [(id: Int, kind: InlineSpan.Kind, markup: String)] = []
        for run in source.runs {
            switch run {
            case .open(let id, let kind, let markup), .placeholder(let id, let kind, let markup):
                sourceCodes.append((id, kind, markup))
            default: break
            }
        }
        var used = Set<Int>()
        var mapping: [Int: Int] = [:]
        var next = (sourceCodes.map(\.id).max() ?? 0) + 1
        for run in runs {
            switch run {
            case .open(let id, let kind, let markup), .placeholder(let id, let kind, let markup):
                let match =
                    sourceCodes.first { !used.contains($0.id) && $0.kind == kind && $0.markup == markup }
                    ?? sourceCodes.first { !used.contains($0.id) && $0.kind.name == kind.name }
                if let match {
                    mapping[id] = match.id
                    used.insert(match.id)
                } else {
                    mapping[id] = next
                    next += 1
                }
            default: break
            }
        }
        return InlineContent(
            runs: runs.map { run in
                switch run {
                case .text: return run
                case .open(let id, let kind, let markup):
                    return .open(id: mapping[id] ?? id, kind: kind, markup: markup)
                case .close(let id, let markup): return .close(id: mapping[id] ?? id, markup: markup)
                case .placeholder(let id, let kind, let markup):
                    return .placeholder(id: mapping[id] ?? id, kind: kind, markup: markup)
                }
            })
    }
}
