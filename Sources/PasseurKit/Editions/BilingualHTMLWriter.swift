/// The source and its translation side by side, segment by segment, on one HTML page: for
/// reviewers reading the finished text and for language learners.
///
/// Each block of the document is a group of numbered rows (source, translation); headings
/// stay headings and quotes keep their rule. A fallback sentence is highlighted. On a phone
/// the two columns stack.
struct BilingualHTMLWriter: Sendable {
    /// The edition.
    var edition: TranslatedEdition
    /// The source rendered segment by segment.
    var source: EditionHTMLRenderer.Output
    /// The translation rendered segment by segment.
    var target: EditionHTMLRenderer.Output
    /// What the page says about itself.
    var metadata: EditionMetadata

    /// `em` or `strong` when the skeleton around a block wraps it in emphasis (`*…*`, `**…**`).
    static func wrapper(before: Document.Piece?, after: Document.Piece?) -> String? {
        guard case .literal(let left) = before, case .literal(let right) = after else { return nil }
        for (marker, tag) in [("**", "strong"), ("__", "strong"), ("*", "em"), ("_", "em")]
        where left.hasSuffix(marker) && right.hasPrefix(marker) {
            return tag
        }
        return nil
    }

    /// The page.
    func render() -> String {
        let m = metadata
        let sourceLanguage = m.sourceLocale.identifier
        let targetLanguage = m.locale.identifier
        var rows: [String] = []
        var k = 0
        let pieces = edition.document.pieces
        for (p, piece) in pieces.enumerated() {
            guard case .block(let blockIndex) = piece else { continue }
            let block = edition.document.blocks[blockIndex]
            var (open, close): (String, String)
            switch block.kind {
            case .heading(let level): (open, close) = ("<h\(level)>", "</h\(level)>")
            default: (open, close) = ("<p>", "</p>")
            }
            // Emphasis around the whole block (the author line, a disclaimer) lives in the skeleton.
            let wrapper = Self.wrapper(
                before: p > 0 ? pieces[p - 1] : nil, after: p + 1 < pieces.count ? pieces[p + 1] : nil)
            if let wrapper {
                open += "<\(wrapper)>"
                close = "</\(wrapper)>" + close
            }
            var pairs: [String] = []
            for _ in block.segments where k < source.segments.count && k < target.segments.count {
                let fallback = edition.segments[k].status != .translated
                pairs.append(
                    """
                    <div class="pair\(fallback ? " fallback" : "")" id="s\(k + 1)">\
                    <span class="number">\(k + 1)</span>\
                    <div class="source" lang="\(sourceLanguage)">\(open)\(source.segments[k])\(close)</div>\
                    <div class="target" lang="\(fallback ? sourceLanguage : targetLanguage)">\
                    \(open)\(target.segments[k])\(close)</div></div>
                    """)
                k += 1
            }
            rows.append("<section class=\"block \(block.kind.name)\">\n\(pairs.joined(separator: "\n"))\n</section>")
        }
        let languages = "\(LanguageNames.english(m.sourceLocale)) · \(LanguageNames.english(m.locale))"
        return """
            <!DOCTYPE html>
            <html lang="\(targetLanguage)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(XMLText.escape(m.title)) — \(XMLText.escape(m.sourceTitle))</title>
            <meta name="generator" content="\(XMLText.escape(m.generator))">
            <style>
            \(EditionStylesheet.bilingual)
            </style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(XMLText.escape(m.title))</h1>
            <p class="languages" lang="en">\(XMLText.escape(languages)) · <span lang="\(sourceLanguage)">\
            \(XMLText.escape(m.sourceTitle))</span></p>
            </header>
            \(rows.joined(separator: "\n"))
            </main>
            <footer class="colophon" lang="en">
            \(m.colophonHTML)
            </footer>
            </body>
            </html>

            """
    }
}
