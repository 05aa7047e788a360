/// Byte- and scalar-level scans of segment text that the checks build on (numbers are
/// `NumberToken`'s): the hints that a text may hold an address or an acronym, words, repeated words, brackets,
/// doubled spaces, lengths. Each reads a text once, without grapheme breaking (slow) and,
/// where the marks looked for are ASCII, over the UTF-8 bytes.
///
/// The checks reach these through `TextAnalysis`, which computes each at most once per text.
enum TextScanning {
    /// Whether `text` has an "@", a "://" or a "www.": one pass over its bytes. Most sentences
    /// have none, and are spared the search for addresses.
    static func mayHoldAddress(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            for i in bytes.indices {
                switch bytes[i] {
                case 0x40: return true
                case 0x2F where i >= 2 && bytes[i - 1] == 0x2F && bytes[i - 2] == 0x3A: return true
                case 0x2E
                where i >= 3 && bytes[i - 1] | 0x20 == 0x77 && bytes[i - 2] | 0x20 == 0x77
                    && bytes[i - 3] | 0x20 == 0x77:
                    return true
                default: continue
                }
            }
            return false
        }) {
            return found
        }
        return mayHoldAddress(String(decoding: Array(text.utf8), as: UTF8.self))
    }

    /// Whether a capital follows a capital or a digit, or a digit a capital, somewhere in
    /// `text`: what an acronym needs. Most sentences have none, and a scalar scan says so.
    static func mayHoldAcronym(_ text: String) -> Bool {
        var previous: (upper: Bool, digit: Bool) = (false, false)
        for scalar in text.unicodeScalars {
            let ascii = scalar.isASCII
            let upper = ascii ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
            let digit = !upper && (ascii ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil)
            if (upper && (previous.upper || previous.digit)) || (digit && previous.upper) { return true }
            previous = (upper, digit)
        }
        return false
    }

    /// The words of a text, as written: runs of letters, digits and apostrophes.
    static func words(in text: String) -> [Substring] {
        // Scalars, not Characters: a letter's combining marks are rare in NFC text, and grapheme breaking is slow.
        text.unicodeScalars.split(whereSeparator: { scalar in
            if scalar.isASCII {
                let v = scalar.value
                return !((0x61...0x7A).contains(v | 0x20) || (0x30...0x39).contains(v) || v == 0x27)
            }
            return !scalar.properties.isAlphabetic && scalar.properties.numericType == nil && scalar != "’"
        }).map { Substring($0) }
    }

    /// The number of Unicode scalars of a text: the characters a reader counts, but for
    /// combining marks, which NFC text rarely has. Counting grapheme clusters costs more than
    /// every other part of the length checks.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            // Every byte but UTF-8 continuation bytes (10xxxxxx) starts a scalar.
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Words that follow themselves, separated by plain spaces only (in any case, « Die die »),
    /// each as first written, as written the second time, and with the word before the pair
    /// (to tell « Medien, die die » from « die die »).
    /// Only letters count as a word here: « 12 12 » is no repeat. The second word may end a
    /// sentence or clause (« twofold twofold. », « is is, »); the first may not: « very, very »
    /// is written on purpose.
    static func repeatedWords(in text: String) -> [(word: String, second: String, after: Substring?)] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [(word: String, second: String, after: Substring?)] = []
            var before: Range<Int>?
            var previous: Range<Int>?
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x20 {
                    i += 1
                    continue
                }
                let start = i
                while i < bytes.count, bytes[i] != 0x20 { i += 1 }
                let word = start..<i
                let bare = withoutClosingPunctuation(bytes, word)
                if let previous, mayBeSame(bytes, previous, bare) {
                    let (wordA, wordB) = (
                        String(decoding: bytes[previous], as: UTF8.self), String(decoding: bytes[bare], as: UTF8.self)
                    )
                    if wordA.lowercased() == wordB.lowercased(), wordA.allSatisfy(\.isLetter) {
                        result.append(
                            (wordA, wordB, before.map { Substring(String(decoding: bytes[$0], as: UTF8.self)) }))
                    }
                }
                (before, previous) = (previous, word)
            }
            return result
        }
    }

    /// `word` without the punctuation that may close a sentence or clause after it: ASCII
    /// `. , ; : ! ? ) ] } " '`, and « » », « ” », « ’ » and « … ».
    private static func withoutClosingPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int>
    {
        var end = word.upperBound
        while end > word.lowerBound {
            let last = bytes[end - 1]
            switch last {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x22, 0x27:
                end -= 1
            case 0xBB where end - 2 >= word.lowerBound && bytes[end - 2] == 0xC2:
                end -= 2
            case 0x9D, 0x99,
                0xA6
            where end - 3 >= word.lowerBound && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80:
                end -= 3
            default:
                return word.lowerBound..<end
            }
        }
        return word.lowerBound..<end
    }

    /// False when two words surely differ whatever their case: most pairs stop here, before any
    /// string is made. ASCII bytes are compared without case; other bytes leave the answer open.
    private static func mayBeSame(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count {
            let (x, y) = (bytes[a.lowerBound + k], bytes[b.lowerBound + k])
            if x == y { continue }
            guard x < 0x80, y < 0x80 else { return true }
            let lower = x | 0x20
            guard lower == y | 0x20, lower >= 0x61, lower <= 0x7A else { return false }
        }
        return true
    }

    /// How many of each bracket a text has: one pass over its bytes.
    struct BracketCounts {
        /// `(` and `)`.
        var parentheses = (open: 0, close: 0)
        /// `[` and `]`.
        var square = (open: 0, close: 0)
        /// `{` and `}`.
        var curly = (open: 0, close: 0)
    }

    /// The brackets of a text, counted.
    static func bracketCounts(_ text: String) -> BracketCounts {
        var counts = BracketCounts()
        for byte in text.utf8 {
            switch byte {
            case 0x28: counts.parentheses.open += 1
            case 0x29: counts.parentheses.close += 1
            case 0x5B: counts.square.open += 1
            case 0x5D: counts.square.close += 1
            case 0x7B: counts.curly.open += 1
            case 0x7D: counts.curly.close += 1
            default: continue
            }
        }
        return counts
    }

    /// The first two plain spaces in a row: a byte scan. With `afterText`, spaces that open a
    /// line (the indentation of a continued line) are skipped.
    static func doubledSpace(in text: String, afterText: Bool = false) -> Range<String.Index>? {
        let bytes = text.utf8
        var previous = bytes.endIndex
        // Whether the spaces read follow a line break or the start: indentation.
        var indenting = afterText
        for i in bytes.indices {
            if bytes[i] == 0x20 {
                if previous != bytes.endIndex, !indenting { return previous..<bytes.index(after: i) }
                previous = i
            } else {
                previous = bytes.endIndex
                indenting = afterText && bytes[i] == 0x0A
            }
        }
        return nil
    }

    /// The letters and digits of a text, lower-cased, everything else left out: what stays of a
    /// sentence once case, spacing and punctuation are ignored.
    static func lettersAndDigitsLowercased(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: out.append(Unicode.Scalar(UInt8(scalar.value + 0x20)))
            case 0x61...0x7A, 0x30...0x39: out.append(scalar)
            case 0..<0x80: continue
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
        }
        return String(out)
    }
}

/// White space collapsed: how two translations are compared when only their spacing may differ.
enum WhitespaceNormalisation {
    /// The text with every run of white space (Unicode's, no-break spaces included) made one
    /// plain space, and none at either end.
    static func collapsed(_ text: String) -> String {
        // Most texts have single spaces only, none at either end: then the text is its own form.
        if isCollapsed(text) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar.value) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether the text has single plain spaces only, none at either end. Bytes are read, and
    /// only a lead byte that may start a non-ASCII space (U+0085 and up) is decoded.
    private static func isCollapsed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previousSpace = true
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                // Other bytes of a multi-byte character are no space (0x85 and 0xA0 occur inside « à »).
                var value: UInt32 = lead < 0x80 ? UInt32(lead) : 0xFFFF
                var width = 1
                if lead == 0xC2, i + 1 < bytes.count {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    width = 2
                } else if lead == 0xE1 || lead == 0xE2 || lead == 0xE3, i + 2 < bytes.count {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    width = 3
                }
                let space = isWhitespace(value)
                if space && (previousSpace || lead != 0x20) { return false }
                previousSpace = space
                i += width
            }
            return !previousSpace
        }
    }

    /// Unicode's white space (`White_Space`), by scalar value.
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }
}
