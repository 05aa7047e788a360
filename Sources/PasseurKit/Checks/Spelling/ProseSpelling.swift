/// What `spelling` and `untranslated-text` read of one translation: its lower-case prose words
/// that the target language does not accept, and whether it is mostly in the source language.
///
/// Computed once per translation, by whichever of the two checks asks first, and kept in the
/// translation's `TextAnalysis`: each word's verdict is the run's (`SpellingSession`), and the
/// walk over the words is made once.
struct ProseSpelling {
    /// The lower-case words the target language does not accept (`TextAnalysis.proseWords`
    /// whose first letter is lower-case: capitalised words are names), each once, in text order;
    /// without those the translation keeps from its source as code or as a name
    /// (`keptFromSource`), nor abbreviations the dictionary lists with their full stop (« bzw. »).
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
        let sourceLocale = context.sourceLocale ?? context.sourceAnalysis?.locale
        let translated = sourceLocale.map { $0.language != context.locale.language } ?? false
        if !unknown.isEmpty {
            let source = translated ? sourceLocale.map { session.dictionary(for: $0, glossary: glossary) } : nil
            let kept = KeptWords(
                source: context.source(of: unit), dictionary: source,
                keepsSourceWords: context.markup == .plain, sourceLanguage: sourceLocale?.language)
            unknown.removeAll { word in
                isAbbreviation(word, target: target) || kept.contains(word, target: target)
            }
        }
        var spelling = ProseSpelling(unknownWords: unknown)
        let minimum = UntranslatedTextCheck.minimumWords
        if unknownLong.count >= minimum, unknownLong.count > knownLong, translated, let sourceLocale {
            let source = session.dictionary(for: sourceLocale, glossary: glossary)
            let sourceWords = source.isInstalled ? unknownLong.filter { source.verdict($0) != .unknown } : []
            if sourceWords.count >= minimum, sourceWords.count > knownLong {
                spelling.sourceLanguage = (sourceWords, knownLong)
            }
        }
        analysis.spelling = spelling
        return spelling
    }

    /// Whether `word` is followed by a full stop and the dictionary knows it with it: an
    /// abbreviation (« bzw. », « usw. », « pág. »), whose full stop the word scan drops.
    static func isAbbreviation(_ word: Substring, target: SpellingDictionary) -> Bool {
        guard word.endIndex < word.base.endIndex, word.base.unicodeScalars[word.endIndex] == "." else { return false }
        return target.verdict(Substring(String(word) + ".")) != .unknown
    }

    /// The words a translation keeps from its source, which are not the target language's to
    /// spell: those the source shows only as code (a quoted value, an option, a path: `'void'`,
    /// `--root` kept as « void », « root »), and those of the source's prose that the source
    /// language does not know either (program and product names written in lower case: gawk,
    /// dpkg, gedit). In a software message (`keepsSourceWords`), as pofilter's `spellcheck`
    /// reads it, every word of the source kept as it is, in the singular or the plural
    /// (« membar » for `membars`, « tags » for `tag`), alone or elided (« l'opcode »), is a keyword, a command or a loanword (« sleep: argumento é negativo »,
    /// « ein float », « los logs »), except an English function word (« and », « of »): a phrase
    /// left untranslated. Elsewhere a word of the source language kept as it is (« and »,
    /// « script ») is still reported, unless the translation sets it off between brackets or
    /// quotation marks, as it does a source word or a source-language gloss (« (mapping) »,
    /// « «buffers» »): it may be a word left untranslated. A compound (« gawk-Erweiterung »,
    /// « arquivo-tar », « d'extent ») is kept when each of its parts is kept, known or a letter.
    struct KeptWords {
        /// The source text.
        let source: TextAnalysis
        /// The source language's dictionary, when it is not the target's.
        let dictionary: SpellingDictionary?
        /// Whether every word of the source but English function words may stay as it is.
        var keepsSourceWords = false
        /// The source's language.
        var sourceLanguage: String?

        /// English words that show a phrase left untranslated when a translation keeps them.
        static let englishFunctionWords: Set<String> = [
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "if", "in", "into",
            "is", "it", "its", "not", "of", "on", "or", "that", "the", "then", "this", "to", "was", "were", "which",
            "will", "with", "you", "your",
        ]

        /// Whether the translation keeps `word` from the source, whole or part by part.
        func contains(_ word: Substring, target: SpellingDictionary) -> Bool {
            guard let dictionary else { return false }
            if isKept(word, dictionary: dictionary) || keepsAsSoftware(word) { return true }
            if Self.isSetOff(word),
                ProseWords.utf16Range(ofWord: word, in: source.text, caseInsensitive: true) != nil
                    || dictionary.verdict(word) != .unknown
            {
                return true
            }
            let parts = word.split(whereSeparator: { $0 == "-" || $0 == "'" || $0 == "’" })
            guard parts.count > 1 else { return false }
            var anyKept = false
            for part in parts {
                if isKept(part, dictionary: dictionary) || keepsAsSoftware(part) {
                    anyKept = true
                } else if part.count > 1, target.verdict(part) == .unknown {
                    return false
                }
            }
            return anyKept
        }

        /// Whether `word` stands between brackets or after an opening quotation mark in its
        /// text, as a translator sets off a term kept from the source: « (landing pad) »,
        /// « «array» », « « stride » ».
        static func isSetOff(_ word: Substring) -> Bool {
            let before = word.base[..<word.startIndex].unicodeScalars
            if let mark = before.last(where: { !$0.properties.isWhitespace }),
                ["(", "«", "“", "„", "»", "\"", "'", "‹", "‚", "‘"].contains(mark),
                before.last.map({ $0 == mark || $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" }) ?? false
            {
                return true
            }
            guard let open = before.lastIndex(of: "(") else { return false }
            let between = before[open...]
            return !between.contains(")") && !between.contains("\n")
                && word.base[word.endIndex...].unicodeScalars.prefix { $0 != "\n" }.contains(")")
        }

        /// Whether a software message's source has `word`, its plural or its singular, and
        /// `word` is no English function word.
        private func keepsAsSoftware(_ word: Substring) -> Bool {
            guard keepsSourceWords else { return false }
            if sourceLanguage == "en", Self.englishFunctionWords.contains(word.lowercased()) { return false }
            var forms = [word, Substring(word + "s")]
            if word.count > 3, word.hasSuffix("s") { forms.append(word.dropLast()) }
            return forms.contains { ProseWords.utf16Range(ofWord: $0, in: source.text, caseInsensitive: true) != nil }
        }

        /// Whether `word` stands whole in the source: as code only, or in its prose unknown to
        /// the source language.
        private func isKept(_ word: Substring, dictionary: SpellingDictionary) -> Bool {
            guard ProseWords.utf16Range(ofWord: word, in: source.text, caseInsensitive: true) != nil else {
                return false
            }
            let lowered = word.lowercased()
            let inProse = source.proseWords.contains { $0.count == word.count && $0.lowercased() == lowered }
            return !inProse || dictionary.verdict(word) == .unknown
        }
    }
}
