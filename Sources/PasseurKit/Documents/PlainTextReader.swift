/// Reads plain text into blocks.
///
/// Where the file has blank lines, a block is a blank-line separated paragraph
/// whose lines are joined by a space; otherwise every non-empty line is a block.
public enum PlainTextReader {
    /// Splits text into blocks; `path` names it in locations.
    public static func read(_ text: String, path: String) -> Document {
        // Lines without their terminators, and the terminators ("\n", "\r\n" or "" at the end).
        var lines: [Substring] = []
        var terminators: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if let newline = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
                lines.append(rest[..<newline])
                terminators.append(String(rest[newline]))
                rest = rest[rest.index(after: newline)...]
            } else {
                lines.append(rest)
                terminators.append("")
                rest = ""
            }
        }
        let isBlank = lines.map { $0.allSatisfy(\.isWhitespace) }
        let hasBlankLines = isBlank.contains(true)
        // Groups of line indices forming each block.
        var groups: [[Int]] = []
        var current: [Int] = []
        for (i, blank) in isBlank.enumerated() {
            if !blank { current.append(i) }
            if blank || !hasBlankLines, !current.isEmpty {
                groups.append(current)
                current = []
            }
        }
        if !current.isEmpty { groups.append(current) }

        var blocks: [Block] = []
        var pieces: [Document.Piece] = []
        var literal = ""
        var lineIndex = 0
        for group in groups {
            while lineIndex < group[0] {
                literal += lines[lineIndex] + terminators[lineIndex]
                lineIndex += 1
            }
            var joined = ""
            var raw = ""
            var lineStarts: [(offset: Int, location: SourceLocation)] = []
            for (k, i) in group.enumerated() {
                let line = lines[i]
                let leading = line.prefix(while: \.isWhitespace)
                let content = line.dropFirst(leading.count)
                let trimmed = content.reversed().drop(while: \.isWhitespace).reversed()
                if k == 0 { literal += leading }
                if k > 0 {
                    joined += " "
                    raw += terminators[i - 1] + leading
                }
                lineStarts.append(
                    (
                        joined.utf16.count,
                        SourceLocation(file: path, line: i + 1, column: leading.unicodeScalars.count + 1)
                    ))
                joined += String(trimmed)
                raw += String(trimmed)
                if k == group.count - 1 {
                    pieces.append(.literal(literal))
                    literal = String(content.dropFirst(trimmed.count))
                }
            }
            pieces.append(.block(blocks.count))
            blocks.append(
                Block(
                    kind: .paragraph, text: joined, spans: [], raw: raw, continuationPrefix: "",
                    location: lineStarts[0].location, lineStarts: lineStarts))
            lineIndex = group[group.count - 1] + 1
            literal += terminators[lineIndex - 1]
        }
        while lineIndex < lines.count {
            literal += lines[lineIndex] + terminators[lineIndex]
            lineIndex += 1
        }
        pieces.append(.literal(literal))
        return Document(path: path, format: .plainText, blocks: blocks, pieces: pieces.filter { $0 != .literal("") })
    }
}
