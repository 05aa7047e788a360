/// Helpers on segment text that carries inline Markdown.
public enum InlineMarkup {
    /// The inline codes of one segment's Markdown (emphasis, links, code spans, images,
    /// hard breaks, inline HTML), found by libcmark as in a document.
    ///
    /// The text is parsed as the content of a paragraph, so a segment that starts
    /// with `1. ` or `# ` is not read as a list or a heading.
    public static func spans(in text: String) -> [InlineSpan] {
        recentSpans.value(for: text, computeSpans)
    }

    private static let recentSpans = RecentResults<[InlineSpan]>()
    private static let recentPlainText = RecentResults<String>()

    private static func computeSpans(_ text: String) -> [InlineSpan] {
        // Most sentences have no markup at all: a byte scan spares them the parse.
        let markup: Set<UInt8> = [0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x21, 0x3C, 0x5C, 0x0A]
        guard text.utf8.contains(where: markup.contains) else { return [] }
        // A zero-width space in front keeps cmark in paragraph context; offsets move back by one.
        let document = MarkdownReader.read("\u{200B}" + text, path: "", peelWrappers: false)
        guard document.blocks.count == 1, let block = document.blocks.first, block.text == "\u{200B}" + text else {
            return []
        }
        return block.spans.map { InlineSpan($0.kind, range: ($0.range.lowerBound - 1)..<($0.range.upperBound - 1)) }
    }

    /// The text a reader sees: link and image destinations, emphasis markers,
    /// backticks and backslash escapes removed. Used for word counts.
    ///
    /// `Voir [le *livre*](https://x.y "titre")` → `Voir le livre`.
    public static func plainText(_ markdown: String) -> String {
        recentPlainText.value(for: markdown, computePlainText)
    }

    private static func computePlainText(_ markdown: String) -> String {
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
