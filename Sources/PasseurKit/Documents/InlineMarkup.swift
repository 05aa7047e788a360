/// Helpers on segment text that carries inline Markdown.
public enum InlineMarkup {
    /// The text a reader sees: link and image destinations, emphasis markers,
    /// backticks and backslash escapes removed. Used for word counts.
    ///
    /// `Voir [le *livre*](https://x.y "titre")` → `Voir le livre`.
    public static func plainText(_ markdown: String) -> String {
        var out = ""
        var scalars = Array(markdown.unicodeScalars)[...]
        while let c = scalars.first {
            scalars = scalars.dropFirst()
            switch c {
            case "\\":
                if let next = scalars.first, next.properties.isPatternSyntax || next == "\\" {
                    out.unicodeScalars.append(next)
                    scalars = scalars.dropFirst()
                } else {
                    out.unicodeScalars.append(c)
                }
            case "*", "_", "`":
                continue
            case "!" where scalars.first == "[":
                continue
            case "]" where scalars.first == "(":
                // Skip the destination and title up to the matching parenthesis.
                var depth = 0
                while let d = scalars.first {
                    scalars = scalars.dropFirst()
                    if d == "(" { depth += 1 }
                    if d == ")" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                }
            case "[":
                continue
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
