/// Writes TMX 1.4b translation memories; valid against `tmx14.dtd`.
///
/// Inline Markdown travels as native code: `<bpt i="N">`/`<ept i="N">` around
/// emphasis, strong and link text, `<ph>` for the other codes, so any TMX tool
/// keeps it and Passeur reads it back as the same Markdown.
enum TMXWriter {
    /// The file as TMX text: each unit's source, target and other texts, its state as a
    /// `x-passeur-state` property, its notes. The same input always gives the same bytes.
    static func write(_ file: ExchangeFile) -> String {
        let sourceLocale = file.sourceLocale ?? "*all*"
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="Passeur" creationtoolversion="0.1.0" datatype="markdown" segtype="sentence" \
            adminlang="en" srclang="\(XMLWriting.attribute(sourceLocale))" o-tmf="PO"/>
              <body>

            """
        for entry in file.units {
            let unitSource = entry.sourceLocale ?? sourceLocale
            // A unit read from another memory keeps its own source language.
            let srclang = unitSource == sourceLocale ? "" : " srclang=\"\(XMLWriting.attribute(unitSource))\""
            out += "    <tu tuid=\"\(XMLWriting.attribute(entry.id))\"\(srclang)>\n"
            for note in entry.notes { out += "      <note>\(XMLWriting.text(note, codePoints: false))</note>\n" }
            if let state = entry.state { out += "      <prop type=\"x-passeur-state\">\(state.rawValue)</prop>\n" }
            let texts =
                [(unitSource, entry.source)] + (entry.target.map { [(file.targetLocale ?? "", $0)] } ?? [])
                + entry.otherTexts.map { ($0.locale, $0.text) }
            for (locale, text) in texts {
                out +=
                    "      <tuv xml:lang=\"\(XMLWriting.attribute(locale))\"><seg>\(inline(InlineContent(markdown: text)))</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    static func inline(_ content: InlineContent) -> String {
        content.runs.map { run in
            switch run {
            case .text(let text): return XMLWriting.text(text, codePoints: false)
            case .open(let id, _, let markup):
                return "<bpt i=\"\(id)\">\(XMLWriting.text(markup, codePoints: false))</bpt>"
            case .close(let id, let markup):
                return "<ept i=\"\(id)\">\(XMLWriting.text(markup, codePoints: false))</ept>"
            case .placeholder(_, _, let markup): return "<ph>\(XMLWriting.text(markup, codePoints: false))</ph>"
            }
        }.joined()
    }
}
