import Foundation

/// Words a project accepts in one language although no dictionary has them: product names,
/// jargon, commands. `spelling` never flags them and `untranslated-text` does not count them.
///
/// The file is plain UTF-8 text, one word per line; `#` starts a comment, to the end of the
/// line, and blank lines are ignored. A line of several words accepts each of them.
///
/// ```
/// # Bitcoin jargon the en_US dictionary lacks
/// hashrate
/// shitcoiners   # kept as the community writes it
/// ```
///
/// Words compare as the glossary matcher compares them: case folded, a final -s ignored in
/// words of four letters or more, ’ and ' the same. In a project the lists are
/// `words-<locale>.txt` beside the glossary (`Glossary/words-en.txt`).
public struct WordList: Sendable, Equatable {
    /// The words, as written, in file order.
    public private(set) var words: [String] = []
    /// The words as they are compared.
    private(set) var keys: Set<String> = []

    /// An empty list.
    public init() {}

    /// A list of `words`.
    public init(words: [String]) {
        for word in words { insert(word) }
    }

    /// The list that `text`, a word list file's contents, holds.
    public init(text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.prefix { $0 != "#" }
            for word in content.split(whereSeparator: \.isWhitespace) { insert(String(word)) }
        }
    }

    /// Why a file was refused as a word list.
    public enum Error: LocatedError, Equatable {
        /// A file that is clearly something else: `kind` names it ("a PO catalog", "XML").
        case notAWordList(kind: String, at: SourceLocation)

        /// Where the problem is: the first line that is not a word.
        public var location: SourceLocation {
            switch self {
            case .notAWordList(_, let at): return at
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .notAWordList(let kind, _): return "not a word list but \(kind)"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .notAWordList:
                return "a word list is plain text, one word per line, # for comments (words-fr.txt); "
                    + "give catalogs as arguments, not with --words"
            }
        }
    }

    /// Reads the word list at `path`.
    ///
    /// - Throws: `FileError.unreadable`, `FileError.invalidUTF8` (with its line and column),
    ///   `WordList.Error.notAWordList` for a catalog or an XML file.
    public static func read(path: String) throws -> WordList {
        let text = try TextFile.read(path)
        try refuseOtherKinds(text, file: path)
        return WordList(text: text)
    }

    /// Throws when the first line of `text` that is neither blank nor a comment shows another
    /// kind of file: PO (`msgid "…"`, `msgctxt "…"`) or XML (`<?xml`, `<!DOCTYPE`, a tag with attributes).
    static func refuseOtherKinds(_ text: String, file: String) throws {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{FEFF}", "\r"]))
            if content.isEmpty || content.hasPrefix("#") { continue }
            let kind: String?
            if POReader.startsLikePO(Array(content.utf8)) {
                kind = "a PO catalog"
            } else if content.hasPrefix("<?xml") || content.hasPrefix("<!")
                || (content.hasPrefix("<") && content.contains("=\""))
            {
                kind = "an XML file"
            } else {
                kind = nil
            }
            if let kind {
                throw Error.notAWordList(kind: kind, at: SourceLocation(file: file, line: index + 1, column: 1))
            }
            return
        }
    }

    /// How `word` is compared: `TermTokenizer.normalise`, with ’ read as '.
    static func key(_ word: some StringProtocol) -> String {
        TermTokenizer.normalise(straightApostrophes(word))
    }

    /// `word` with ’ written '.
    static func straightApostrophes(_ word: some StringProtocol) -> String {
        word.unicodeScalars.contains("’") ? String(word).replacingOccurrences(of: "’", with: "'") : String(word)
    }

    /// Whether the list holds `word`, as words compare.
    public func contains(_ word: some StringProtocol) -> Bool {
        !keys.isEmpty && keys.contains(Self.key(word))
    }

    /// Adds `word` unless the list holds it already.
    public mutating func insert(_ word: String) {
        if keys.insert(Self.key(word)).inserted { words.append(word) }
    }

    /// Adds every word of `other` that the list lacks.
    public mutating func formUnion(_ other: WordList) {
        for word in other.words { insert(word) }
    }
}
