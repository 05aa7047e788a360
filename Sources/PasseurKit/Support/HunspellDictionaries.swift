import Synchronization

/// Hunspell dictionaries for the checks that ask whether a word is a word of a language (an
/// acronym or a metavariable, a word left untranslated), opened once per locale and thread.
///
/// `SpellChecker` is not thread-safe and a dictionary takes long to open (a tenth of a second
/// for French): each instance borrows the dictionaries it uses from a process-wide pool on first
/// use and gives them back when it is released, so that the check instances `CheckRunner`
/// makes for each document and thread reuse the dictionaries, and their caches, of the last.
final class HunspellDictionaries {
    /// Dictionaries not in use, by locale: nil for a locale with none installed.
    private static let pool = Mutex<[LocaleTag: Shelf]>([:])

    /// The dictionaries this instance holds.
    private var checkers: [LocaleTag: SpellChecker?] = [:]

    /// Creates an instance that holds no dictionary yet.
    init() {}

    deinit {
        let held = checkers
        Self.pool.withLock { pool in
            for (locale, checker) in held {
                guard let checker else { continue }
                pool[locale, default: Shelf()].checkers.append(checker)
            }
        }
    }

    /// The dictionary of `locale`, or nil when none is installed.
    func checker(for locale: LocaleTag) -> SpellChecker? {
        if let known = checkers[locale] { return known }
        let borrowed = Self.pool.withLock { pool -> SpellChecker?? in
            guard var shelf = pool[locale] else { return .none }
            if shelf.missing { return .some(nil) }
            guard let checker = shelf.checkers.popLast() else { return .none }
            pool[locale] = shelf
            return .some(checker)
        }
        let checker: SpellChecker?
        if let borrowed {
            checker = borrowed
        } else {
            checker = SpellChecker(locale: locale)
            if checker == nil { Self.pool.withLock { $0[locale] = Shelf(missing: true) } }
        }
        checkers[locale] = checker
        return checker
    }

    /// Whether the dictionary of `locale` knows `word` as written or in lower case; nil when
    /// no dictionary of the locale is installed.
    func knows(_ word: String, in locale: LocaleTag) -> Bool? {
        guard let checker = checker(for: locale) else { return nil }
        return checker.knows(word) || checker.knows(word.lowercased())
    }

    /// The idle dictionaries of one locale, or the fact that it has none installed.
    private struct Shelf: @unchecked Sendable {
        // Unchecked: a dictionary on the shelf is used by no thread; the pool's lock hands it over.
        var checkers: [SpellChecker] = []
        var missing = false
    }
}
