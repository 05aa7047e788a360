/// Inline codes whose Markdown a file does not carry (XLIFF 1.2 `<g>`/`<x/>`,
/// XLIFF 2 codes without `originalData`), kept as private-use markers until
/// import resolves them by id against the catalog's source.
///
/// `U+E000 id U+E001` opens a code or stands for a placeholder, `U+E002 id U+E003` closes one.
enum InlineCodeMarkers {
    static let open: Character = "\u{E000}"
    static let openEnd: Character = "\u{E001}"
    static let close: Character = "\u{E002}"
    static let closeEnd: Character = "\u{E003}"

    /// The marker that opens code `id` (or stands for placeholder `id`).
    static func opening(_ id: String) -> String { "\(open)\(id)\(openEnd)" }

    /// The marker that closes code `id`.
    static func closing(_ id: String) -> String { "\(close)\(id)\(closeEnd)" }

    /// `text` with its markers written back as the XLIFF 1.2 codes they stand for, for checks
    /// that read a file as it is: a code that closes is `<g id="…">…</g>`, one that does not
    /// `<x id="…"/>`. So a translation that drops `<x id="name"/>` lacks a tag of its source.
    static func tags(_ text: String) -> String {
        guard contains(text) else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0 == open || $0 == close }) {
            out += rest[..<start]
            let isClose = rest[start] == close
            guard let end = rest[start...].firstIndex(of: isClose ? closeEnd : openEnd) else {
                // A marker left open is text.
                rest = rest[start...]
                break
            }
            let id = String(rest[rest.index(after: start)..<end])
            if isClose {
                out += "</g>"
            } else {
                let attribute = XMLWriting.attribute(id)
                out += text.contains(closing(id)) ? "<g id=\"\(attribute)\">" : "<x id=\"\(attribute)\"/>"
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    /// Whether `text` holds markers.
    static func contains(_ text: String) -> Bool { text.contains(open) || text.contains(close) }

    /// `text` with every marker replaced by the Markdown of the code with that id in
    /// `source`; nil when a marker names a code the source does not have.
    static func resolve(_ text: String, against source: InlineContent) -> String? {
        guard contains(text) else { return text }
        let markup = source.markupByID
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0 == open || $0 == close }) {
            out += rest[..<start]
            let isClose = rest[start] == close
            let terminator = isClose ? closeEnd : openEnd
            guard let end = rest[start...].firstIndex(of: terminator),
                let id = Int(rest[rest.index(after: start)..<end]), let code = markup[id]
            else { return nil }
            if isClose {
                guard let closing = code.close else { return nil }
                out += closing
            } else {
                out += code.open
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
