import Foundation

/// The words of a text that a spelling dictionary can judge: prose, without what is code or
/// names by its form.
///
/// The text is cut at white space into tokens; quotation marks, brackets and punctuation
/// around a token are dropped. A token is left out whole when it is code or an address by its
/// form: a span between backquotes (`` `git status` ``), a placeholder or an option (`%s`,
/// `%(name)s`, `{0}`, `<file>`, `--force`, `-v`), a path or a URL (`/usr/bin`, `po/fr.po`,
/// `https://…`), an e-mail address, a file name or any token with a dot or a colon left in it
/// (`file.txt`, `.bashrc`, `[:space:]`, `std::move`), an identifier (`foo_bar`, `x=1`, `$HOME`),
/// a list of keywords (`microphone;recording;`), and any token with a digit (`mp3`, `x86`, `2e`).
/// In a software message (`quotesAreCode`), a span between single, straight double or English
/// and German double quotation marks is a value or a command, as in `ACTION is 'read',
/// 'recurse', or 'skip'`, `use "git add"`, `either “any” or “summary”`, and is left out too.
///
/// What is left is cut into words (letters and combining marks, with apostrophes and hyphens
/// inside); a word is left out when it has fewer than two letters, is an acronym (every letter
/// a capital: `MMT`, `PNJ`), is CamelCase (a capital after another letter: `GitHub`, `macOS`,
/// `iPhone`, `MMT’s`) or is a name after an elision (« d’Evolution »).
///
/// The scan reads the UTF-8 bytes once, decoding scalars only where a byte is not ASCII: every
/// translation of a run goes through it.
enum ProseWords {
    /// The words of `text` to judge, as written, in order; with `quotesAreCode`, spans between
    /// single or straight double quotation marks are left out.
    static func words(in text: String, quotesAreCode: Bool = false) -> [Substring] {
        var text = text
        let ranges = text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, quotesAreCode: quotesAreCode)
            return scanner.wordRanges()
        }
        let utf8 = text.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return text[start..<utf8.index(start, offsetBy: range.count)]
        }
    }

    /// Whether `word` starts with a lower-case letter.
    static func startsLowercase(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.isASCII ? ("a"..."z").contains(first) : first.properties.isLowercase
    }

    /// The UTF-16 range of `word` in `text` where it stands as a whole word (no letter just
    /// before or after it): the first such place, or the last one; with `caseInsensitive`,
    /// written in any case.
    static func utf16Range(
        ofWord word: Substring, in text: String, last: Bool = false, caseInsensitive: Bool = false
    ) -> Range<Int>? {
        var searched = text.startIndex..<text.endIndex
        var options: String.CompareOptions = last ? [.literal, .backwards] : [.literal]
        if caseInsensitive { options.insert(.caseInsensitive) }
        while let found = text.range(of: word, options: options, range: searched) {
            let before = found.lowerBound > text.startIndex ? text[..<found.lowerBound].unicodeScalars.last : nil
            let after = found.upperBound < text.endIndex ? text[found.upperBound...].unicodeScalars.first : nil
            if !(before.map(isLetter) ?? false), !(after.map(isLetter) ?? false) {
                let start = text.utf16.distance(from: text.startIndex, to: found.lowerBound)
                return start..<(start + text.utf16.distance(from: found.lowerBound, to: found.upperBound))
            }
            searched = last ? text.startIndex..<found.lowerBound : found.upperBound..<text.endIndex
        }
        return nil
    }

    /// The scan of one text's bytes, which Swift guarantees are valid UTF-8.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let quotesAreCode: Bool
        var words: [Range<Int>] = []

        init(bytes: UnsafeBufferPointer<UInt8>, quotesAreCode: Bool) {
            self.bytes = bytes
            self.quotesAreCode = quotesAreCode
        }

        /// The scalar starting at byte `i`, and its length in bytes.
        func scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
            let lead = UInt32(bytes[i])
            if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
            var value: UInt32
            var length: Int
            if lead < 0xE0 {
                (value, length) = (lead & 0x1F, 2)
            } else if lead < 0xF0 {
                (value, length) = (lead & 0x0F, 3)
            } else {
                (value, length) = (lead & 0x07, 4)
            }
            for k in 1..<length { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }

        /// Where the scalar before byte `i` starts.
        func start(before i: Int) -> Int {
            var j = i - 1
            while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
            return j
        }

        /// Whether the scalar before byte `i` is an apostrophe.
        func isApostropheBefore(_ i: Int) -> Bool {
            guard i > 0 else { return false }
            let before = self.scalar(at: self.start(before: i)).scalar
            return before == "'" || before == "’"
        }

        /// Every word's byte range, in order.
        mutating func wordRanges() -> [Range<Int>] {
            var i = 0
            while i < bytes.count {
                let (scalar, length) = self.scalar(at: i)
                if isSpace(scalar) {
                    i += length
                    continue
                }
                // A code span runs to the next backquote; an unpaired one marks its token as code.
                if scalar == "`", let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "`")) {
                    i = close + 1
                    continue
                }
                if quotesAreCode, let closers = ProseWords.quotes[scalar], let close = closingQuote(closers, after: i) {
                    i = close
                    continue
                }
                var end = i + length
                while end < bytes.count {
                    let next = self.scalar(at: end)
                    if isSpace(next.scalar) { break }
                    end += next.length
                }
                appendWords(of: i..<end)
                i = end
            }
            return words
        }

        /// The byte after the quotation mark of `closers` that closes the one at `open`: the
        /// first after it that ends a word (an apostrophe inside one, « don't », does not),
        /// before the end of the line. A mark before a space opens nothing.
        func closingQuote(_ closers: Set<Unicode.Scalar>, after open: Int) -> Int? {
            var i = open + self.scalar(at: open).length
            guard i < bytes.count, !isSpace(self.scalar(at: i).scalar) else { return nil }
            while i < bytes.count {
                let (scalar, length) = self.scalar(at: i)
                if scalar == "\n" { return nil }
                i += length
                if closers.contains(scalar), i == bytes.count || !isLetter(self.scalar(at: i).scalar) { return i }
            }
            return nil
        }

        /// The words of the token at `token`, unless it is code.
        mutating func appendWords(of token: Range<Int>) {
            var (start, end) = (token.lowerBound, token.upperBound)
            while start < end, case (let scalar, let length) = self.scalar(at: start), isLeading(scalar) {
                start += length
            }
            while start < end, case let before = self.start(before: end), isTrailing(self.scalar(at: before).scalar) {
                end = before
            }
            guard start < end, bytes[start] != UInt8(ascii: "-") else { return }
            var i = start
            while i < end {
                let (scalar, length) = self.scalar(at: i)
                if isCodeMark(scalar) || isDigit(scalar) { return }
                i += length
            }
            var wordStart: Int?
            i = start
            while true {
                let (scalar, length) = i < end ? self.scalar(at: i) : (" ", 1)
                let inWord = i < end && isWordScalar(scalar)
                if inWord, wordStart == nil { wordStart = i }
                if !inWord, let from = wordStart {
                    if let word = judgeable(from..<i) { words.append(word) }
                    wordStart = nil
                }
                if i >= end { break }
                i += length
            }
        }

        /// The run of word scalars at `run`, apostrophes and hyphens at its ends dropped, unless
        /// it has fewer than two letters, is an acronym or is CamelCase.
        func judgeable(_ run: Range<Int>) -> Range<Int>? {
            var (start, end) = (run.lowerBound, run.upperBound)
            while start < end, case (let scalar, let length) = self.scalar(at: start), isJoiner(scalar) {
                start += length
            }
            while start < end, case let before = self.start(before: end), isJoiner(self.scalar(at: before).scalar) {
                end = before
            }
            var letters = 0
            var capitals = 0
            var previousIsLetter = false
            var i = start
            while i < end {
                let (scalar, length) = self.scalar(at: i)
                i += length
                if isLetter(scalar) {
                    letters += 1
                    if isUppercase(scalar) {
                        capitals += 1
                        // CamelCase: a capital right after a letter (or its combining marks); a
                        // name after an elision (« d’Evolution », « l'Ubuntu »).
                        if previousIsLetter || isApostropheBefore(i - length) { return nil }
                    }
                    previousIsLetter = true
                } else if !isMark(scalar) {
                    previousIsLetter = false
                }
            }
            guard letters >= 2, capitals < letters else { return nil }
            return start..<end
        }
    }

    /// The quotation marks that open a quoted value in a software message (' ‘ ‚ " “ „ » and
    /// GNU's `), and those that close each: GNOME's “any”, German's „color-scheme“ and »void«.
    private static let quotes: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "'": singleClosers, "‘": singleClosers, "‚": singleClosers, "`": singleClosers, "\"": ["\""],
        "“": ["”"], "„": ["“", "”"], "»": ["«"],
    ]
    /// The marks that close a single quotation mark.
    private static let singleClosers: Set<Unicode.Scalar> = ["'", "’", "‘"]

    // Scalar classes, ASCII answered without the Unicode property tables (which cost more
    // than the rest of the scan).

    /// An opening mark, dropped at the start of a token.
    private static func isLeading(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "«", "“", "\"", "'", "‘", "‹", "¿", "¡", "„", "‚", "’": return true
        default: return false
        }
    }

    /// A closing mark or punctuation, dropped at the end of a token.
    private static func isTrailing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ")", "]", "»", "”", "\"", "'", "’", "›", ".", ",", ";", ":", "!", "?", "…", "“", "‘": return true
        default: return false
        }
    }

    /// A mark that makes a whole token code: paths, placeholders, identifiers, options' values,
    /// markup, brackets inside a word (`file(s)`, `%%(color:%s)`), and a dot, a colon or a
    /// semicolon left once the end's punctuation is dropped (a file name, an abbreviation, an
    /// address, a scope, a character class, a list of keywords: `microphone;recording;`).
    private static func isCodeMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "/", "\\", "_", "=", "%", "$", "@", "#", "{", "}", "<", ">", "|", "~", "*", "+", "^", "&", "`", "(", ")",
            "[", "]", ".", ":", ";":
            return true
        default: return false
        }
    }

    /// An apostrophe or a hyphen, which joins the parts of a word.
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’" || scalar == "-"
    }

    /// Letters, combining marks, apostrophes and hyphens.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isJoiner(scalar) || isMark(scalar)
    }

    /// White space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : scalar.properties.isWhitespace
    }

    /// A letter of any script.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    /// A capital letter.
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }

    /// A digit of any script.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// A combining mark, read with its letter.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark
    }
}
