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
struct TypographyCheck: UnitCheck {
    /// `typography`.
    static let id = "typography"
    /// A style issue an edition should not print.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "The translation follows the target language's typography (spaces, quotes, ¿ ¡)."

    /// One finding per rule broken.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let text = context.target(of: unit).textWithoutCodes
        return
            (Self.problems(inTextWithoutCodes: text, language: context.locale.language)
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

    /// The rules a text already stripped of its inline codes breaks.
    static func problems(inTextWithoutCodes text: String, language: String) -> [String] {
        var text = text
        for url in TextAnalysis.urlsAndEmails(in: text) { text = text.replacingOccurrences(of: url, with: "x") }
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
        func french(_ before: Unicode.Scalar?, _ c: Unicode.Scalar, _ after: Unicode.Scalar?) {
            if isFrenchBefore(c), let before, (before != "?" && before != "!") || c == "»",
                // « … » around a word needs spaces; a colon in a time or URL (10:30) does not count.
                !(c == ":" && isNumber(before) && isNumber(after))
            {
                if before == " " {
                    add("plain space before « \(c) »: use a no-break space (U+00A0 or U+202F)")
                } else if !isNoBreak(before) {
                    add("no space before « \(c) »: French puts a no-break space there")
                }
            }
            if c == "«", let after {
                if after == " " {
                    add("plain space after « « »: use a no-break space")
                } else if !isNoBreak(after) {
                    add("no space after « « »: French puts a no-break space there")
                }
            }
            if c == "." || c == ",", let before, before == " " || isNoBreak(before) {
                add("space before « \(c) »")
            }
        }
        func other(_ before: Unicode.Scalar?, _ c: Unicode.Scalar, _ after: Unicode.Scalar?) {
            if isEnglishBefore(c), let before, before == " " || isNoBreak(before) {
                add("space before « \(c) »: \(language) puts none there")
            }
            if c == "." || c == ",", let before, before == " ", after.map({ !isNumber($0) && $0 != "." }) ?? true {
                add("space before « \(c) »")
            }
        }
        // The language compared once, not at every scalar.
        let isFrench = language == "fr"
        var iterator = scalars.makeIterator()
        var (before, current): (Unicode.Scalar?, Unicode.Scalar?) = (nil, iterator.next())
        while let c = current {
            let after = iterator.next()
            if isFrench { french(before, c, after) } else { other(before, c, after) }
            (before, current) = (c, after)
        }
        if language != "fr" {
            let straight = scalars.contains { $0 == "\"" || $0 == "'" }
            let curly = scalars.contains { $0 == "“" || $0 == "”" || $0 == "‘" || $0 == "’" || $0 == "„" }
            if straight && curly { add("straight and curly quotes mixed: choose one style") }
        }
        if language == "de", scalars.contains(where: { $0 == "“" || $0 == "\"" }) {
            let chars = Array(scalars)
            for (i, c) in chars.enumerated() where c == "“" || c == "\"" {
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if before == " " || before == "(", after.properties.isAlphabetic {
                    add("German quotations open with „, not \(c)")
                    break
                }
            }
        }
        if language == "es" {
            if scalars.contains("?") && !scalars.contains("¿") { add("a question needs its opening ¿") }
            if scalars.contains("!") && !scalars.contains("¡") { add("an exclamation needs its opening ¡") }
        }
        return problems
    }
}
