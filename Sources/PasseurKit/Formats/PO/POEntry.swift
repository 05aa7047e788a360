/// One entry of a PO file, as written: every comment kind, flags in their
/// order, previous fields, plural forms, obsolete marker.
///
/// This is the syntax layer: it reads and writes losslessly what gettext
/// tools write. `Catalog` is the meaning built on it.
public struct POEntry: Equatable, Sendable {
    /// `# ` translator comments, one string per line, without the `# `.
    var translatorComments: [String] = []
    /// `#.` extracted comments (notes for translators from the tool or author).
    var extractedComments: [String] = []
    /// `#:` references, one string per line, as written (`file:line file:line`).
    var references: [String] = []
    /// `#,` flags in their order (`fuzzy`, `c-format`, `reviewed`…).
    var flags: [String] = []
    /// `#| msgctxt`: the context before the source changed.
    var previousContext: String?
    /// `#| msgid`: the source before it changed.
    var previousID: String?
    /// `#| msgid_plural`.
    var previousIDPlural: String?
    /// `msgctxt`.
    var context: String?
    /// `msgid`: the source text.
    public var id: String = ""
    /// `msgid_plural`.
    var idPlural: String?
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]`… for plural entries.
    var strings: [String] = [""]
    /// Whether the entry is obsolete (`#~`).
    var isObsolete = false
    /// Where the entry's `msgid` keyword is (not compared).
    public var location: SourceLocation?
    /// Where its first `msgstr` keyword is (not compared): findings point there.
    var stringLocation: SourceLocation?
    /// The line of its last `#,` comment with a `passeur-ignore:` flag (not compared).
    var suppressionLine: Int?

    /// Creates an empty entry.
    init() {}

    /// Whether this is the header (empty `msgid`, no context).
    var isHeader: Bool { id.isEmpty && context == nil && !isObsolete }

    /// Whether the two are equal; where they were read from does not count.
    public static func == (a: POEntry, b: POEntry) -> Bool {
        a.translatorComments == b.translatorComments && a.extractedComments == b.extractedComments
            && a.references == b.references && a.flags == b.flags && a.previousContext == b.previousContext
            && a.previousID == b.previousID && a.previousIDPlural == b.previousIDPlural && a.context == b.context
            && a.id == b.id && a.idPlural == b.idPlural && a.strings == b.strings && a.isObsolete == b.isObsolete
    }
}

/// A PO file: its entries in order, the header first when there is one.
public struct POFile: Equatable, Sendable {
    /// The entries, in file order.
    public var entries: [POEntry]

    /// Creates a file from entries.
    init(entries: [POEntry]) {
        self.entries = entries
    }

    /// The header entry, if any.
    public var header: POEntry? { entries.first(where: \.isHeader) }

    /// The header's fields (`Language`, `Plural-Forms`…), in order.
    public var headerFields: [(name: String, value: String)] {
        guard let header else { return [] }
        return header.strings[0].split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line[line.index(after: colon)...].drop(while: { $0 == " " })))
        }
    }

    /// The value of a header field, if present.
    public func headerField(_ name: String) -> String? {
        headerFields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The file with its header declaring `charset=UTF-8`, which is what `POWriter` writes.
    ///
    /// A catalog read from KOI8-R or windows-1251 is decoded on reading; written
    /// back, it is UTF-8 and must say so. Other header text is untouched.
    func declaringUTF8() -> POFile {
        guard let index = entries.firstIndex(where: \.isHeader), var header = entries[index].strings.first,
            let range = header.range(of: "charset=")
        else { return self }
        var end = range.upperBound
        while end < header.endIndex, header[end] == " " { end = header.index(after: end) }
        var valueEnd = end
        while valueEnd < header.endIndex, !"\n; ".contains(header[valueEnd]) {
            valueEnd = header.index(after: valueEnd)
        }
        let value = header[end..<valueEnd].lowercased()
        guard !["utf-8", "utf8", "charset", ""].contains(value) else { return self }
        header.replaceSubrange(range.upperBound..<valueEnd, with: "UTF-8")
        var copy = self
        copy.entries[index].strings[0] = header
        return copy
    }
}
