/// Writes TMX 1.4b translation memories; valid against `tmx14.dtd`.
///
/// Inline Markdown travels as native code: `<bpt i="N">`/`<ept i="N">` around
/// emphasis, strong and link text, `<ph>` for the other codes, so any TMX tool
/// keeps it and Passeur reads it back as the same Markdown.
public enum TMXWriter {
    /// A translation unit of the memory.
    public struct Entry: Equatable, Sendable {
        /// The unit id.
        public var id: String
        /// The text by locale identifier, as Markdown.
        public var texts: [(locale: String, text: String)]
        /// The catalog state, kept as a `x-passeur-state` property.
        public var state: TranslationUnit.State?
        /// Notes.
        public var notes: [String]
        /// The unit's own source language (`<tu srclang>`), which overrides the header's.
        public var sourceLocale: String?

        /// Creates an entry.
        public init(
            id: String, texts: [(locale: String, text: String)], state: TranslationUnit.State? = nil,
            notes: [String] = [],
            sourceLocale: String? = nil
        ) {
            self.id = id
            self.texts = texts
            self.state = state
            self.notes = notes
            self.sourceLocale = sourceLocale
        }

        /// Whether the two hold the same texts, state and notes.
        public static func == (a: Entry, b: Entry) -> Bool {
            a.id == b.id && a.texts.map(\.locale) == b.texts.map(\.locale) && a.texts.map(\.text) == b.texts.map(\.text)
                && a.state == b.state && a.notes == b.notes
        }
    }

    /// The memory as TMX text. The same entries always give the same bytes.
    public static func write(_ entries: [Entry], sourceLocale: String) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="Passeur" creationtoolversion="0.1.0" datatype="markdown" segtype="sentence" \
            adminlang="en" srclang="\(XMLWriting.attribute(sourceLocale))" o-tmf="PO"/>
              <body>

            """
        for entry in entries {
            out += "    <tu tuid=\"\(XMLWriting.attribute(entry.id))\">\n"
            for note in entry.notes { out += "      <note>\(XMLWriting.text(note, codePoints: false))</note>\n" }
            if let state = entry.state { out += "      <prop type=\"x-passeur-state\">\(state.rawValue)</prop>\n" }
            for (locale, text) in entry.texts {
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
