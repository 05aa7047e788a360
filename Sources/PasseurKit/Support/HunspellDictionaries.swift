/// Hunspell dictionaries for the checks that ask whether a word is a word of a language (an
/// acronym or a metavariable, a word left untranslated): the process's (`SharedSpellChecker`),
/// so that every check, document and thread of a run reads each language's dictionary opened once.
struct HunspellDictionaries {
    /// Whether the dictionary of `locale` knows `word` exactly as written; nil when no
    /// dictionary of the locale is installed.
    func knowsExactly(_ word: String, in locale: LocaleTag) -> Bool? {
        SharedSpellChecker.of(locale).withChecker { $0.map { $0.knows(word) } }
    }

    /// Whether the dictionary of `locale` knows `word` as written or in lower case; nil when
    /// no dictionary of the locale is installed.
    func knows(_ word: String, in locale: LocaleTag) -> Bool? {
        let lower = word.lowercased()
        return SharedSpellChecker.of(locale).withChecker { $0.map { $0.knows(word) || $0.knows(lower) } }
    }
}
