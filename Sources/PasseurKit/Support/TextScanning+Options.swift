/// Command-line options in a text, as `--help` and usage messages write them: `-x`,
/// `--long-option`, `--opt=VALUE`, `--color[=WHEN]`, `[-q | --quiet]`, `-R|--recursive`.
extension TextScanning {
    /// One option of a text.
    struct CommandLineOption: Equatable, Sendable {
        /// The option's name, what a user types: `-x`, `--long-option` (of `--opt=VALUE`, `--opt`).
        var name: String
        /// Where the name is, in UTF-16 offsets of the text.
        var range: Range<Int>
    }

    /// Whether the text has a `-` other than after an ASCII letter or digit, where an option may
    /// start: French prose has many hyphens, nearly all inside words (« est-ce »), and is spared
    /// the word scan.
    static func mayHoldOption(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for i in bytes.indices where bytes[i] == UInt8(ascii: "-") {
                guard i > 0 else { return true }
                let before = bytes[i - 1]
                // After an ASCII letter or digit, a hyphen joins words; after a multi-byte
                // character it may follow a no-break space or a « : the words are read.
                let isLetterOrDigit =
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(before)
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(before | 0x20)
                if !isLetterOrDigit { return true }
            }
            return false
        }
    }

    /// The options of `text`, in order.
    ///
    /// A word (between white space, no-break spaces included) is cut at `|` and `,`, and
    /// brackets, quotes and final punctuation around it are dropped, as is the rest of a word
    /// compounded with an option (`--bytes-Wert`). What remains is an option
    /// when it is `--` and a lower-case name (letters, digits, `-`, `_`, ending with a letter or
    /// digit), or `-` and one letter or `?`, optionally followed by `=` or `[` and a value. So
    /// `--Long Link--`, `--`, `-5`, `-1.5` and `e-mail` are not options.
    static func commandLineOptions(in text: String) -> [CommandLineOption] {
        guard mayHoldOption(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var result: [CommandLineOption] = []
        var offset = 0
        var i = 0
        while i < scalars.count {
            if isOptionSeparator(scalars[i]) {
                offset += scalars[i].utf16.count
                i += 1
                continue
            }
            var end = i
            var endOffset = offset
            while end < scalars.count, !isOptionSeparator(scalars[end]) {
                endOffset += scalars[end].utf16.count
                end += 1
            }
            if let option = option(in: scalars[i..<end], at: offset) { result.append(option) }
            (i, offset) = (end, endOffset)
        }
        return result
    }

    /// White space and the separators of alternatives (`-a|--all`, `-a, --all`).
    private static func isOptionSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "|" || scalar == ","
    }

    /// The option one word is, once its surrounding punctuation is dropped.
    private static func option(in word: ArraySlice<Unicode.Scalar>, at offset: Int) -> CommandLineOption? {
        // Every language's quotation marks, either way round (German writes »--all« and „--all“).
        let leading = "([{\"'`«»“”„‘’‚‹›<".unicodeScalars
        let trailing = ")]}\"'`«»“”„‘’‚‹›.;:!?>".unicodeScalars
        var word = word
        var start = offset
        while let first = word.first, leading.contains(first) {
            start += first.utf16.count
            word = word.dropFirst()
        }
        while let last = word.last, trailing.contains(last) { word = word.dropLast() }
        guard word.count >= 2, word.first == "-" else { return nil }
        let body = word.dropFirst()
        var nameEnd: ArraySlice<Unicode.Scalar>.Index
        if body.first == "-" {
            let name = body.dropFirst()
            guard let first = name.first, first.isASCII, first.properties.isLowercase else { return nil }
            nameEnd = name.startIndex
            while nameEnd < name.endIndex, isLongOptionPart(name[nameEnd]), !startsCompound(name[nameEnd...]) {
                nameEnd += 1
            }
            // A name ends with a letter or digit (`--foo-` is a dash, not an option).
            while nameEnd > name.startIndex, !isLetterOrDigitASCII(name[nameEnd - 1]) { nameEnd -= 1 }
        } else {
            guard let first = body.first, first.isASCII, first.properties.isAlphabetic || first == "?" else {
                return nil
            }
            nameEnd = body.startIndex + 1
        }
        // What may follow a name: nothing, a value (`=VALUE`, `[=WHEN]`), or the rest of a
        // compound word (`--bytes-Wert`).
        if nameEnd < word.endIndex, word[nameEnd] != "=", word[nameEnd] != "[", !startsCompound(word[nameEnd...]) {
            return nil
        }
        let name = String(String.UnicodeScalarView(word[word.startIndex..<nameEnd]))
        return CommandLineOption(name: name, range: start..<(start + name.utf16.count))
    }

    /// Whether `rest` is a hyphen and a capital or a letter outside ASCII: the rest of a word
    /// compounded with an option, as German writes `--bytes-Wert`, not a part of its name.
    private static func startsCompound(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard rest.first == "-", let next = rest.dropFirst().first else { return false }
        return next.properties.isUppercase || (!next.isASCII && next.properties.isAlphabetic)
    }

    /// What a long option's name is made of.
    private static func isLongOptionPart(_ scalar: Unicode.Scalar) -> Bool {
        isLetterOrDigitASCII(scalar) || scalar == "-" || scalar == "_"
    }

    /// An ASCII letter or digit.
    private static func isLetterOrDigitASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }
}
