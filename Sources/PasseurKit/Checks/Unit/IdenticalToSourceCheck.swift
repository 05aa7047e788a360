/// Flags a translation identical to its source.
///
/// Does not flag segments made only of names, numbers, acronyms and do-not-translate
/// terms (« Bitcoin Magazine », « BTC Inc. », « 21 »), which stay the same in every language.
///
/// In a software message (plain text), words of code are no words: options (`-f`,
/// `--lint`), tokens with `_ | = < > / \ $ % { } [ ] @ : .` inside (`disk_toggle`,
/// `on|off`, `%s`, `default:mm`), and a usage line with brackets (`echo [-neE] [arg ...]`).
/// A word left as is must start in lower case (a capitalised one is a name: `Pretty Good
/// Privacy`, `Thai`), and be one of the source language's dictionary that the target
/// language's does not know: « minutes », « date », « version » are French words too; and
/// there must be two such words, as a lone one beside names is part of a name (`ONIE boot`,
/// `iPod touch`, `Linux /usr verity (ARM)`). A text of one word (`select`, `sinh`,
/// `Renderer`) is a keyword, a unit or a loanword, not a sentence. A token that starts or
/// ends with markup (`<span`) is code.
struct IdenticalToSourceCheck: UnitCheck {
    /// `identical-to-source`.
    static let id = "identical-to-source"
    /// Usually a forgotten segment.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary =
        "A translation differs from its source, unless the source is only names, numbers or kept terms."

    /// The dictionaries of the source and target languages, opened on first use.
    private let dictionaries = HunspellDictionaries()

    /// A finding when source and target are the same text with translatable words in it.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard unit.target == unit.source else { return [] }
        let kept = (context.glossary?.matches(inSource: unit.source) ?? []).filter(\.term.doNotTranslate)
        let analysis = context.source(of: unit)
        var text = unit.source
        for match in kept { text = text.replacingOccurrences(of: match.text, with: " ") }
        let translatable: Bool
        if analysis.markup == .plain {
            translatable = plainTextHasTranslatableWords(
                text, sourceLocale: context.sourceLocale ?? analysis.locale, locale: context.locale)
        } else {
            let words = kept.isEmpty ? analysis.words : TextAnalysis(text).words
            translatable = words.contains { word in word.count >= 3 && word.first?.isLowercase == true }
        }
        return translatable ? [context.finding(Self.self, unit, "translation is identical to the source")] : []
    }

    /// Characters that make a token code, not prose.
    static let codeCharacters = Set<Character>("_|=<>/\\$%{}[]@:.")

    /// Whether a software message has a word to translate: outside code, of three letters or
    /// more and in lower case, in the source dictionary and not in the target's (without
    /// dictionaries, any such word).
    func plainTextHasTranslatableWords(_ text: String, sourceLocale: LocaleTag?, locale: LocaleTag) -> Bool {
        if text.contains("[-") || text.contains(" [") { return false }
        let tokens = text.split(whereSeparator: \.isWhitespace)
        let prose = tokens.filter { token in
            token.first != "-" && !token.contains(where: { Self.codeCharacters.contains($0) && $0 != "." && $0 != ":" })
                && !token.dropLast().contains(where: Self.codeCharacters.contains)
        }
        let words = prose.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.filter { word in
            // A word with inner capitals is a name (`iPod`).
            word.count >= 3 && word.first?.isLowercase == true && !word.dropFirst().contains(where: \.isUppercase)
        }
        if tokens.count == 1 { return false }
        let untranslated = words.filter { word in
            let known = sourceLocale.flatMap { dictionaries.knows(String(word), in: $0) }
            return known != false && dictionaries.knows(String(word), in: locale) != true
        }
        return untranslated.count >= 2
    }
}
