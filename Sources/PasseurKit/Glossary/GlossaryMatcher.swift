/// Finds the terms of a term base in running text, for one locale.
///
/// Terms and text are compared as sequences of normalised words (see
/// `TermTokenizer`): case folding unless the term is case-sensitive, NFC,
/// French elision, plurals and listed variants, multi-word terms across a
/// space, NBSP or hyphen. The longest term wins where several start at the
/// same word; matches do not overlap.
///
/// - Complexity: building is linear in the size of the term base; matching is
///   O(n·k) for n words of text and k words in the longest term, whatever the
///   number of terms (a trie of words, each step one hash look-up).
public final class GlossaryMatcher {
    /// A term found in a text.
    public struct Match: Equatable, Sendable {
        /// The concept's id.
        public var conceptID: String
        /// The term of the concept that matched (its variants included).
        public var term: Term
        /// Where it is in the text (UTF-16 offsets).
        public var range: Range<Int>
        /// The text as written there.
        public var text: String
    }

    private struct Entry {
        var concept: Int
        var term: Term
        /// For case-sensitive terms: whether each word starts with a capital.
        var capitals: [Bool]?
    }

    /// The locale whose terms are matched.
    public let locale: LocaleTag
    private let glossary: Glossary
    private let tokenizer: TermTokenizer
    private var children: [[String: Int]] = [[:]]
    private var entries: [Int: [Entry]] = [:]

    /// Builds a matcher for the terms of `locale` (all statuses: forbidden terms are found too).
    ///
    /// - Throws: `ICUError`.
    public init(glossary: Glossary, locale: LocaleTag) throws {
        self.glossary = glossary
        self.locale = locale
        tokenizer = try TermTokenizer(locale: locale)
        for (index, concept) in glossary.concepts.enumerated() {
            for term in concept.terms(for: locale) {
                for form in term.forms { insert(form, Entry(concept: index, term: term, capitals: nil)) }
            }
        }
    }

    private func insert(_ form: String, _ entry: Entry) {
        let tokens = tokenizer.tokens(form)
        guard !tokens.isEmpty else { return }
        var node = 0
        for (index, token) in tokens.enumerated() {
            let key = index == 0 ? token.key : Self.edge(token)
            if let next = children[node][key] {
                node = next
            } else {
                children.append([:])
                children[node][key] = children.count - 1
                node = children.count - 1
            }
        }
        var entry = entry
        if entry.term.caseSensitive { entry.capitals = tokens.map(\.isCapitalised) }
        if !(entries[node] ?? []).contains(where: { $0.concept == entry.concept && $0.term == entry.term }) {
            entries[node, default: []].append(entry)
        }
    }

    /// The trie edge to a word after the first: the separator must match too.
    private static func edge(_ token: TermTokenizer.Token) -> String {
        token.gap.isEmpty ? token.key : token.gap + "\u{1}" + token.key
    }

    /// Every term of the locale in `text`, in order.
    public func matches(in text: String) -> [Match] {
        let units = text.utf16CodeUnits
        let tokens = tokenizer.tokens(units)
        guard !tokens.isEmpty else { return [] }
        // Local copies: reading a class's stored properties in the loop pays for exclusivity checks.
        let (children, entries) = (self.children, self.entries)
        var result: [Match] = []
        var i = 0
        while i < tokens.count {
            var node = 0
            var j = i
            var best: (end: Int, entries: [Entry])?
            while j < tokens.count, let next = children[node][j == i ? tokens[j].key : Self.edge(tokens[j])] {
                node = next
                if let found = entries[node] {
                    // Case is compared only for case-sensitive terms: most entries have none to compare.
                    guard found.contains(where: { $0.capitals != nil }) else {
                        best = (j, found)
                        j += 1
                        continue
                    }
                    let capitals = tokens[i...j].map(\.isCapitalised)
                    let valid = found.filter { entry in
                        guard let expected = entry.capitals else { return true }
                        // A lower-case term may start a sentence with a capital: « Bitcoin is… » for bitcoin.
                        return expected == capitals
                            || (tokens[i].startsSentence && expected.first == false
                                && expected.dropFirst() == capitals.dropFirst())
                    }
                    if !valid.isEmpty { best = (j, valid) }
                }
                j += 1
            }
            guard let best else {
                i += 1
                continue
            }
            let range = tokens[i].range.lowerBound..<tokens[best.end].range.upperBound
            // Cut from the string, not transcoded back from UTF-16.
            let utf16 = text.utf16
            let start = utf16.index(utf16.startIndex, offsetBy: range.lowerBound)
            let surface = String(text.unicodeScalars[start..<utf16.index(start, offsetBy: range.count)])
            var seen: [Int] = []
            for entry in best.entries where !seen.contains(entry.concept) {
                seen.append(entry.concept)
                result.append(
                    Match(conceptID: glossary.concepts[entry.concept].id, term: entry.term, range: range, text: surface)
                )
            }
            i = best.end + 1
        }
        return result
    }
}
