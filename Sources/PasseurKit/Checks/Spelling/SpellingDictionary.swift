import Foundation
import Synchronization

/// One language's spelling for a run: its Hunspell dictionary (the process's,
/// `SharedSpellChecker`), the words accepted without it (glossary terms, the word list), and
/// each word's verdict and suggestions, each computed once.
///
/// Thread-safe: the memos are behind one lock, held for one memo look-up, and the handle behind
/// its own, held for one Hunspell look-up: a thread reading a verdict known already does not wait
/// for another's look-up.
final class SpellingDictionary: Sendable {
    /// The language.
    let locale: LocaleTag
    /// The words accepted without a look-up, as `WordList.key` makes them: the glossary's terms
    /// of the locale, every do-not-translate term, the words of the locale's word list.
    private let accepted: Set<String>
    /// The Hunspell dictionary.
    private let checker: SharedSpellChecker
    /// What it has answered.
    private let memo = Mutex<Memo>(Memo())

    /// What the language says of a word.
    enum Verdict {
        /// The glossary or the word list has it: a name, a term, jargon the project accepts.
        case listed
        /// The dictionary knows it, or every part of it.
        case known
        /// Neither.
        case unknown
    }

    /// The verdicts and suggestions given so far.
    private struct Memo {
        var verdicts: [String: Verdict] = [:]
        var suggestions: [String: [String]] = [:]
        var lookUps = 0
    }

    /// The dictionary of `locale`, accepting `accepted` (keys of `WordList.key`).
    init(locale: LocaleTag, accepted: Set<String>) {
        self.locale = locale
        self.accepted = accepted
        checker = SharedSpellChecker.of(locale)
    }

    /// How many words were judged (looked up in the glossary, the word list and Hunspell): each
    /// distinct word once.
    var lookUps: Int {
        memo.withLock { $0.lookUps }
    }

    /// Whether Hunspell has a dictionary for the locale: opens it on first use.
    var isInstalled: Bool {
        checker.isInstalled
    }

    /// Whether the language accepts `word`: its verdict is not `unknown`.
    func accepts(_ word: Substring) -> Bool {
        verdict(word) != .unknown
    }

    /// What the language says of `word`: `listed` when the glossary or the word list has it;
    /// `known` when the dictionary knows it, every part of a compound or an elision is listed or
    /// known (« auto-conservation », « l’orange »), it is a productive prefix solid with a
    /// known word (« exgerente »), or two known words solid in a language that writes compounds
    /// so (« argumentabhängiger », `isCompound`); `unknown` otherwise. `known` for every word
    /// when no dictionary is installed. Each word is judged once per run.
    func verdict(_ word: Substring) -> Verdict {
        let key = String(word)
        if let known = memo.withLock({ $0.verdicts[key] }) { return known }
        // Under the handle's lock, so that two threads never judge one word twice: the second
        // finds the first's verdict.
        return checker.withChecker { checker in
            if let known = memo.withLock({ $0.verdicts[key] }) { return known }
            let verdict = judge(key, checker: checker)
            memo.withLock { memo in
                memo.verdicts[key] = verdict
                memo.lookUps += 1
            }
            return verdict
        }
    }

    /// The suggestions already computed for `word`, if any were.
    func knownSuggestions(_ word: String) -> [String]? {
        memo.withLock { $0.suggestions[word] }
    }

    /// Up to `limit` corrections Hunspell proposes for `word`, computed once per run (slow:
    /// tens to hundreds of milliseconds each).
    func suggestions(_ word: String, limit: Int) -> [String] {
        if let known = knownSuggestions(word) { return known }
        return checker.withChecker { checker in
            if let known = knownSuggestions(word) { return known }
            let found = checker?.suggestions(Self.hunspellForm(word), limit: limit) ?? []
            memo.withLock { $0.suggestions[word] = found }
            return found
        }
    }

    /// `word` as Hunspell reads it: straight apostrophes, composed letters (« configuración »
    /// with a separate acute accent, as some catalogs have it, is looked up composed).
    static func hunspellForm(_ word: String) -> String {
        let plain = WordList.straightApostrophes(word)
        guard
            plain.unicodeScalars.contains(where: {
                $0.value >= 0x300 && $0.properties.generalCategory == .nonspacingMark
            })
        else { return plain }
        return plain.precomposedStringWithCanonicalMapping
    }

    /// The verdict on `word`, looked up in its composed form (`hunspellForm`): the memo's keys
    /// compare as Swift strings do, composed or not, so both spellings get this verdict.
    private func judge(_ word: String, checker: SpellChecker?) -> Verdict {
        let plain = Self.hunspellForm(word)
        if accepted.contains(TermTokenizer.normalise(plain)) { return .listed }
        guard let checker else { return .known }
        if checker.knows(plain) { return .known }
        let parts = plain.split(whereSeparator: { $0 == "-" || $0 == "'" })
        let prefixes =
            (Self.productivePrefixes[locale.language] ?? []) + (Self.hyphenatedPrefixes[locale.language] ?? [])
        if parts.count > 1,
            parts.enumerated().allSatisfy({ i, part in
                part.count == 1 || accepted.contains(WordList.key(part)) || checker.knows(String(part))
                    || i < parts.count - 1 && prefixes.contains(part.lowercased())
            })
        {
            return .known
        }
        if Self.hasProductivePrefix(plain, language: locale.language, checker: checker)
            || Self.isCompound(plain, language: locale.language, checker: checker)
        {
            return .known
        }
        return .unknown
    }
}

extension SpellingDictionary {
    /// Prefixes that the language attaches to any word (RAE's *Ortografía* 2010 § 4.1.1.2 for
    /// Spanish, the 1990 agreement for Portuguese); German's are the Latin and Greek ones of
    /// learned adjectives (« multidisziplinär ») and the negation « un » (« unverschachtelt »).
    static let productivePrefixes: [String: [String]] = [
        "es": [
            "anti", "auto", "contra", "des", "ex", "hiper", "macro", "micro", "mini", "multi", "neo", "pos",
            "post", "pre", "pro", "pseudo", "re", "semi", "sobre", "sub", "super", "ultra", "vice",
        ],
        "pt": [
            "anti", "auto", "contra", "des", "hiper", "inter", "macro", "micro", "mini", "multi", "neo", "re", "semi",
            "sub", "ultra",
        ],
        "en": ["anti", "co", "counter", "multi", "non", "over", "post", "pre", "re", "under"],
        "de": ["anti", "hyper", "inter", "mega", "multi", "neo", "post", "pseudo", "super", "ultra", "un"],
    ]

    /// Prefixes written with a hyphen before a known word (« co-tableau », « sub-conversación »,
    /// « pós-instalação »), besides the productive ones.
    static let hyphenatedPrefixes: [String: [String]] = [
        "fr": [
            "anti", "auto", "co", "contre", "extra", "inter", "micro", "multi", "néo", "non", "post", "pré", "pseudo",
            "semi", "sous", "super", "sur", "ultra",
        ],
        "es": ["co", "sub"],
        "pt": ["co", "ex", "inter", "pós", "pré", "pró", "sub", "super", "vice"],
        "en": ["co", "sub"],
    ]

    /// Languages that write compounds solid and whose dictionaries list only some of them.
    static let compoundingLanguages: Set<String> = ["da", "de", "nb", "nl", "nn", "no", "sv"]

    /// Whether `word`, in a language that writes compounds solid, is two words the dictionary
    /// knows, of three letters or more each: a word, with a linking « s » or not, or a noun,
    /// written in lower case as compounds take it, then a word (« argument » + « abhängiger »,
    /// « nicht » + « transparenten », « ein » + « fliegen »). Hunspell's German dictionary
    /// composes nouns, but not adjectives and particle verbs.
    static func isCompound(_ word: String, language: String, checker: SpellChecker) -> Bool {
        guard compoundingLanguages.contains(language) else { return false }
        let letters = Array(word)
        guard letters.count >= 7, letters.allSatisfy(\.isLetter) else { return false }
        for split in 3...(letters.count - 3) where checker.knows(String(letters[split...])) {
            let head = String(letters[..<split])
            var heads = [head, head.prefix(1).uppercased() + head.dropFirst()]
            if head.count > 3, head.hasSuffix("s") { heads += heads.map { String($0.dropLast()) } }
            if heads.contains(where: checker.knows) { return true }
        }
        return false
    }

    /// Whether `word` is a productive prefix followed by a word of four letters or more that
    /// the dictionary knows.
    static func hasProductivePrefix(_ word: String, language: String, checker: SpellChecker) -> Bool {
        (productivePrefixes[language] ?? []).contains { prefix in
            word.hasPrefix(prefix) && word.count - prefix.count >= 4
                && checker.knows(String(word.dropFirst(prefix.count)))
        }
    }
}
