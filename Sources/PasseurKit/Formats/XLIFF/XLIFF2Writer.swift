/// Writes XLIFF 2.1: core, notes, the glossary module (`gls:`) with the terms
/// found in each segment, and the translation-candidates module (`mtc:`) with
/// memory matches. Validates against `xliff_core_2.0.xsd` and the module schemas.
///
/// Inline Markdown becomes `<pc>` (emphasis, strong, links) and `<ph>` (code,
/// images, breaks, HTML), each pointing at `<originalData>` that keeps the
/// Markdown, so the text comes back unchanged on import. States: `initial`
/// (untranslated; fuzzy as `initial` with `subState="passeur:fuzzy"`),
/// `translated`, `reviewed`, `final`.
enum XLIFF2Writer {
    /// The file as XLIFF 2.1. The same input always gives the same bytes.
    static func write(_ file: ExchangeFile) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" \
            xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.1" \
            srcLang="\(XMLWriting.attribute(file.sourceLocale ?? ""))" trgLang="\(XMLWriting.attribute(file.targetLocale ?? ""))">
              <file id="f1" original="\(XMLWriting.attribute(file.original ?? ""))">

            """
        for unit in file.units {
            out += self.unit(unit)
        }
        out += "  </file>\n</xliff>\n"
        return out
    }

    static func unit(_ unit: ExchangeFile.Unit) -> String {
        let source = InlineContent(markdown: unit.source)
        let target = unit.target.map { InlineContent(markdown: $0).numbered(like: source) }
        var out = "    <unit id=\"\(XMLWriting.attribute(unit.id))\">\n"
        let candidates = unit.candidates
        if !candidates.isEmpty {
            out += "      <mtc:matches>\n"
            for (i, candidate) in candidates.enumerated() {
                out +=
                    "        <mtc:match id=\"m\(i + 1)\" ref=\"#s1\" similarity=\"\(candidate.score)\" type=\"tm\" origin=\"\(XMLWriting.attribute(candidate.origin))\">\n"
                out += "          <source>\(XMLWriting.text(candidate.source))</source>\n"
                out += "          <target>\(XMLWriting.text(candidate.target))</target>\n"
                out += "        </mtc:match>\n"
            }
            out += "      </mtc:matches>\n"
        }
        let entries = unit.glossary
        if !entries.isEmpty {
            out += "      <gls:glossary>\n"
            for entry in entries {
                out +=
                    "        <gls:glossEntry>\n          <gls:term source=\"glossary\">\(XMLWriting.text(entry.term))</gls:term>\n"
                for translation in entry.translations {
                    out += "          <gls:translation>\(XMLWriting.text(translation))</gls:translation>\n"
                }
                if let definition = entry.definition {
                    out += "          <gls:definition>\(XMLWriting.text(definition))</gls:definition>\n"
                }
                out += "        </gls:glossEntry>\n"
            }
            out += "      </gls:glossary>\n"
        }
        let notes =
            unit.references.map { ("location", $0) } + unit.descriptions.map { ("description", $0) }
            + unit.notes.map { ("translator", $0) }
        if !notes.isEmpty {
            out += "      <notes>\n"
            for (category, text) in notes {
                out += "        <note category=\"\(category)\">\(XMLWriting.text(text))</note>\n"
            }
            out += "      </notes>\n"
        }
        let data = originalData(source, target)
        if !data.isEmpty {
            out += "      <originalData>\n"
            for (id, markup) in data { out += "        <data id=\"\(id)\">\(XMLWriting.text(markup))</data>\n" }
            out += "      </originalData>\n"
        }
        let state: String
        var subState = ""
        switch unit.effectiveState {
        case .new: state = "initial"
        case .fuzzy:
            state = "initial"
            subState = " subState=\"passeur:fuzzy\""
        case .translated: state = "translated"
        case .reviewed: state = "reviewed"
        case .final: state = "final"
        }
        out += "      <segment id=\"s1\" state=\"\(state)\"\(subState)>\n"
        out += "        <source>\(inline(source))</source>\n"
        if let target { out += "        <target>\(inline(target))</target>\n" }
        out += "      </segment>\n    </unit>\n"
        return out
    }

    /// The `<data>` elements: `dN` for an opening or placeholder code, `dNe` for a closing one.
    static func originalData(_ source: InlineContent, _ target: InlineContent?) -> [(String, String)] {
        var data: [String: String] = [:]
        for run in source.runs + (target?.runs ?? []) {
            switch run {
            case .open(let id, _, let markup), .placeholder(let id, _, let markup):
                data["d\(id)"] = data["d\(id)"] ?? markup
            case .close(let id, let markup): data["d\(id)e"] = data["d\(id)e"] ?? markup
            case .text: break
            }
        }
        return data.sorted { (order($0.key), $0.key) < (order($1.key), $1.key) }
    }

    private static func order(_ key: String) -> Int { Int(key.dropFirst().prefix { $0.isNumber }) ?? 0 }

    /// Inline content as XLIFF 2 elements.
    static func inline(_ content: InlineContent) -> String {
        content.runs.map { run in
            switch run {
            case .text(let text): return XMLWriting.text(text)
            case .open(let id, _, _): return "<pc id=\"\(id)\" dataRefStart=\"d\(id)\" dataRefEnd=\"d\(id)e\">"
            case .close: return "</pc>"
            case .placeholder(let id, _, _): return "<ph id=\"\(id)\" dataRef=\"d\(id)\"/>"
            }
        }.joined()
    }
}
