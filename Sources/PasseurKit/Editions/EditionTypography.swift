/// The typography an edition prints for one locale: its quotation marks, apostrophe and, for
/// French, the no-break spaces around high punctuation.
///
/// Translators rarely type every curly quote or no-break space; the printed edition should
/// not depend on it. `apply` turns what a keyboard gives into what the language prints:
///
/// - straight double quotes become the locale's pair: “ ” (English, Portuguese), „ “ (German),
///   « » (French and Spanish), or the style `checks: locales:` sets in `passeur.yaml`;
/// - a straight apostrophe becomes ’ (and an English or German quotation in single quotes ‘ ’);
/// - French: a narrow no-break space (U+202F) before ; ! ? and », after «; a no-break space
///   (U+00A0) before :, replacing a plain space or filling its absence.
///
/// Text already typeset correctly comes out unchanged. Code spans are never touched: the
/// renderer passes only text nodes.
struct EditionTypography: Sendable, Equatable {
    /// The opening and closing double quotation marks.
    var quotes: (open: Character, close: Character)
    /// The opening single quotation mark (‘ or ‚), or nil where a straight single quote is
    /// always an apostrophe.
    var singleOpen: Character?
    /// Whether the locale puts no-break spaces around high punctuation (French).
    var frenchSpacing: Bool

    /// The typography of `locale`, with the quote style the project requires, if any.
    init(locale: LocaleTag, quoteStyle: LocaleCheckSettings.QuoteStyle? = nil) {
        let style = quoteStyle ?? Self.defaultStyle(language: locale.language)
        switch style {
        case .angle: quotes = ("«", "»")
        case .curly: quotes = ("“", "”")
        case .low: quotes = ("„", "“")
        }
        frenchSpacing = locale.language == "fr"
        switch locale.language {
        case "en", "pt": singleOpen = "‘"
        case "de": singleOpen = "‚"
        default: singleOpen = nil
        }
    }

    /// The quotation marks a language's editions use when the project does not say.
    static func defaultStyle(language: String) -> LocaleCheckSettings.QuoteStyle {
        switch language {
        case "fr", "es": return .angle
        case "de": return .low
        default: return .curly
        }
    }

    /// Whether the two are equal.
    static func == (a: EditionTypography, b: EditionTypography) -> Bool {
        a.quotes == b.quotes && a.singleOpen == b.singleOpen && a.frenchSpacing == b.frenchSpacing
    }

    /// The state carried from one text node to the next within a block: the character before,
    /// and whether a double quotation is open.
    struct Context: Sendable {
        /// The last character printed (nil at the start of a block).
        var previous: Character?
        /// Whether a straight double quote opened a quotation that is not closed yet.
        var quoteOpen = false

        /// A context at the start of a block.
        init(previous: Character? = nil) { self.previous = previous }
    }

    /// `text` as the locale prints it; `context` carries the neighbouring text across calls.
    ///
    /// `Characters` listed in `transparent` (the renderer's segment markers) are kept and
    /// do not count as the previous character.
    func apply(_ text: String, context: inout Context, transparent: Set<Character> = []) -> String {
        let chars = Array(text)
        var out: [Character] = []
        out.reserveCapacity(chars.count + 4)
        func next(after i: Int) -> Character? {
            var j = i + 1
            while j < chars.count, transparent.contains(chars[j]) { j += 1 }
            return j < chars.count ? chars[j] : nil
        }
        for (i, c) in chars.enumerated() {
            if transparent.contains(c) {
                out.append(c)
                continue
            }
            let before = context.previous
            let after = next(after: i)
            var emitted: [Character] = [c]
            switch c {
            case "\"":
                let opens = Self.opensQuotation(before: before, after: after, open: context.quoteOpen)
                context.quoteOpen = opens
                emitted = opens ? [quotes.open] : [quotes.close]
            case "'":
                let opening = before.map(Self.isSpaceOrOpening) ?? true
                if opening, after?.isLetter == true, let singleOpen {
                    emitted = [singleOpen]
                } else {
                    emitted = ["’"]
                }
            default:
                break
            }
            if frenchSpacing, let mark = emitted.first {
                if Self.narrowBefore.contains(mark) || mark == ":" {
                    let space: Character = mark == ":" ? "\u{A0}" : "\u{202F}"
                    // Only prose punctuation: not the colon of 10:30 or a URL, not the ? of a query string.
                    let inWord = mark != "»" && after.map { !$0.isWhitespace && !Self.closing.contains($0) } ?? false
                    let doubled = mark != "»" && before.map { Self.narrowBefore.contains($0) } ?? false
                    if !inWord, !doubled, let before {
                        if before == " " || before == "\u{A0}" || before == "\u{202F}" {
                            Self.replaceTrailingSpace(in: &out, with: space, transparent: transparent)
                        } else {
                            emitted.insert(space, at: 0)
                        }
                    }
                }
            }
            out.append(contentsOf: emitted)
            if frenchSpacing, emitted.last == "«" {
                if after == " " || after == "\u{A0}" {
                    // The following space is rewritten when it comes.
                } else if after != "\u{202F}" {
                    out.append("\u{202F}")
                }
            }
            if frenchSpacing, c == " " || c == "\u{A0}", before == "«" {
                out[out.count - 1] = "\u{202F}"
            }
            context.previous = out.last
        }
        return String(out)
    }

    private static let narrowBefore: Set<Character> = [";", "!", "?", "»"]
    private static let closing: Set<Character> = ["»", "”", "\"", ")", "]", "…", "?", "!", ".", ","]

    /// Whether a straight double quote between `before` and `after` opens a quotation.
    private static func opensQuotation(before: Character?, after: Character?, open: Bool) -> Bool {
        guard let before, !isSpaceOrOpening(before) else { return after.map { !$0.isWhitespace } ?? true }
        if after == nil || after?.isWhitespace == true || after?.isPunctuation == true { return false }
        return !open
    }

    private static func isSpaceOrOpening(_ c: Character) -> Bool {
        c.isWhitespace || "([{«„“‘—–-/".contains(c)
    }

    /// Replaces the last printed space (skipping transparent markers) with `space`.
    private static func replaceTrailingSpace(
        in out: inout [Character], with space: Character, transparent: Set<Character>
    ) {
        var j = out.count - 1
        while j >= 0, transparent.contains(out[j]) { j -= 1 }
        if j >= 0, out[j].isWhitespace { out[j] = space }
    }
}
