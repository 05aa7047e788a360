extension String {
    /// The text made safe to show inside a one-line message: line and paragraph separators,
    /// control characters (CR, NUL, ESC…) and other invisible format characters written as
    /// escapes (`\r`, `\n`, `\u{1B}`), and the result cut to `limit` characters with `…`.
    ///
    /// Input echoed in an error goes through this, so an error is always one printable line
    /// whatever bytes the file held. The limit counts what is shown, escapes included.
    public func quotedForMessage(limit: Int = 60) -> String {
        var out = ""
        var count = 0
        for scalar in unicodeScalars {
            if count >= limit {
                out += "…"
                break
            }
            let shown: String
            switch scalar {
            case "\n": shown = "\\n"
            case "\r": shown = "\\r"
            case "\t": shown = "\\t"
            default:
                shown =
                    Self.needsEscape(scalar)
                    ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : String(Character(scalar))
            }
            out += shown
            count += shown.unicodeScalars.count
        }
        return out
    }

    /// The text with every character that would break a one-line message escaped, not cut.
    var escapedForOneLine: String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
        return quotedForMessage(limit: .max)
    }

    /// Control characters, line and paragraph separators, and format characters that reorder or hide text.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: return true
        case .format: return scalar != "\u{AD}" && scalar != "\u{200D}"
        default: return false
        }
    }
}
