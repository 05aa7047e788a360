/// Which quotation marks and brackets open and close a quotation in a language.
///
/// French writes « … » with a (narrow) no-break space inside, German „…“ or »…«,
/// English “…”. A closing mark after the end of a quoted sentence belongs to
/// that sentence even when a space stands before it; an opening mark after a
/// sentence end belongs to the next one.
struct QuoteTypography: Sendable {
    /// UTF-16 code units that open a quotation or a parenthesis.
    let openers: Set<UInt16>
    /// UTF-16 code units that close one.
    let closers: Set<UInt16>

    /// Creates a typography from the characters that open and close.
    init(openers: String, closers: String) {
        self.openers = Set(openers.utf16)
        self.closers = Set(closers.utf16)
    }

    /// The typography of a language subtag.
    static func builtIn(for language: String) -> QuoteTypography {
        switch language {
        case "de": return QuoteTypography(openers: "„‚»([", closers: "“‘«)]")
        case "en": return QuoteTypography(openers: "“‘([", closers: "”’)]")
        default: return QuoteTypography(openers: "«“‘([", closers: "»”’)]")
        }
    }
}
