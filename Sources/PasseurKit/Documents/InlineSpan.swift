/// An inline code in a block's text: a piece of markup with a type.
///
/// Ranges are UTF-16 offsets into `Block.text` and cover the markup itself
/// (`*…*`, `[…](…)`), so the text stays the Markdown a translator sees (po4a's
/// convention) while tools know where each code starts and ends.
public struct InlineSpan: Hashable, Sendable {
    /// What the markup is.
    public enum Kind: Hashable, Sendable {
        /// `*…*` or `_…_`.
        case emphasis
        /// `**…**` or `__…__`.
        case strong
        /// `[text](url "title")` or `<url>`.
        case link(url: String, title: String)
        /// `![alt](url "title")`.
        case image(url: String, title: String)
        /// `` `code` ``.
        case code
        /// A hard line break: two spaces or a backslash before a newline.
        case lineBreak
        /// Raw inline HTML such as `<abbr>`.
        case html

        /// A short name for dumps: `emphasis`, `link`, …
        var name: String {
            switch self {
            case .emphasis: return "emphasis"
            case .strong: return "strong"
            case .link: return "link"
            case .image: return "image"
            case .code: return "code"
            case .lineBreak: return "break"
            case .html: return "html"
            }
        }
    }

    /// What the markup is.
    public var kind: Kind
    /// Where it is in the block's text, markup included.
    var range: Range<Int>

    /// Creates a span.
    init(_ kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
