/// XML and HTML tags in the text of a unit: `<b>`, `</b>`, `<br/>`, `<a href="%s">`,
/// `<span weight='bold'>`, `<xliff:g id="n">`.
///
/// A tag starts with `<` and its name at once (`< b>` is no tag) and ends at the `>` after its
/// attributes. Software strings also write placeholders that look like tags (`Usage: cp <source>
/// <dest>`, `<nom de fichier>`): a tag counts as markup only when the text shows it to be
/// (see `XMLTag.isMarkup`).
extension TextScanning {
    /// One tag of a text.
    struct XMLTag: Equatable, Sendable {
        /// The name (`b`, `a`, `xliff:g`).
        var name: String
        /// Whether it closes an element (`</b>`).
        var isClosing: Bool
        /// Whether it opens and closes an empty element (`<br/>`).
        var isSelfClosing: Bool
        /// Whether one of its attributes has a value (`href="…"`).
        var hasAttributeValue: Bool
        /// Whether the text shows it to be markup, not a placeholder in angle brackets: it closes
        /// or is self-closing, has an attribute with a value, has a name HTML or Pango markup
        /// uses (`b`, `i`, `span`, `a`, `br`…), or opens an element the text closes.
        var isMarkup: Bool
        /// What must stay identical in a translation: name, and attributes sorted by name with
        /// their values, but for attributes whose value is text to translate (`title`, `alt`,
        /// `lang`…), shown as `…`: `<a href="%s" title="…">`.
        var key: String
        /// As written.
        var written: String
        /// Where it is, in UTF-16 offsets of the text.
        var range: Range<Int>
    }

    /// Attributes whose value is text a translation may change (Translate Toolkit's list:
    /// `title`, `alt`, `dir`, `lang`; and the labels HTML forms and ARIA show).
    static let translatableAttributes: Set<String> = [
        "title", "alt", "dir", "lang", "xml:lang", "label", "placeholder", "summary", "aria-label",
    ]

    /// Element names of HTML and Pango markup, taken for markup even when not closed in the
    /// text (`<br>`, or `<b>` whose `</b>` a translation lost). Names that usage texts use as
    /// placeholders are left out (`<mark>`, `<var>`, `<source>`, `<link>`: git's and dpkg's; `<s>`,
    /// a translated `<sec>`).
    static let markupNames: Set<String> = [
        "a", "abbr", "b", "big", "blockquote", "br", "code", "del", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "img", "ins", "kbd", "li", "ol", "p", "pre", "small", "span", "strong", "sub", "sup",
        "table", "td", "th", "tr", "tt", "u", "ul",
    ]

    /// HTML's elements without content, the same written `<br>`, `<br/>` or `<br />`.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "hr", "img", "input", "link", "meta", "wbr"]

    /// A tag's name as compared: in lower case, as HTML reads it, and KDE's `<para>` as `<p>`,
    /// which KUIT turns it into and translators write.
    static func comparableTagName(_ name: String) -> String {
        let lower = name.lowercased()
        switch lower {
        case "para": return "p"
        // KDE's KUIT `<link url='…'>` renders as HTML's `<a href="…">`.
        case "link": return "a"
        default: return lower
        }
    }

    /// Tags that do one job in a translation, compared as one: emphasis, HTML's or KDE's
    /// semantic markup (`<b>`, `<i>`, `<u>`, `<strong>`, `<em>`, `<tt>`, `<code>`, `<filename>`,
    /// `<icode>`, `<command>`…), which translators swap for one another.
    static func tagClass(_ name: String) -> String {
        switch name {
        case "b", "i", "u", "strong", "em", "tt", "code", "filename", "icode", "bcode", "command", "application",
            "emphasis", "interface", "envar", "placeholder", "resource":
            return "(emphasis)"
        default: return name
        }
    }

    /// An attribute's value as compared: `…` for text to translate (`title`, `alt`…), a style
    /// without its spaces, and any web address for a web address in `href` and `src`, as
    /// translators point links to their language's page (`fr.wikipedia.org`); `url` is KDE's.
    static func comparableValue(_ value: String, of attribute: String) -> String {
        if translatableAttributes.contains(attribute) { return "…" }
        if attribute == "style" {
            return String(value.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        }
        if attribute == "href" || attribute == "src" || attribute == "url" {
            if value.hasPrefix("http://") || value.hasPrefix("https://") { return "(web address)" }
            // KDE writes a link's "What's this?" help in its href: text to translate.
            if value.unicodeScalars.contains(" ") { return "…" }
        }
        return value
    }

    /// Pango's spans that say what a short tag says, compared as that tag.
    static let pangoShorthands: [String: String] = [
        "<span weight=\"bold\">": "b", "<span style=\"italic\">": "i", "<span underline=\"single\">": "u",
    ]

    /// Whether the text has a `<`: most sentences have none, and are spared the tag scan.
    static func mayHoldXMLTag(_ text: String) -> Bool {
        text.containsByte { $0 == UInt8(ascii: "<") }
    }

    /// The tags of `text`, in order.
    static func xmlTags(in text: String) -> [XMLTag] {
        guard mayHoldXMLTag(text) else { return [] }
        let (scalars, offsets) = scalarsWithUTF16Offsets(text)
        var tags: [XMLTag] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "<", let tag = XMLTagParser(scalars: scalars).parse(at: i) else {
                i += 1
                continue
            }
            tags.append(
                XMLTag(
                    name: tag.name, isClosing: tag.isClosing, isSelfClosing: tag.isSelfClosing,
                    hasAttributeValue: tag.attributes.contains { $0.value != nil }, isMarkup: false,
                    key: tag.key, written: String(String.UnicodeScalarView(scalars[i..<tag.end])),
                    range: offsets[i]..<offsets[tag.end]))
            i = tag.end
        }
        // `<span weight="bold">…</span>` compares as `<b>…</b>`: each `</span>` closes the last span.
        var spans: [String] = []
        for k in tags.indices where tags[k].name == "span" && !tags[k].isSelfClosing {
            if tags[k].isClosing {
                if let name = spans.popLast(), name != "span" { tags[k].key = "</\(tagClass(name))>" }
            } else {
                let name = pangoShorthands[tags[k].key] ?? "span"
                if name != "span" { tags[k].key = "<\(tagClass(name))>" }
                spans.append(name)
            }
        }
        let closed = Set(tags.filter(\.isClosing).map(\.name))
        for k in tags.indices {
            let tag = tags[k]
            tags[k].isMarkup =
                tag.isClosing || tag.isSelfClosing || tag.hasAttributeValue
                || markupNames.contains(tag.name.lowercased()) || closed.contains(tag.name)
        }
        return tags
    }

    /// Where `text` has something that was meant as a tag named `name` but is not one: a space
    /// after `<` or `</` (`< b>`), or no `>` (`<b`, `<a href="x"`).
    ///
    /// - Parameters:
    ///   - name: The tag's name.
    ///   - text: A translation.
    /// - Returns: The UTF-16 range from its `<` to its `>` or the end of its name, or nil.
    static func brokenXMLTag(named name: String, in text: String) -> Range<Int>? {
        guard text.containsByte(where: { $0 == UInt8(ascii: "<") }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        let nameScalars = Array(name.unicodeScalars)
        let parser = XMLTagParser(scalars: scalars)
        var offset = 0
        for i in scalars.indices {
            defer { offset += scalars[i].utf16.count }
            guard scalars[i] == "<", parser.parse(at: i) == nil else { continue }
            var j = i + 1
            while j < scalars.count, scalars[j] == " " || scalars[j] == "/" { j += 1 }
            guard j + nameScalars.count <= scalars.count, Array(scalars[j..<(j + nameScalars.count)]) == nameScalars
            else { continue }
            var end = j + nameScalars.count
            if end < scalars.count, XMLTagParser.isNamePart(scalars[end]) { continue }
            // The rest of the would-be tag, to its `>` if one comes before the next `<`.
            var k = end
            while k < scalars.count, scalars[k] != "<", scalars[k] != ">" { k += 1 }
            if k < scalars.count, scalars[k] == ">" { end = k + 1 }
            let length = scalars[i..<end].reduce(0) { $0 + $1.utf16.count }
            return offset..<(offset + length)
        }
        return nil
    }
}

/// Reads one tag from its `<`.
private struct XMLTagParser {
    let scalars: [Unicode.Scalar]

    /// A tag read: its parts, its comparable key, and the index after its `>`.
    struct Parsed {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var attributes: [(name: String, value: String?)]
        var end: Int

        /// `<name a="v" b="…">`, `</name>`, `<name/>`, written so that tags a translation may
        /// write either way compare equal (`TextScanning.comparableTag`).
        var key: String {
            let comparable = TextScanning.comparableTagName(name)
            let name = TextScanning.tagClass(comparable)
            if isClosing { return "</\(name)>" }
            let parts = attributes.map { attribute in
                let lower = attribute.name.lowercased()
                return (name: comparable == "a" && lower == "url" ? "href" : lower, value: attribute.value)
            }.sorted { $0.name < $1.name }
                .map { attribute -> String in
                    guard let value = attribute.value else { return " \(attribute.name)" }
                    return " \(attribute.name)=\"\(TextScanning.comparableValue(value, of: attribute.name))\""
                }
            let selfClosing = isSelfClosing && !TextScanning.voidElements.contains(comparable)
            return "<\(name)\(parts.joined())\(selfClosing ? "/>" : ">")"
        }
    }

    /// The tag whose `<` is at `start`, or nil when what follows is no tag.
    func parse(at start: Int) -> Parsed? {
        var i = start + 1
        var isClosing = false
        if i < scalars.count, scalars[i] == "/" {
            isClosing = true
            i += 1
        }
        guard let name = readName(&i) else { return nil }
        var attributes: [(name: String, value: String?)] = []
        while true {
            let spaced = skipSpaces(&i)
            guard i < scalars.count else { return nil }
            if scalars[i] == ">" {
                return Parsed(
                    name: name, isClosing: isClosing, isSelfClosing: false, attributes: attributes, end: i + 1)
            }
            if scalars[i] == "/", i + 1 < scalars.count, scalars[i + 1] == ">", !isClosing {
                return Parsed(name: name, isClosing: false, isSelfClosing: true, attributes: attributes, end: i + 2)
            }
            // An attribute, after a space; none in a closing tag.
            guard spaced, !isClosing, let attribute = readName(&i) else { return nil }
            var probe = i
            skipSpaces(&probe)
            if probe < scalars.count, scalars[probe] == "=" {
                i = probe + 1
                skipSpaces(&i)
                guard let value = readValue(&i) else { return nil }
                attributes.append((attribute, value))
            } else {
                attributes.append((attribute, nil))
            }
        }
    }

    /// A name (a letter or `_`, then letters, digits, `_ . : -`), advancing `i` past it.
    private func readName(_ i: inout Int) -> String? {
        guard i < scalars.count, scalars[i].isASCII, scalars[i].properties.isAlphabetic || scalars[i] == "_"
        else { return nil }
        let start = i
        while i < scalars.count, Self.isNamePart(scalars[i]) { i += 1 }
        return String(String.UnicodeScalarView(scalars[start..<i]))
    }

    /// An attribute value, quoted or not, advancing `i` past it.
    private func readValue(_ i: inout Int) -> String? {
        guard i < scalars.count else { return nil }
        let quote = scalars[i]
        if quote == "\"" || quote == "'" {
            guard let close = scalars[(i + 1)...].firstIndex(of: quote) else { return nil }
            let value = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
            i = close + 1
            return value
        }
        let start = i
        while i < scalars.count, !scalars[i].properties.isWhitespace, !"\"'<>=`".unicodeScalars.contains(scalars[i]) {
            i += 1
        }
        return i > start ? String(String.UnicodeScalarView(scalars[start..<i])) : nil
    }

    /// Skips white space; whether there was any.
    @discardableResult
    private func skipSpaces(_ i: inout Int) -> Bool {
        let start = i
        while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
        return i > start
    }

    /// What a name is made of after its first character.
    static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "_.:-".unicodeScalars.contains(scalar))
    }
}

extension TextScanning {
    /// The scalars of `text`, and the UTF-16 offset of each (one more: the text's length), so
    /// that what is found by scalar is located as findings' ranges count.
    static func scalarsWithUTF16Offsets(_ text: String) -> (scalars: [Unicode.Scalar], offsets: [Int]) {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += scalar.utf16.count
        }
        offsets.append(offset)
        return (scalars, offsets)
    }
}
