import Synchronization

/// One language's Hunspell dictionary, shared by the whole process: opened on first use and
/// never closed, since opening one takes 50 to 100 milliseconds and closing it half as much
/// again, and runs, tests and library calls use the same few. One thread uses it at a time.
final class SharedSpellChecker: Sendable {
    /// The dictionaries asked for so far, by locale identifier.
    private static let all = Mutex<[String: SharedSpellChecker]>([:])

    /// The language.
    let locale: LocaleTag
    /// Whether the dictionary was looked for, and the handle when one is installed.
    private let state = Mutex<(opened: Bool, checker: SpellChecker?)>((false, nil))
    /// Whether a dictionary is installed, once it was looked for (-1 before): read on every
    /// unit, without taking the handle's lock.
    private let installed = Atomic<Int8>(-1)

    private init(locale: LocaleTag) {
        self.locale = locale
    }

    /// The dictionary of `locale`, not necessarily opened yet.
    static func of(_ locale: LocaleTag) -> SharedSpellChecker {
        all.withLock { all in
            if let known = all[locale.identifier] { return known }
            let made = SharedSpellChecker(locale: locale)
            all[locale.identifier] = made
            return made
        }
    }

    /// What `body` makes of the handle (nil when no dictionary is installed), opened if it was
    /// not yet; no other thread uses the handle meanwhile.
    func withChecker<T: Sendable>(_ body: (SpellChecker?) -> T) -> T {
        state.withLock { state in
            if !state.opened {
                state.checker = SpellChecker(locale: locale)
                state.opened = true
                installed.store(state.checker == nil ? 0 : 1, ordering: .releasing)
            }
            return body(state.checker)
        }
    }

    /// Whether a dictionary of the language is installed: opens it on first use.
    var isInstalled: Bool {
        switch installed.load(ordering: .acquiring) {
        case 0: return false
        case 1: return true
        default: return withChecker { $0 != nil }
        }
    }
}
