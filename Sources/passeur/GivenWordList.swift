import Foundation
import PasseurKit

/// A word list given with `--words`: its words, and the locale its name gives
/// (`words-<locale>.txt`), if any; a list whose name gives none applies to every locale.
struct GivenWordList {
    /// The path given.
    var path: String
    /// The locale the file's name gives, nil for every locale.
    var locale: LocaleTag?
    /// Its words.
    var list: WordList

    /// Reads the list at `path`.
    ///
    /// - Throws: `FileError` (unreadable, not UTF-8).
    init(path: String) throws {
        self.path = path
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        locale = stem.hasPrefix("words-") ? LocaleTag(gettextName: String(stem.dropFirst("words-".count))) : nil
        list = try WordList.read(path: path)
    }

    /// The lists that apply to each of `locales`, merged, by locale identifier.
    static func byLocale(_ given: [GivenWordList], for locales: [LocaleTag]) -> [String: WordList] {
        var result: [String: WordList] = [:]
        for locale in locales {
            for entry in given where entry.locale == nil || entry.locale == locale {
                result[locale.identifier, default: WordList()].formUnion(entry.list)
            }
        }
        return result
    }
}
