import Foundation

/// Filling word lists from a run's findings (`passeur check --update-words`).
extension WordList {
    /// The words that `findings`' `spelling` findings report, by locale identifier: each word
    /// once, sorted.
    public static func unknownWords(in findings: [Finding]) -> [String: [String]] {
        var byLocale: [String: WordList] = [:]
        for finding in findings where finding.checkID == SpellingCheck.id {
            for word in finding.unknownWords { byLocale[finding.locale, default: WordList()].insert(word) }
        }
        return byLocale.mapValues { $0.words.sorted() }
    }

    /// `text`, a word list file's contents (empty for a new file), with the words of `words` it
    /// lacks added at its end, one per line, in the order given. Nothing of `text` is removed
    /// or moved: comments, blank lines and the translator's order stay.
    public static func adding(_ words: [String], to text: String) -> (text: String, added: [String]) {
        var list = WordList(text: text)
        var added: [String] = []
        for word in words where !list.contains(word) {
            list.insert(word)
            added.append(word)
        }
        guard !added.isEmpty else { return (text, []) }
        let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
        return (text + separator + added.joined(separator: "\n") + "\n", added)
    }

    /// Adds `words` (by locale identifier) to the word list files at `paths` (by locale
    /// identifier; a file that does not exist is created): all files written together, each
    /// atomically, or none. Locales with no path or no new word are left alone.
    ///
    /// - Returns: Each file written and the words added to it, in path order.
    /// - Throws: `FileError` (a list that exists but cannot be read or is not UTF-8, a file
    ///   that cannot be written); nothing is written then.
    public static func add(_ words: [String: [String]], toFiles paths: [String: String]) throws -> [(
        path: String, added: [String]
    )] {
        var writes: [(path: String, text: String, added: [String])] = []
        for (locale, path) in paths.sorted(by: { $0.value < $1.value }) {
            guard let new = words[locale], !new.isEmpty else { continue }
            let old = FileManager.default.fileExists(atPath: path) ? try TextFile.read(path) : ""
            let (text, added) = adding(new, to: old)
            if !added.isEmpty { writes.append((path, text, added)) }
        }
        try StagedWrites.write(writes.map { ($0.path, Array($0.text.utf8)) })
        return writes.map { ($0.path, $0.added) }
    }
}
