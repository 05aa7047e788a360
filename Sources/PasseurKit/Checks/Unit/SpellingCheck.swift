/// Flags the words of a translation that the target language's Hunspell dictionary does not
/// know: one finding per unit, listing them, with Hunspell's suggestions for the first few.
///
/// Only the prose is read (`TextAnalysis.proseWords`): code spans, placeholders, options,
/// paths, file names, URLs, e-mail addresses, words with digits, acronyms and CamelCase
/// (`GitHub`, `macOS`) are never flagged, and neither are capitalised words (names:
/// Mannheimer, Ethereum), the glossary's terms of the target locale, every do-not-translate
/// term, and the words of the locale's word list (`Glossary/words-<locale>.txt`, `--words`).
/// A word made of a productive prefix and a known word is accepted where the language writes
/// such prefixes solid and dictionaries list only a few of the results (Spanish « exgerente »,
/// German « multidisziplinär », English « nonprofit »). Nothing is reported for a locale with
/// no installed dictionary, nor for a translation mostly in the source language, which is
/// `untranslated-text`'s.
///
/// Each distinct word is looked up once per run (`SpellingSession`). Suggestions are slow, so
/// they are added once the run's findings are sorted, to the first few words that may be typos
/// and are not the source language's (`SpellingSession.addSuggestions(to:sourceLocale:)`); a
/// check called on its own adds them at once.
public struct SpellingCheck: UnitCheck {
    /// `spelling`.
    public static let id = "spelling"
    /// Often a typo; sometimes jargon the glossary lacks.
    public static let defaultSeverity = Severity.warning
    /// The help line.
    public static let summary =
        "Every lower-case word of the translation's prose is in the language's Hunspell dictionary, the glossary or the word list."

    /// The session of a check called on its own, outside a run.
    private let ownSession = SpellingSession()

    /// Creates the check.
    public init() {}

    /// One finding listing the unknown words of the unit, in text order.
    public func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard let spelling = ProseSpelling.of(unit, context: context, session: context.spelling ?? ownSession),
            !spelling.unknownWords.isEmpty, spelling.sourceLanguage == nil
        else { return [] }
        let words = spelling.unknownWords.map(String.init)
        var finding = context.finding(
            Self.self, unit, Self.message(words, locale: context.locale.identifier, suggestions: [:]))
        finding.placeFreeMessage = finding.message
        finding.unknownWords = words
        var findings = [finding]
        if context.spelling == nil { ownSession.addSuggestions(to: &findings, sourceLocale: context.sourceLocale) }
        return findings
    }

    /// The message for `words`, unknown to the dictionary of `locale`, with the suggestions
    /// found for some of them and the number of units of those the run flags in many:
    ///
    /// - « comparsion » is not in the en dictionary; did you mean « comparison », « compassion »?
    /// - « comparsion », « hashrate » (12 units) are not in the en dictionary; did you mean
    ///   « comparsion » → « comparison », « compassion »?
    static func message(
        _ words: [String], locale: String, suggestions: [String: [String]], units: [String: Int] = [:]
    ) -> String {
        let quoted = words.map { word in units[word].map { "« \(word) » (\($0) units)" } ?? "« \(word) »" }
            .joined(separator: ", ")
        let hinted = words.compactMap { word in
            suggestions[word].flatMap { $0.isEmpty ? nil : (word, $0.map { "« \($0) »" }.joined(separator: ", ")) }
        }
        if words.count == 1 {
            return "\(quoted) is not in the \(locale) dictionary"
                + (hinted.first.map { "; did you mean \($0.1)?" } ?? "")
        }
        let hint = hinted.map { "« \($0.0) » → \($0.1)" }.joined(separator: "; ")
        return "\(quoted) are not in the \(locale) dictionary" + (hint.isEmpty ? "" : "; did you mean \(hint)?")
    }
}
