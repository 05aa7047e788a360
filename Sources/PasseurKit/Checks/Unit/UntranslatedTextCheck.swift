/// Flags a translation written mostly in the source language: French left in an English
/// catalog, English kept in a German one, with edits enough that it is not identical to the
/// source (that is `identical-to-source`'s).
///
/// The lower-case words of three letters or more of the translation's prose
/// (`TextAnalysis.proseWords`, the words `spelling` judges too) are looked up in the target
/// language's Hunspell dictionary, and those it lacks in the source language's
/// (`ProseSpelling`): the unit is flagged when at least `minimumWords` words are known in the
/// source language only, and they outnumber the words known in the target language. Words
/// neither dictionary knows, the glossary's terms and the word list's words (jargon) are no
/// evidence either way, nor are capitalised words (names), nor shorter words, which languages
/// share (« de », « en », « et » are in the English dictionary). Nothing is reported when
/// either language has no installed dictionary, or both are one language. `spelling` stays
/// quiet on a unit mostly in the source language, identical to it or not, rather than listing
/// every word of it.
///
/// The finding's range runs from the first source-language word of the translation to the end
/// of the last.
struct UntranslatedTextCheck: UnitCheck {
    /// `untranslated-text`.
    static let id = "untranslated-text"
    /// Usually text pasted from the source, or a segment a translator started and left.
    static let defaultSeverity = Severity.warning
    /// The help line.
    static let summary = "A translation is not mostly made of words of the source language."
    /// How many words of the source language a translation needs to be flagged: fewer are
    /// names, quotations, cognates.
    static let minimumWords = 4

    /// The session of a check called on its own, outside a run.
    private let ownSession = SpellingSession()

    /// A finding when most of the translation's words are the source language's, unless it is
    /// the source itself.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard unit.target != unit.source,
            let spelling = ProseSpelling.of(unit, context: context, session: context.spelling ?? ownSession),
            let (words, targetWords) = spelling.sourceLanguage,
            let sourceLocale = context.sourceLocale ?? context.sourceAnalysis?.locale, let first = words.first,
            let last = words.last
        else { return [] }
        let message =
            "mostly in \(sourceLocale), the source language: \(words.count) words in the \(sourceLocale) "
            + "dictionary only, \(targetWords) in the \(context.locale) one"
        var range: Range<Int>?
        if let start = ProseWords.utf16Range(ofWord: first, in: unit.target),
            let end = ProseWords.utf16Range(ofWord: last, in: unit.target, last: true),
            start.lowerBound < end.upperBound
        {
            range = start.lowerBound..<end.upperBound
        }
        return [context.finding(Self.self, unit, message, targetRange: range)]
    }
}
