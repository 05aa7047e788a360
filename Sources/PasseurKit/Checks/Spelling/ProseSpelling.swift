/// What `spelling` and `untranslated-text` read of one translation: its lower-case prose words
/// that the target language does not accept, and whether it is mostly in the source language.
///
/// Computed once per translation, by whichever of the two checks asks first, and kept in the
/// translation's `TextAnalysis`: each word's verdict is the run's (`SpellingSession`), and the
/// walk over the words is made once.
struct ProseSpelling {
    /// The lower-case words the target language does not accept (`TextAnalysis.proseWords`
    /// whose first letter is lower-case: capitalised words are names), each once, in text order.
    var unknownWords: [Substring]
    /// The lower-case words of three letters or more known in the source language only, in
    /// text order, and how many are known in the target language, when the first are at least
    /// `UntranslatedTextCheck.minimumWords` and outnumber the second; nil otherwise.
    var sourceLanguage: (words: [Substring], targetWords: Int)?

    /// The spelling of `unit`'s translation in `context`: the one its analysis keeps, or one
    /// computed (and kept); nil when the target language has no installed dictionary.
    static func of(_ unit: TranslationUnit, context: CheckContext, session: SpellingSession) -> ProseSpelling? {
        let analysis = context.target(of: unit)
        if let known = analysis.spelling { return known }
        let glossary = context.glossary?.glossary
        let target = session.dictionary(for: context.locale, glossary: glossary)
        guard target.isInstalled else { return nil }
        var unknown: [Substring] = []
        var seen = Set<Substring>()
        // Words of three letters or more: shorter ones, languages share (« de », « en », « et »
        // are in the English dictionary).
        var unknownLong: [Substring] = []
        var knownLong = 0
        for word in analysis.proseWords where ProseWords.startsLowercase(word) {
            let long = word.unicodeScalars.count >= 3
            switch target.verdict(word) {
            case .listed:
                continue
            case .known:
                if long { knownLong += 1 }
            case .unknown:
                if long { unknownLong.append(word) }
                if seen.insert(word).inserted { unknown.append(word) }
            }
        }
        var spelling = ProseSpelling(unknownWords: unknown)
        let minimum = UntranslatedTextCheck.minimumWords
        if unknownLong.count >= minimum, unknownLong.count > knownLong,
            let sourceLocale = context.sourceLocale ?? context.sourceAnalysis?.locale,
            sourceLocale.language != context.locale.language
        {
            let source = session.dictionary(for: sourceLocale, glossary: glossary)
            let sourceWords = source.isInstalled ? unknownLong.filter { source.verdict($0) != .unknown } : []
            if sourceWords.count >= minimum, sourceWords.count > knownLong {
                spelling.sourceLanguage = (sourceWords, knownLong)
            }
        }
        analysis.spelling = spelling
        return spelling
    }
}
