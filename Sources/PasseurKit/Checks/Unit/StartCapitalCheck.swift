/// Flags a translation that starts with a lower-case letter where the source starts with a capital.
///
/// Leading quotes, brackets, markup and Spanish ¿ ¡ are skipped; a source starting with a
/// digit or punctuation is not checked. Translator credits (e-mail addresses) are not checked,
/// nor a translation that starts with a month or a weekday its language writes in lower case
/// (« juin », « mer. », « septiembre »).
///
/// In a software message (plain text), a source of fewer than four words is a label or a
/// fragment that other text completes (`Starts typing` after a name, `Every` before a
/// number): its case is the sentence's. A source whose first word is an acronym or a name
/// with inner capitals, digits or a placeholder (`ISO C forbids`, `GPG encrypted`, `SunOS
/// root`, `C99 designator`, `L%d cache`), a proper name (`Intel MCU psABI…`), an option (`-E or -x
/// required`), a letter (`'O' modifier`) or a parenthesis (`(Deprecated) Port`) has no
/// sentence capital: messages of many programs start in lower case in translation (« le C ISO
/// interdit »). Nor is a translation that starts with a word of the source as written, alone
/// or before a hyphen (`util_clamp`, `root`, `x`, « sst-Referenz »), or a name with inner
/// capitals (« digiKam », « jAlbum »), or a word that the target language's Hunspell
/// dictionary does not know (a program or an identifier: « msgmerge permet de… »,
/// « bloques_a_la_vez »), or a bracket named on its own (« ( o \\( desemparejado »).
struct StartCapitalCheck: UnitCheck {
    /// `start-capital`.
    static let id = "start-capital"
    /// A style slip.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "The translation starts with a capital where the source does."

    /// A finding when the source's first letter is a capital and the target's is not.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let source = context.source(of: unit).readerText
        let target = context.target(of: unit).readerText
        guard let sourceLetter = Self.firstLetter(readerText: source), sourceLetter.isUppercase,
            let targetLetter = Self.firstLetter(readerText: target), targetLetter.isLowercase,
            !TranslatorCredits.isCredits(unit)
        else { return [] }
        let firstWord = Self.firstWord(of: target)
        if firstWord.contains("@") { return [] }
        let names = CalendarNames.lowercaseNames(of: context.locale)
        if names.contains(String(firstWord.prefix { $0.isLetter })) || names.contains(Self.bare(firstWord)) {
            return []
        }
        if context.markup == .plain || context.sourceAnalysis?.markup == .plain {
            // A label or a fragment that other text completes follows the case of its sentence.
            if source.split(whereSeparator: \.isWhitespace).count < 4 { return [] }
            let start = source.drop { $0.isWhitespace }
            if start.first == "-" || start.first == "(" { return [] }
            // A bracket that opens the translation and stands alone is named: « ( o \( desemparejado ».
            let targetStart = target.drop { $0.isWhitespace }
            if targetStart.first == "(", targetStart.dropFirst().first?.isWhitespace == true { return [] }
            let sourceWord = Self.firstWord(of: source)
            let capitals = sourceWord.filter(\.isUppercase).count
            if capitals >= 2 || sourceWord.dropFirst().contains(where: \.isUppercase)
                || capitals == 1 && sourceWord.contains(where: { $0.isNumber || $0 == "%" })
            {
                return []
            }
            // A proper name (`Intel MCU psABI…`): the dictionary knows it capitalised only.
            let name = Self.bare(sourceWord)
            if let sourceLocale = context.sourceLocale ?? context.sourceAnalysis?.locale,
                dictionaries.knowsExactly(name, in: sourceLocale) == true,
                dictionaries.knowsExactly(name.lowercased(), in: sourceLocale) == false
            {
                return []
            }
            if Self.bare(sourceWord).count == 1 { return [] }
            if firstWord.dropFirst().contains(where: \.isUppercase), firstWord.first?.isLowercase == true,
                !firstWord.contains("-")
            {
                return []
            }
            let word = Self.bare(firstWord.split(separator: "-").first ?? firstWord)
            if word.contains("_") || dictionaries.knows(word, in: context.locale) == false { return [] }
            let sourceWords = Set(source.split(whereSeparator: { $0.isWhitespace }).map(Self.bare))
            let head = firstWord.split(separator: "-").first.map(Self.bare) ?? ""
            if sourceWords.contains(Self.bare(firstWord)) || sourceWords.contains(head) { return [] }
        }
        return [context.finding(Self.self, unit, "the translation starts with a lower-case letter")]
    }

    /// The target language's dictionary, opened on first use.
    private let dictionaries = HunspellDictionaries()

    static let leading = Set<Character>(" \u{A0}«“„\"'‘(¿¡—–-")

    /// The first character after leading quotes, brackets and spaces, when it is a letter.
    static func firstLetter(readerText: String) -> Character? {
        readerText.first { !leading.contains($0) }.flatMap {
            $0.isLetter ? $0 : nil
        }
    }

    /// The first run of characters of `text` that are not spaces, after the leading quotes and
    /// brackets.
    static func firstWord(of text: String) -> Substring {
        let start = text.drop { leading.contains($0) || $0.isWhitespace }
        return start.prefix { !$0.isWhitespace }
    }

    /// A word without the punctuation around it.
    static func bare(_ word: Substring) -> String {
        let isMark: (Character) -> Bool = { !$0.isLetter && !$0.isNumber && $0 != "_" }
        guard let start = word.firstIndex(where: { !isMark($0) }), let end = word.lastIndex(where: { !isMark($0) })
        else { return String(word) }
        return String(word[start...end])
    }
}
