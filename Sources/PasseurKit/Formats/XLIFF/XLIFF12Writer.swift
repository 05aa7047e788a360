/// Writes XLIFF 1.2 for tools that do not read 2.x; validates against the strict schema.
///
/// Paired Markdown codes become `<g>` (`ctype` italic, bold, link), the others
/// `<x/>` (`ctype` x-code, image, lb, x-html) with their Markdown in
/// `equiv-text`; import gives each code its Markdown back by id from the
/// catalog's source. States: `needs-review-translation` (fuzzy), `translated`,
/// `signed-off` (reviewed), `final`; `approved="yes"` on every translated unit, as
/// Translate Toolkit writes and reads it.
enum XLIFF12Writer {
    /// The file as XLIFF 1.2. The same input always gives the same bytes.
    static func write(_ file: ExchangeFile) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="\(XMLWriting.attribute(file.original ?? ""))" source-language="\(XMLWriting.attribute(file.sourceLocale ?? ""))" \
            target-language="\(XMLWriting.attribute(file.targetLocale ?? ""))" datatype="x-markdown" tool-id="passeur">
                <header>
                  <tool tool-id="passeur" tool-name="Passeur"/>
                </header>
                <body>

            """
        for unit in file.units {
            let source = InlineContent(markdown: unit.source)
            let state = unit.effectiveState
            // Translate Toolkit and Okapi read approved="yes" as "not fuzzy".
            let approved = state.isTranslated ? " approved=\"yes\"" : unit.target != nil ? " approved=\"no\"" : ""
            out += "      <trans-unit id=\"\(XMLWriting.attribute(unit.id))\"\(approved)>\n"
            out += "        <source>\(inline(source))</source>\n"
            if let text = unit.target {
                let target = InlineContent(markdown: text).numbered(like: source)
                let stateName: String
                switch state {
                case .new, .fuzzy: stateName = "needs-review-translation"
                case .translated: stateName = "translated"
                case .reviewed: stateName = "signed-off"
                case .final: stateName = "final"
                }
                out += "        <target state=\"\(stateName)\">\(inline(target))</target>\n"
            }
            for note in unit.references + unit.descriptions {
                out +=
                    "        <note from=\"passeur\" annotates=\"source\">\(XMLWriting.text(note, codePoints: false))</note>\n"
            }
            for note in unit.notes {
                out += "        <note from=\"translator\">\(XMLWriting.text(note, codePoints: false))</note>\n"
            }
            out += "      </trans-unit>\n"
        }
        return out + "    </body>\n  </file>\n</xliff>\n"
    }

    static func inline(_ content: InlineContent) -> String {
        content.runs.map { run in
            switch run {
            case .text(let text): return XMLWriting.text(text, codePoints: false)
            case .open(let id, let kind, _):
                let ctype = kind == .emphasis ? "italic" : kind == .strong ? "bold" : "link"
                return "<g id=\"\(id)\" ctype=\"\(ctype)\">"
            case .close: return "</g>"
            case .placeholder(let id, let kind, let markup):
                let ctype: String
                switch kind {
                case .image: ctype = "image"
                case .lineBreak: ctype = "lb"
                case .html: ctype = "x-html"
                case .link: ctype = "link"
                default: ctype = "x-code"
                }
                return "<x id=\"\(id)\" ctype=\"\(ctype)\" equiv-text=\"\(XMLWriting.attribute(markup))\"/>"
            }
        }.joined()
    }
}
