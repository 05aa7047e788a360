import Foundation

/// The project's word lists: `words-<locale>.txt` beside the glossary, which `spelling` and
/// `untranslated-text` read, and `passeur check --update-words` fills.
extension Project {
    /// The word list of `locale`, relative to the project folder: `words-<locale>.txt` in the
    /// glossary's folder (`Glossary/words-pt-BR.txt`), or in `Glossary/` when the project has
    /// no glossary.
    public func wordListPath(for locale: LocaleTag) -> String {
        let folder = config.glossary.map { ($0 as NSString).deletingLastPathComponent } ?? "Glossary"
        return (folder as NSString).appendingPathComponent("words-\(locale.identifier).txt")
    }

    /// The word lists that exist of `locales` and the source locale, by locale identifier.
    ///
    /// - Throws: `FileError` for a list that exists but cannot be read or is not UTF-8.
    func wordLists(locales: [LocaleTag]) throws -> [String: WordList] {
        var lists: [String: WordList] = [:]
        for locale in [config.sourceLocale] + locales where lists[locale.identifier] == nil {
            let file = path(wordListPath(for: locale))
            guard FileManager.default.fileExists(atPath: file) else { continue }
            lists[locale.identifier] = try WordList.read(path: file)
        }
        return lists
    }

    /// Adds the words that `findings`' `spelling` findings report to the project's word lists
    /// (created when missing), all together and atomically; nothing a list holds is removed or
    /// moved.
    ///
    /// - Returns: Each list written (relative to the project folder) and the words added to it.
    /// - Throws: `FileError`; nothing is written then.
    public func updateWordLists(from findings: [Finding]) throws -> [(path: String, added: [String])] {
        let words = WordList.unknownWords(in: findings)
        var paths: [String: String] = [:]
        var relative: [String: String] = [:]
        for locale in words.keys {
            guard let tag = LocaleTag(gettextName: locale) else { continue }
            let list = wordListPath(for: tag)
            paths[locale] = path(list)
            relative[path(list)] = list
        }
        return try WordList.add(words, toFiles: paths).map { (relative[$0.path] ?? $0.path, $0.added) }
    }
}
