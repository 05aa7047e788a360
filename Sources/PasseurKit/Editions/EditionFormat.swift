/// The kinds of edition `passeur build` writes.
public enum EditionFormat: String, Sendable, CaseIterable, Codable, Comparable {
    /// The document in its source format, Markdown (`<name>.md`); for a plain-text source, see `txt`.
    case md
    /// Plain text (`<name>.txt`): markup removed; for a plain-text source, the document itself.
    case txt
    /// A standalone HTML5 page (`<name>.html`).
    case html
    /// An EPUB 3 e-book (`<name>.epub`).
    case epub
    /// Source and translation side by side (`<name>.bilingual.html`).
    case bilingual

    /// The file name of the edition of document `name` (no extension) in this format.
    func fileName(_ name: String) -> String {
        switch self {
        case .md: return name + ".md"
        case .txt: return name + ".txt"
        case .html: return name + ".html"
        case .epub: return name + ".epub"
        case .bilingual: return name + ".bilingual.html"
        }
    }

    /// The order of `allCases`.
    public static func < (a: EditionFormat, b: EditionFormat) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
