import Foundation
import Synchronization

/// What the spelling look-ups of one check run share, on every thread: each language's
/// dictionary (its Hunspell handle is the process's, `SharedSpellChecker`); each word's verdict,
/// looked up once; the words that the glossary and the word lists accept; the suggestions
/// computed so far, and how many more the run may compute.
///
/// `CheckRunner` makes one per run (`CatalogFiles` one for all its runs) and hands it to the
/// checks through `CheckContext.spelling`; a check called on its own uses one of its own.
/// `spelling` and `untranslated-text` read the same verdicts, so a word is looked up once
/// whichever asks first.
public final class SpellingSession: Sendable {
    /// How many distinct words of a run get suggestions, by default: Hunspell takes tens to
    /// hundreds of milliseconds for each.
    public static let defaultSuggestedWordLimit = 5
    /// A word flagged in more units than this gets no suggestion: a word repeated so often is
    /// more likely a term the dictionary lacks (jargon, a name), which a word list should take,
    /// than a typo.
    static let typoUnitLimit = 2
    /// How many suggestions a word gets, at most.
    static let suggestionsPerWord = 3

    /// The word lists, by locale identifier.
    private let wordLists: [String: WordList]
    /// The dictionaries made so far, by locale identifier.
    private let dictionaries = Mutex<[String: SpellingDictionary]>([:])
    /// How many more distinct words may get suggestions.
    let suggestionsLeft: Mutex<Int>

    /// A session whose words accepted in each locale include `wordLists` (by locale
    /// identifier), and in which at most `suggestedWordLimit` distinct words get suggestions.
    public init(wordLists: [String: WordList] = [:], suggestedWordLimit: Int = defaultSuggestedWordLimit) {
        self.wordLists = wordLists
        suggestionsLeft = Mutex(suggestedWordLimit)
    }

    /// The dictionary of `locale` for this run, made on first use (its Hunspell handle opens on
    /// its first look-up), accepting `glossary`'s terms of the locale, every do-not-translate
    /// term and the locale's word list. The first caller's glossary is the run's.
    func dictionary(for locale: LocaleTag, glossary: Glossary?) -> SpellingDictionary {
        dictionaries.withLock { dictionaries in
            if let known = dictionaries[locale.identifier] { return known }
            var accepted = Self.glossaryWords(glossary, locale: locale)
            accepted.formUnion(wordLists[locale.identifier]?.keys ?? [])
            let made = SpellingDictionary(locale: locale, accepted: accepted)
            dictionaries[locale.identifier] = made
            return made
        }
    }

    /// The dictionary made for the locale of this identifier, if any.
    func dictionary(identifier: String) -> SpellingDictionary? {
        dictionaries.withLock { $0[identifier] }
    }

    /// Opens the dictionaries of `locales` together, one per core: each takes a few hundred
    /// milliseconds to read, and a run would otherwise open them one after the other.
    func open(_ locales: [LocaleTag], glossary: Glossary?) {
        let made = locales.map { dictionary(for: $0, glossary: glossary) }
        DispatchQueue.concurrentPerform(iterations: made.count) { _ = made[$0].isInstalled }
    }

    /// The keys (`WordList.key`) of the words of `glossary`'s terms of `locale` and of every
    /// do-not-translate term.
    static func glossaryWords(_ glossary: Glossary?, locale: LocaleTag) -> Set<String> {
        var result = Set<String>()
        for concept in glossary?.concepts ?? [] {
            for (termLocale, terms) in concept.terms {
                for term in terms where termLocale == locale.identifier || term.doNotTranslate {
                    for form in term.forms {
                        for word in form.split(whereSeparator: { !$0.isLetter }) { result.insert(WordList.key(word)) }
                    }
                }
            }
        }
        return result
    }
}
