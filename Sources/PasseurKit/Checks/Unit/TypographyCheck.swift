/// Flags typography the target language's rules forbid.
///
/// - French: a no-break space (U+00A0 or narrow U+202F) before ; : ! ? » and after «, never
///   a plain space or none; no space before . and ,.
/// - English, Spanish, Portuguese, German: no space before ; : ! ? . , and one kind of quote
///   in a segment, straight (" ') or curly (“ ” ‘ ’), not both.
/// - German: quotations open with „ (or »), not with “ or a straight quote.
/// - Spanish: a question or exclamation has its opening ¿ or ¡.
///
/// A project may also require one style of quotation marks per locale
/// (`checks: locales: es: {quotes: angle}`).
///
/// Does not flag inside code spans, URLs or e-mail addresses, which are removed first.
///
/// In a software message (plain text), only punctuation of the prose counts: a mark followed
/// by a space, a line break, a closing parenthesis or quotation mark, or the end. A mark inside
/// a token (`%s:%d`, `::`, `!$ACC`, `';'`, `.gnucash`, `...`, `[:alpha:]`) is code, and so are
/// an option or a reference (`-F:`, `#VALUE!`), an entity (`&lt;`), a location (`%s:%d:`), a
/// name of the source (`Yahoo!`), and a list separator the source uses (`Thunderbolt;privacy;`);
/// a space before a mark that the source has too (`Type : %s`), or quotes mixed as in the
/// source, are copied, not typed; a quoted or bracketed mark (« . », `(!)`) is named, not used. A French plain space where a no-break space is
/// expected (`Options :`) is not flagged there: translators of software type one, and a
/// terminal does not break lines at spaces; a missing space still is.
struct TypographyCheck: UnitCheck {
    /// `typography`.
    static let id = "typography"
    /// A style issue an edition should not print.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "The translation follows the target language's typography (spaces, quotes, ¿ ¡)."

    /// One finding per rule broken.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let target = context.target(of: unit)
        let text = target.textWithoutCodes
        let source = target.markup == .plain ? context.source(of: unit).text : nil
        return
            (Self.problems(inTextWithoutCodes: text, language: context.locale.language, plainSource: source)
            + Self.quoteStyleProblems(inTextWithoutCodes: text, style: context.settings.quotes)).map {
                context.finding(Self.self, unit, $0)
            }
    }

    /// Quotation marks other than the style the project asks for the locale.
    static func quoteStyleProblems(inTextWithoutCodes text: String, style: LocaleCheckSettings.QuoteStyle?) -> [String]
    {
        guard let style else { return [] }
        let wanted: String
        let others: [Character]
        switch style {
        case .angle: (wanted, others) = ("« … »", ["“", "”", "„", "\""])
        case .curly: (wanted, others) = ("“ … ”", ["«", "»", "„", "\""])
        case .low: (wanted, others) = ("„ … “", ["«", "»", "”", "\""])
        }
        guard let found = text.first(where: others.contains) else { return [] }
        return ["quotation mark \(found): this locale's editions use \(wanted)"]
    }

    /// The rules a text already stripped of its inline codes breaks. With `plainSource`, the
    /// text is a software message translating it: only the prose's punctuation counts (see the
    /// type's documentation).
    static func problems(inTextWithoutCodes text: String, language: String, plainSource: String? = nil) -> [String] {
        var text = text
        for url in TextAnalysis.urlsAndEmails(in: text) { text = text.replacingOccurrences(of: url, with: "x") }
        let plain = plainSource != nil
        let source = plainSource ?? ""
        // Every mark the rules look at is one scalar: scalars spare grapheme breaking. They are
        // walked with the one before and the one after, without copying them into an array.
        let scalars = text.unicodeScalars
        var problems: [String] = []
        func add(_ message: String) { if !problems.contains(message) { problems.append(message) } }
        func isNumber(_ s: Unicode.Scalar?) -> Bool {
            guard let s else { return false }
            return s.isASCII ? ("0"..."9").contains(s) : s.properties.numericType != nil
        }
        // Switches, not sets: hashing every scalar of every unit would cost more than the rules.
        func isNoBreak(_ s: Unicode.Scalar) -> Bool { s == "\u{A0}" || s == "\u{202F}" }
        func isFrenchBefore(_ s: Unicode.Scalar) -> Bool { s == ";" || s == ":" || s == "!" || s == "?" || s == "»" }
        func isEnglishBefore(_ s: Unicode.Scalar) -> Bool { s == ";" || s == ":" || s == "!" || s == "?" }
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\t" || isNoBreak(s) }
        func isOpening(_ s: Unicode.Scalar?) -> Bool {
            s == "«" || s == "“" || s == "„" || s == "‘" || s == "(" || s == "[" || s == "{"
        }
        // In a software message, a mark ends a phrase when a space, a closer or the end follows it;
        // elsewhere it is part of a token (`%s:%d`, `!$ACC`, `';'`, `.h`).
        func endsPhrase(_ after: Unicode.Scalar?) -> Bool {
            guard plain, let after else { return true }
            return isSpace(after) || after == ")" || after == "»" || after == "”"
        }
        // What comes before the current mark: its token so far (software messages only) and the
        // last scalar that is not a space.
        // The token is a slice of the text, from its first scalar to the current one (excluded).
        var (tokenStart, position) = (scalars.startIndex, scalars.startIndex)
        var token: Substring.UnicodeScalarView { scalars[tokenStart..<position] }
        var lastVisible: Unicode.Scalar?
        lazy var lowercasedSource = source.lowercased()
        let sourceSeparatesWithSemicolons =
            plain
            && source.unicodeScalars.indices.contains { i in
                source.unicodeScalars[i] == ";"
                    && source.unicodeScalars.index(after: i) < source.unicodeScalars.endIndex
                    && source.unicodeScalars[source.unicodeScalars.index(after: i)].properties.isAlphabetic
            }
        // In a software message, a mark that belongs to code or a name rather than to the prose:
        // in an option or a reference (`-F:`, `#VALUE!`, `$x;`), named in brackets (`(!)`), the
        // end of an entity (`&lt;`), a location (`%s:%d:`), a name of the source (`Yahoo!`), a
        // list separator where the source separates with it (`Thunderbolt;privacy;`).
        func isCode(_ c: Unicode.Scalar, _ before: Unicode.Scalar?) -> Bool {
            guard plain else { return false }
            if let first = token.first, first == "-" || first == "#" || first == "$" { return true }
            if isOpening(before) { return true }
            switch c {
            case ";": return token.contains("&") || sourceSeparatesWithSemicolons
            case ":": return token.contains(":")
            case "!", "?":
                guard !token.isEmpty else { return false }
                var name = String(token)
                name.unicodeScalars.append(c)
                return lowercasedSource.contains(name.lowercased())
            default: return false
            }
        }
        func french(_ before: Unicode.Scalar?, _ c: Unicode.Scalar, _ after: Unicode.Scalar?) {
            if isFrenchBefore(c), let before, (before != "?" && before != "!") || c == "»",
                // « … » around a word needs spaces; a colon in a time or URL (10:30) does not count.
                !(c == ":" && isNumber(before) && isNumber(after))
            {
                if before == " " {
                    if !plain { add("plain space before « \(c) »: use a no-break space (U+00A0 or U+202F)") }
                } else if !isNoBreak(before),
                    !plain || (c == "»" || endsPhrase(after)) && !isFrenchBefore(before) && !isCode(c, before)
                {
                    add("no space before « \(c) »: French puts a no-break space there")
                }
            }
            if c == "«", let after {
                if after == " " {
                    if !plain { add("plain space after « « »: use a no-break space") }
                } else if !isNoBreak(after) {
                    add("no space after « « »: French puts a no-break space there")
                }
            }
            if c == "." || c == ",", let before, before == " " || isNoBreak(before), isProse(c, after) {
                add("space before « \(c) »")
            }
        }
        // A space before . or , that the rules of every language forbid, unless the mark is
        // code, quoted, or copied from the source.
        func isProse(_ c: Unicode.Scalar, _ after: Unicode.Scalar?) -> Bool {
            guard plain else { return true }
            return endsPhrase(after) && !isOpening(lastVisible) && !source.contains(" \(c)")
                && !source.contains("\u{A0}\(c)")
        }
        func other(_ before: Unicode.Scalar?, _ c: Unicode.Scalar, _ after: Unicode.Scalar?) {
            if isEnglishBefore(c), let before, before == " " || isNoBreak(before),
                !plain
                    || endsPhrase(after) && !source.contains(" \(c)") && !source.contains("\u{A0}\(c)")
                        && !isCode(c, before)
            {
                add("space before « \(c) »: \(language) puts none there")
            }
            if c == "." || c == ",", let before, before == " ", after.map({ !isNumber($0) && $0 != "." }) ?? true,
                isProse(c, after)
            {
                add("space before « \(c) »")
            }
        }
        // The language compared once, not at every scalar.
        let isFrench = language == "fr"
        var (questions, exclamations) = (false, false)
        var before: Unicode.Scalar?
        while position < scalars.endIndex {
            let c = scalars[position]
            let next = scalars.index(after: position)
            let after = next < scalars.endIndex ? scalars[next] : nil
            if isSpace(c) {
                tokenStart = next
            } else {
                if isFrench { french(before, c, after) } else { other(before, c, after) }
                // A mark that ends a phrase, not one alone (`!`, a column's title).
                let ends = endsPhrase(after) && !isCode(c, before) && (!plain || before.map { !isSpace($0) } ?? false)
                if c == "?", ends { questions = true }
                if c == "!", ends { exclamations = true }
                lastVisible = c
            }
            (before, position) = (c, next)
        }
        if language != "fr" {
            let straight = scalars.contains { $0 == "\"" || $0 == "'" }
            let curly = scalars.contains { $0 == "“" || $0 == "”" || $0 == "‘" || $0 == "’" || $0 == "„" }
            // Quotes mixed as in the source are copied, not chosen.
            let sourceMixes =
                plain && source.contains(where: { $0 == "\"" || $0 == "'" })
                && source.contains(where: { $0 == "“" || $0 == "”" || $0 == "‘" || $0 == "’" })
            if straight && curly && !sourceMixes { add("straight and curly quotes mixed: choose one style") }
        }
        if language == "de", scalars.contains(where: { $0 == "“" || $0 == "\"" }) {
            let chars = Array(scalars)
            for (i, c) in chars.enumerated() where c == "“" || c == "\"" {
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                guard before == " " || before == "(", after.properties.isAlphabetic else { continue }
                // A quotation copied from the source, quotes and all, is a literal (-> "sort").
                if plain, c == "\"", let end = chars[(i + 1)...].firstIndex(of: "\""),
                    source.contains(String(String.UnicodeScalarView(chars[i...end])))
                {
                    continue
                }
                add("German quotations open with „, not \(c)")
                break
            }
        }
        if language == "es" {
            let (question, exclamation) =
                plain ? (questions, exclamations) : (scalars.contains("?"), scalars.contains("!"))
            if question && !scalars.contains("¿") { add("a question needs its opening ¿") }
            if exclamation && !scalars.contains("¡") { add("an exclamation needs its opening ¡") }
        }
        return problems
    }
}
