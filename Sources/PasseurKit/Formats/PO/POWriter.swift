/// Writes PO files the way gettext's own tools do, so that diffs stay small
/// and msgfmt, msgmerge, Poedit and Weblate read them unchanged.
///
/// Strings longer than the page width (79 columns) or with an inner newline
/// start with `""` and continue on lines broken after spaces and after each
/// `\n`, as msgmerge writes them. Comments come in gettext's order: `# `,
/// `#.`, `#:`, `#,`, `#|`. The same file always gives the same bytes.
public enum POWriter {
    /// The page width gettext wraps at.
    static let width = 79

    /// The file as PO text, in UTF-8 (a legacy charset in the header is replaced by UTF-8).
    ///
    /// - Throws: `ICUError` when ICU's line-breaking data cannot be opened: the text would
    ///   not wrap as gettext wraps it, so nothing is written rather than different bytes.
    public static func write(_ file: POFile) throws -> String {
        var wrapper = try LineWrapper()
        var out = ""
        for (index, entry) in file.declaringUTF8().entries.enumerated() {
            if index > 0 { out += "\n" }
            write(entry, into: &out, wrapper: &wrapper)
        }
        return out
    }

    static func write(_ entry: POEntry, into out: inout String, wrapper: inout LineWrapper) {
        for comment in entry.translatorComments { out += comment.isEmpty ? "#\n" : "# \(comment)\n" }
        for comment in entry.extractedComments { out += comment.isEmpty ? "#.\n" : "#. \(comment)\n" }
        for reference in entry.references { out += "#: \(reference)\n" }
        if !entry.flags.isEmpty { out += "#, " + entry.flags.joined(separator: ", ") + "\n" }
        let prefix = entry.isObsolete ? "#~ " : ""
        let previousPrefix = entry.isObsolete ? "#~| " : "#| "
        func field(_ keyword: String, _ value: String, _ prefix: String) {
            wrapper.field(keyword, value, prefix: prefix, into: &out)
        }
        if let value = entry.previousContext { field("msgctxt", value, previousPrefix) }
        if let value = entry.previousID { field("msgid", value, previousPrefix) }
        if let value = entry.previousIDPlural { field("msgid_plural", value, previousPrefix) }
        if let value = entry.context { field("msgctxt", value, prefix) }
        field("msgid", entry.id, prefix)
        if let plural = entry.idPlural {
            field("msgid_plural", plural, prefix)
            for (n, value) in entry.strings.enumerated() { field("msgstr[\(n)]", value, prefix) }
        } else {
            field("msgstr", entry.strings.first ?? "", prefix)
        }
    }

    /// Wraps strings where the Unicode line-breaking rules (UAX #14, from ICU)
    /// allow a break, as gettext does with libunistring.
    struct LineWrapper {
        private let breaker: ICUBreakIterator

        init() throws { breaker = try ICUBreakIterator(.line, locale: "en") }

        /// One keyword and its string, wrapped as gettext wraps it.
        mutating func field(_ keyword: String, _ value: String, prefix: String, into out: inout String) {
            let lines = POWriter.logicalLines(value)
            if lines.count <= 1 {
                let single = "\(prefix)\(keyword) \"\(POWriter.escape(value))\""
                if single.unicodeScalars.count <= POWriter.width {
                    out += single + "\n"
                    return
                }
            }
            out += "\(prefix)\(keyword) \"\"\n"
            let room = POWriter.width - prefix.unicodeScalars.count - 2
            for line in lines {
                for chunk in wrap(line, room: room) { out += "\(prefix)\"\(chunk)\"\n" }
            }
        }

        /// Breaks one logical line, escaped, into chunks of at most `room` columns where possible.
        func wrap(_ line: String, room: Int) -> [String] {
            let escapedLine = POWriter.escape(line)
            let escaped = escapedLine.utf16CodeUnits
            guard widthOf(escaped[...]) > room else { return [escapedLine] }
            // No break inside an escape sequence such as \" or \n.
            var insideEscape = [Bool](repeating: false, count: escaped.count + 1)
            var i = 0
            while i < escaped.count {
                if escaped[i] == 0x5C {
                    insideEscape[i + 1] = true
                    i += 2
                } else {
                    i += 1
                }
            }
            // A final \n stays with the text before it, as in gettext's output.
            let end = line.hasSuffix("\n") ? escaped.count - 2 : escaped.count
            let breaks = breaker.boundaries(escaped).map(Int.init).filter { $0 < end && !insideEscape[$0] }
            // Columns before each offset (a surrogate pair is one column).
            var columns = [Int](repeating: 0, count: escaped.count + 1)
            for (i, unit) in escaped.enumerated() {
                columns[i + 1] = columns[i] + (UTF16.isTrailSurrogate(unit) ? 0 : 1)
            }
            var chunks: [String] = []
            var start = 0
            var k = 0
            while columns[escaped.count] - columns[start] > room {
                var best: Int?
                while k < breaks.count, breaks[k] <= start { k += 1 }
                var j = k
                while j < breaks.count, columns[breaks[j]] - columns[start] <= room {
                    best = breaks[j]
                    j += 1
                }
                guard let cut = best ?? (k < breaks.count ? breaks[k] : nil) else { break }
                chunks.append(Self.string(escaped, start..<cut))
                start = cut
            }
            chunks.append(Self.string(escaped, start..<escaped.count))
            return chunks
        }

        /// A chunk of the escaped line (cut at line-break boundaries, so never inside a surrogate pair).
        private static func string(_ units: [UInt16], _ range: Range<Int>) -> String {
            units.withUnsafeBufferPointer { String(utf16CodeUnits: UnsafeBufferPointer(rebasing: $0[range])) }
        }

        private func widthOf(_ units: ArraySlice<UInt16>) -> Int {
            units.reduce(0) { $0 + (UTF16.isTrailSurrogate($1) ? 0 : 1) }
        }
    }

    /// Splits after every newline, keeping it with the line it ends.
    static func logicalLines(_ value: String) -> [String] {
        if !value.utf8.contains(0x0A) { return [value] }
        var lines: [String] = []
        var current = ""
        for c in value.unicodeScalars {
            current.unicodeScalars.append(c)
            if c == "\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// C escapes for a PO string.
    static func escape(_ value: String) -> String {
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{7}": out += "\\a"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{B}": out += "\\v"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
