/// What the checks read in one text, a segment's source or one locale's translation of it:
/// its reader text, its text without codes, its inline codes, numbers, addresses, acronyms,
/// words, prose words and length, each computed on first use and at most once.
///
/// `CheckRunner` makes one analysis per source segment, shared by the segment's units in every
/// locale, and one per target, and hands them to the checks through `CheckContext`. An
/// analysis memoises as it goes: it serves one thread.
public final class TextAnalysis {
    /// How a text marks itself up.
    public enum Markup: Sendable {
        /// Inline Markdown, as in the segments of a document Passeur extracted.
        case markdown
        /// None that the analysis reads: a software message (`_File`, `*.txt`, `<b>%s</b>`) is
        /// not Markdown, and its tags and placeholders have checks of their own.
        case plain
    }

    /// The text, with its inline Markdown.
    public let text: String
    /// The locale the text is written in, when known.
    public let locale: LocaleTag?
    /// How the text marks itself up.
    public let markup: Markup

    /// An analysis of `text`, computed as the checks ask.
    init(_ text: String, locale: LocaleTag? = nil, markup: Markup = .markdown) {
        self.text = text
        self.locale = locale
        self.markup = markup
    }

    /// What a reader sees: `InlineMarkup.readerText(_:)`, Markdown marks and link destinations
    /// removed; the text itself when it is plain.
    public private(set) lazy var readerText: String = markup == .plain ? text : InlineMarkup.readerText(text)

    /// The text without its inline codes: `InlineContent.textWithoutCodes(of:)`, the markup of
    /// emphasis and links and whole code spans, images and HTML removed; the text itself when
    /// it is plain.
    public private(set) lazy var textWithoutCodes: String = markup == .plain ? text : layout.textWithoutCodes

    /// The inline codes, each as a comparable description: kind, and what must stay identical
    /// (a link's URL, a code span's code, an image's file); none in a plain text.
    public private(set) lazy var inlineCodes: [String] =
        markup == .plain
        ? []
        : layout.codes.map { code in
            if code.paired {
                if case .link(let url, _) = code.kind { return "link(\(url))" }
                return code.kind.name
            }
            switch code.kind {
            case .code, .html: return "\(code.kind.name)(\(code.markup))"
            case .image(let url, _), .link(let url, _): return "\(code.kind.name)(\(url))"
            default: return code.kind.name
            }
        }

    /// The numbers of the reader text, normalised so that locale formatting compares equal:
    /// « 1 000,5 », "1,000.5" and "1.000,5" all give "1000.5" (`numberTokens`' keys).
    public private(set) lazy var numbers: [String] = numberTokens.map(\.key)

    /// The numbers of the reader text as tokens, read by the conventions of the text's language
    /// (`NumberToken.tokens(in:commaIsDecimal:)`). In a plain text, the digits of placeholders
    /// (`%1$s`, `%15zu`, `%1`) and of addresses (`%C3` in a URL) are no numbers.
    private(set) lazy var numberTokens: [NumberToken] = readNumbers(
        commaIsDecimal: NumberToken.commaIsDecimal(language: locale?.language))

    /// The numbers of the reader text as tokens, a lone comma between digits read as a decimal
    /// mark or not: the text read by another language's conventions.
    func readNumbers(commaIsDecimal: Bool) -> [NumberToken] {
        guard numberText.containsByte(where: { $0 &- 0x30 < 10 }) else { return [] }
        return NumberToken.tokens(in: numberText, commaIsDecimal: commaIsDecimal)
    }

    /// The text whose digits are numbers: the reader text, and in a plain text without its
    /// placeholders, addresses and character references (`&#8482;` is ™), with superscript
    /// digits as digits (`R²` is `R^2`).
    private lazy var numberText: String = {
        var text = readerText
        if markup == .plain {
            for address in urlsAndEmails { text = Self.replacingEvery(address, in: text, with: " ") }
            if text.utf8.contains(UInt8(ascii: "%")) { text = Self.withoutPlaceholders(text) }
            if text.containsBytes(of: "&#") { text = Self.withoutCharacterReferences(text) }
            // ¹ ² ³ are C2 B9, C2 B2, C2 B3 in UTF-8; C2 alone starts «, » and the no-break space.
            if text.containsByte(where: { $0 == 0xB9 || $0 == 0xB2 || $0 == 0xB3 }) {
                for (superscript, digit) in [("¹", " 1"), ("²", " 2"), ("³", " 3")] {
                    text = Self.replacingEvery(superscript, in: text, with: digit)
                }
            }
        }
        return text
    }()

    /// `text` with its numeric character references (`&#8482;`, `&#x2122;`) replaced by spaces.
    static func withoutCharacterReferences(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "&#") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let body = after.prefix { $0.isHexDigit || $0 == "x" || $0 == "X" }
            if !body.isEmpty, after.dropFirst(body.count).first == ";" {
                result += " "
                rest = after.dropFirst(body.count + 1)
            } else {
                result += "&#"
                rest = after
            }
        }
        return result + rest
    }

    /// URLs and e-mail addresses, as written.
    public private(set) lazy var urlsAndEmails: [String] = Self.urlsAndEmails(in: text)

    /// Words of two or more capitals or digits, with a letter, as acronyms are written (MMT, NFT, G20).
    public private(set) lazy var acronyms: [String] = {
        guard TextScanning.mayHoldAcronym(text) else { return [] }
        return readerText.unicodeScalars.split(whereSeparator: {
            !$0.properties.isAlphabetic && $0.properties.numericType == nil
        })
        .filter { word in
            word.count >= 2 && word.allSatisfy { $0.properties.isUppercase || $0.properties.numericType != nil }
                && word.contains(where: \.properties.isAlphabetic)
        }
        .map { String(String.UnicodeScalarView($0)) }
    }()

    /// The words of the reader text, as written: runs of letters, digits and apostrophes.
    public private(set) lazy var words: [Substring] = TextScanning.words(in: readerText)

    /// The words of the text without codes that a spelling dictionary can judge, as written:
    /// `ProseWords.words(in:quotesAreCode:)`, which leaves out code, placeholders, paths,
    /// addresses, words with digits, acronyms and CamelCase, and in a plain text (a software
    /// message) the values between single quotation marks.
    public private(set) lazy var proseWords: [Substring] = ProseWords.words(
        in: textWithoutCodes, quotesAreCode: markup == .plain)

    /// The length of the reader text in Unicode scalars: what a reader counts, but for
    /// combining marks, which NFC text rarely has.
    public private(set) lazy var length: Int = TextScanning.scalarCount(readerText)

    /// The XML and HTML tags of the text, markup or not (`TextScanning.xmlTags(in:)`).
    private(set) lazy var xmlTags: [TextScanning.XMLTag] = TextScanning.xmlTags(in: text)

    /// The names of the tags the text shows to be markup (`<b>`, `</span>`, `<a href="…">`).
    private(set) lazy var xmlMarkupNames: Set<String> = Set(xmlTags.filter(\.isMarkup).map(\.name))

    /// The command-line options of the text (`-x`, `--long-option`), by name.
    private(set) lazy var commandLineOptions: [TextScanning.CommandLineOption] =
        TextScanning.commandLineOptions(in: text)

    /// The backslash sequences left in the decoded text (`\n` written `\\n` in a PO file).
    private(set) lazy var backslashEscapes: [TextScanning.BackslashEscape] =
        TextScanning.backslashEscapes(in: text)

    /// What `spelling` and `untranslated-text` found of the text, as a translation: kept by the
    /// first of them to ask (`ProseSpelling.of(_:context:session:)`).
    var spelling: ProseSpelling?

    /// The inline codes and their places, found once for `inlineCodes` and `textWithoutCodes`.
    private lazy var layout = InlineContent.Layout(markdown: text)

    /// `text` with its printf and Qt placeholders replaced by spaces.
    static func withoutPlaceholders(_ text: String) -> String {
        var result = text
        let found =
            PlaceholdersCheck.placeholders(in: text, syntax: .printf).map(\.written).filter { !$0.contains(" ") }
            + PlaceholdersCheck.placeholders(in: text, syntax: .qt).map(\.written)
        // Longest first, so that `%15zu` goes before a `%15` inside it.
        for placeholder in Set(found).sorted(by: { $0.count > $1.count }) {
            result = Self.replacingEvery(placeholder, in: result, with: " ")
        }
        return result
    }

    /// `text` with every occurrence of `needle` replaced, compared byte for byte: what
    /// Foundation's `replacingOccurrences(of:with:)` gives, without its cost on every message
    /// of a software catalog. UTF-8 is self-synchronising, so a match never starts inside a
    /// character.
    static func replacingEvery(_ needle: String, in text: String, with replacement: String) -> String {
        let (haystack, needle) = (Array(text.utf8), Array(needle.utf8))
        guard let first = needle.first, haystack.count >= needle.count else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(haystack.count)
        var i = 0
        while i < haystack.count {
            if haystack[i] == first, i + needle.count <= haystack.count,
                haystack[i..<(i + needle.count)].elementsEqual(needle)
            {
                result.append(contentsOf: replacement.utf8)
                i += needle.count
            } else {
                result.append(haystack[i])
                i += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// URLs and e-mail addresses of any text, as written: tokens between spaces, quotes and
    /// brackets that start with a scheme or `www.`, or have one `@` before a dotted domain.
    static func urlsAndEmails(in text: String) -> [String] {
        // Most sentences have neither: a byte scan for "://", "www." and "@" spares them the split.
        guard TextScanning.mayHoldAddress(text) else { return [] }
        let separators = Set<Character>("<>()\"«»“”")
        return text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }).compactMap { token in
            let word = token.trimmingCharacters(in: CharacterSetShim.trailingPunctuation)
            if word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.") { return word }
            let parts = word.split(separator: "@")
            if parts.count == 2, parts[1].contains("."), !parts[0].isEmpty { return word }
            return nil
        }
    }
}
