import CCMark
import Foundation

/// Renders an edition's Markdown to HTML with libcmark, segment by segment.
///
/// Every sentence is wrapped in a pair of marker characters before cmark parses the whole
/// document, so the structure is cmark's own (lists, quotes, emphasis across a block) and yet
/// each sentence's HTML can be found afterwards: to highlight a fallback sentence, to tag it
/// with the source language, or to set it beside its source in the bilingual page. The
/// markers are Unicode punctuation, which CommonMark's emphasis rules treat like the space
/// beside them, so they never change how `*` or `_` pair up.
///
/// cmark's safe mode is used: raw HTML of the source is left out of HTML and EPUB editions
/// (the Markdown edition keeps it), so the output is always well-formed XHTML as well.
struct EditionHTMLRenderer: Sendable {
    /// A heading of the rendered document, for tables of contents.
    struct Heading: Sendable, Equatable {
        /// 1–6.
        var level: Int
        /// The `id` attribute given to it (`section-1`…).
        var id: String
        /// Its content as HTML text (tags removed, entities kept).
        var text: String
    }

    /// The rendered document.
    struct Output: Sendable, Equatable {
        /// The body's HTML, fallback sentences wrapped as the policy says.
        var html: String
        /// Each segment's own HTML, in document order.
        var segments: [String]
        /// The headings, in order.
        var headings: [Heading]
    }

    /// The typography applied to text nodes, if any.
    var typography: EditionTypography?

    /// Renders `edition`: its translations (or the source where `source` is true).
    func render(_ edition: TranslatedEdition, source: Bool = false) -> Output {
        let texts =
            source ? edition.segments.map(\.source) : edition.segments.indices.map { edition.printed($0) { $0 } }
        if edition.document.format == .plainText { return renderPlainText(edition, texts: texts, source: source) }
        let (open, close) = Self.markers(avoiding: texts)
        let markdown = edition.document.rebuilt { segment in
            "\(open)\(texts[edition.index(of: segment)])\(close)"
        }
        var html = renderHTML(markdown, transparent: [open, close])
        var segmentHTML: [String] = []
        var result = ""
        var index = 0
        var rest = html[...]
        while let start = rest.firstIndex(of: open), let end = rest[start...].firstIndex(of: close) {
            result += rest[..<start]
            let inner = String(rest[rest.index(after: start)..<end])
            segmentHTML.append(inner)
            result += wrap(
                inner, segment: index < edition.segments.count ? edition.segments[index] : nil, edition, source)
            index += 1
            rest = rest[rest.index(after: end)...]
        }
        result += rest
        html = result
        let (withIDs, headings) = Self.numberHeadings(html)
        return Output(html: withIDs, segments: segmentHTML, headings: headings)
    }

    /// A plain-text document as paragraphs: its text is escaped, never read as Markdown
    /// (« 2 * 3 » stays as written), and its line breaks are kept.
    private func renderPlainText(_ edition: TranslatedEdition, texts: [String], source: Bool) -> Output {
        var html = ""
        var segmentHTML: [String] = []
        for piece in edition.document.pieces {
            guard case .block(let blockIndex) = piece else { continue }
            let block = edition.document.blocks[blockIndex]
            var context = EditionTypography.Context()
            func typeset(_ text: String) -> String {
                let printed = typography.map { $0.apply(text, context: &context) } ?? text
                return XMLText.escape(printed).replacingOccurrences(of: "\n", with: "<br />\n")
            }
            let units = block.text.utf16CodeUnits
            var position = 0
            var paragraph = ""
            for segment in block.segments {
                paragraph += typeset(String(decoding: units[position..<segment.range.lowerBound], as: UTF16.self))
                let index = edition.index(of: segment)
                let inner = typeset(texts[index])
                segmentHTML.append(inner)
                paragraph += wrap(inner, segment: edition.segments[index], edition, source)
                position = segment.range.upperBound
            }
            paragraph += typeset(String(decoding: units[position...], as: UTF16.self))
            html += "<p>\(paragraph)</p>\n"
        }
        return Output(html: html, segments: segmentHTML, headings: [])
    }

    /// The HTML printed for one segment: as is, or tagged as source-language text.
    private func wrap(_ inner: String, segment: EditionSegment?, _ edition: TranslatedEdition, _ source: Bool)
        -> String
    {
        guard !source, let segment, segment.status != .translated else { return inner }
        let language = edition.sourceLocale.identifier
        switch edition.fallback {
        case .fail, .source: return "<span lang=\"\(language)\">\(inner)</span>"
        case .mark:
            return "<mark class=\"fallback\" lang=\"\(language)\" title=\"not translated yet\">\(inner)</mark>"
        }
    }

    /// Two marker characters that none of the texts contains.
    static func markers(avoiding texts: [String]) -> (Character, Character) {
        let pairs: [(Character, Character)] = [("⸨", "⸩"), ("⁅", "⁆"), ("⟦", "⟧"), ("⦃", "⦄")]
        return pairs.first { pair in !texts.contains { $0.contains(pair.0) || $0.contains(pair.1) } } ?? pairs[0]
    }

    /// cmark's HTML for `markdown`, with the typography applied to every text node.
    func renderHTML(_ markdown: String, transparent: Set<Character>) -> String {
        let bytes = Array(markdown.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> String in
                guard let root = cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT) else {
                    return ""
                }
                defer { cmark_node_free(root) }
                if let typography { Self.typeset(root, typography, transparent: transparent) }
                guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
                defer { free(html) }
                return String(cString: html)
            }
        }
    }

    /// Applies `typography` to the text nodes under `root`, block by block.
    private static func typeset(_ root: OpaquePointer, _ typography: EditionTypography, transparent: Set<Character>) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var context = EditionTypography.Context()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                context = EditionTypography.Context()
            case CMARK_NODE_TEXT:
                guard let literal = cmark_node_get_literal(node) else { continue }
                let text = typography.apply(String(cString: literal), context: &context, transparent: transparent)
                cmark_node_set_literal(node, text)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                context.previous = " "
            case CMARK_NODE_CODE:
                context.previous = "x"
            default:
                break
            }
        }
    }

    /// `html` with an `id` on every heading, and the headings.
    static func numberHeadings(_ html: String) -> (String, [Heading]) {
        var out = ""
        var headings: [Heading] = []
        var copied = html.startIndex
        var searchFrom = html.startIndex
        while let open = html[searchFrom...].range(of: "<h") {
            searchFrom = open.upperBound
            let levelIndex = open.upperBound
            guard levelIndex < html.endIndex, let level = html[levelIndex].wholeNumberValue, (1...6).contains(level)
            else { continue }
            let bracket = html.index(after: levelIndex)
            guard bracket < html.endIndex, html[bracket] == ">" else { continue }
            let contentStart = html.index(after: bracket)
            guard let closing = html[contentStart...].range(of: "</h\(level)>") else { break }
            let id = "section-\(headings.count + 1)"
            out += html[copied..<open.lowerBound]
            out += "<h\(level) id=\"\(id)\">"
            out += html[contentStart..<closing.upperBound]
            headings.append(
                Heading(level: level, id: id, text: stripTags(String(html[contentStart..<closing.lowerBound]))))
            copied = closing.upperBound
            searchFrom = copied
        }
        out += html[copied...]
        return (out, headings)
    }

    /// `html` without its tags.
    static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" {
                inTag = true
            } else if c == ">" {
                inTag = false
            } else if !inTag {
                out.append(c)
            }
        }
        return out
    }
}
