/// Line breaks, tabs and backslashes of a decoded text: what the escapes check compares.
///
/// Catalog readers decode C escapes (`\n` in a PO file is a line feed in the unit's text), so a
/// backslash left in a text was written `\\` in the file: it is there for the program that
/// reads the string next (a shell's `printf`, a regular expression, a `\n` printed as such).
extension TextScanning {
    /// One backslash sequence of a decoded text.
    struct BackslashEscape: Equatable, Sendable {
        /// As written: `\n` (a backslash and a letter or digit), `\\` (two backslashes), or `\`
        /// (a backslash before anything else, shown as such: `'\'`, `« \ »`).
        var written: String
        /// Where it is, in UTF-16 offsets of the text.
        var range: Range<Int>
        /// Whether it is layout rather than text: a lone `\` that ends a line (a shell's line
        /// continuation, shown in a usage text) or one before a quotation mark (`\``, `\"`),
        /// which a translation that wraps or quotes otherwise may drop.
        var isLayout = false
    }

    /// Whether the text has a line feed, carriage return, tab or backslash: most sentences have
    /// none, and are spared the other scans.
    static func mayHoldEscapes(_ text: String) -> Bool {
        text.containsByte { byte in
            byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\\")
        }
    }

    /// The backslash sequences of `text`, in order.
    static func backslashEscapes(in text: String) -> [BackslashEscape] {
        guard text.containsByte(where: { $0 == UInt8(ascii: "\\") }) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [BackslashEscape] = []
        var offset = 0
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "\\" else {
                offset += scalars[i].utf16.count
                i += 1
                continue
            }
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            if let next, next == "\\" || (next.isASCII && (next.properties.isAlphabetic || ("0"..."9").contains(next)))
            {
                result.append(BackslashEscape(written: "\\" + String(next), range: offset..<(offset + 2)))
                offset += 2
                i += 2
            } else {
                let isLayout = next == "\n" || next == "`" || next == "'" || next == "\""
                result.append(BackslashEscape(written: "\\", range: offset..<(offset + 1), isLayout: isLayout))
                offset += 1
                i += 1
            }
        }
        return result
    }

    /// How many times `scalar` occurs in `text`.
    static func count(of scalar: Unicode.Scalar, in text: String) -> Int {
        guard scalar.isASCII else { return text.unicodeScalars.reduce(0) { $0 + ($1 == scalar ? 1 : 0) } }
        let byte = UInt8(scalar.value)
        return text.utf8.reduce(0) { $0 + ($1 == byte ? 1 : 0) }
    }

    /// The line feeds of `text` between its first and last line of text: those at its start
    /// and end (a message that starts or ends a paragraph) not counted.
    static func innerLineBreakCount(_ text: String) -> Int {
        let lineFeed = UInt8(ascii: "\n")
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { $0 != lineFeed }),
            let last = bytes.lastIndex(where: { $0 != lineFeed })
        else { return 0 }
        return bytes[first...last].reduce(0) { $0 + ($1 == lineFeed ? 1 : 0) }
    }

    /// The entries of a `--help` text: lines that start, after spaces and tabs, with an option
    /// (`-x`, `--long`) set apart from its description as help texts do — by a tab or two
    /// spaces, by `,` before another spelling, or alone on its line — possibly with a value in
    /// capitals (`-n STRING   the length…`). An option that a rewrapped sentence brings to
    /// the start of a line (`-P is used; …`) is no entry.
    ///
    /// With `strict` false, every line that starts with an option counts: a translation's entry
    /// whose translated value pushed its description one space away (`--color[=<quand>] messages`).
    static func optionLineCount(_ text: String, strict: Bool = true) -> Int {
        let (space, tab) = (UInt8(ascii: " "), UInt8(ascii: "\t"))
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        return text.utf8.split(separator: UInt8(ascii: "\n")).reduce(0) { count, line in
            let rest = line.drop { $0 == space || $0 == tab }
            let dashes = rest.prefix { $0 == UInt8(ascii: "-") }.count
            guard dashes == 1 || dashes == 2, let first = rest.dropFirst(dashes).first, isLetter(first) else {
                return count
            }
            if !strict { return count + 1 }
            var after = rest.drop { $0 != space && $0 != tab }
            // `-a, --all`: another spelling of the option follows (`-p, which is…` is prose).
            if rest.prefix(rest.count - after.count).last == UInt8(ascii: ",") {
                return count + (after.drop { $0 == space }.first == UInt8(ascii: "-") ? 1 : 0)
            }
            // A value in capitals after the option (`-n STRING`).
            let word = after.dropFirst().prefix { $0 != space && $0 != tab }
            if after.first == space, !word.isEmpty,
                word.allSatisfy({ !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
            {
                after = after.dropFirst(1 + word.count)
            }
            let separated = after.isEmpty || after.first == tab || after.prefix(2).elementsEqual([space, space])
            return count + (separated ? 1 : 0)
        }
    }
}
