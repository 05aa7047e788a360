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
        var conceptID: String
        /// The term of the concept that matched (its variants included).
        public var term: Term
        /// Where it is in the text (UTF-16 offsets).
        var range: Range<Int>
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
    let locale: LocaleTag
    /// The id of each concept of the term base, by index.
    private let conceptIDs: [String]
    private let tokenizer: TermTokenizer
    /// The trie's edges; node 0 is the root.
    private var edges = EdgeTable()
    /// For each node, the edge key that leads to it: a hash hit is confirmed against it.
    private var edgeKeys: [String] = [""]
    /// For each node, the terms that end there.
    private var entries: [[Entry]] = [[]]

    /// Builds a matcher for the terms of `locale` (all statuses: forbidden terms are found too).
    ///
    /// - Throws: `ICUError`.
    public init(glossary: Glossary, locale: LocaleTag) throws {
        conceptIDs = glossary.concepts.map(\.id)
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
            let hash = TermTokenizer.hash(key)
            if let next = edges.child(of: node, hash: hash, where: { TextKey.sameBytes(edgeKeys[$0], key) }) {
                node = next
            } else {
                edgeKeys.append(key)
                entries.append([])
                edges.insert(parent: node, hash: hash, child: edgeKeys.count - 1)
                node = edgeKeys.count - 1
            }
        }
        var entry = entry
        if entry.term.caseSensitive { entry.capitals = tokens.map(\.isCapitalised) }
        if !entries[node].contains(where: { $0.concept == entry.concept && $0.term == entry.term }) {
            entries[node].append(entry)
        }
    }

    /// The node an edge leads to from `node`, nil when the trie has no such edge.
    private static func child(
        _ edges: EdgeTable, _ edgeKeys: [String], of node: Int, token: TermTokenizer.Token, first: Bool
    ) -> Int? {
        if first || token.gap.isEmpty {
            return edges.child(of: node, hash: token.keyHash) { TextKey.sameBytes(edgeKeys[$0], token.key) }
        }
        // `edge(token)`'s hash and bytes, without building it.
        let (gap, key) = (token.gap.utf8, token.key.utf8)
        return edges.child(of: node, hash: TermTokenizer.hash(gap: token.gap, key: token.key)) { child in
            let stored = edgeKeys[child].utf8
            return stored.count == gap.count + 1 + key.count && stored.prefix(gap.count).elementsEqual(gap)
                && stored.dropFirst(gap.count).first == 1 && stored.suffix(key.count).elementsEqual(key)
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
        let (edges, edgeKeys, entries, conceptIDs) = (self.edges, self.edgeKeys, self.entries, self.conceptIDs)
        var result: [Match] = []
        var i = 0
        while i < tokens.count {
            var node = 0
            var j = i
            var best: (end: Int, entries: [Entry])?
            while j < tokens.count, let next = Self.child(edges, edgeKeys, of: node, token: tokens[j], first: j == i) {
                node = next
                let found = entries[node]
                if !found.isEmpty {
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
            // Encoded from the units: `String.Index(utf16Offset:)` would walk breadcrumbs.
            let surface = units.withUnsafeBufferPointer {
                String(utf16CodeUnits: UnsafeBufferPointer(rebasing: $0[range]))
            }
            for (k, entry) in best.entries.enumerated()
            where !best.entries[..<k].contains(where: { $0.concept == entry.concept }) {
                result.append(
                    Match(conceptID: conceptIDs[entry.concept], term: entry.term, range: range, text: surface))
            }
            i = best.end + 1
        }
        return result
    }
}

/// The edges of `GlossaryMatcher`'s trie in one open-addressing table keyed by the parent node
/// and a hash of the word: a look-up is a multiplication and a probe or two. A dictionary per
/// node hashed every word of the text with SipHash and compared keys under Unicode rules.
private struct EdgeTable {
    /// Per slot: the parent node (-1 where the slot is free), the word's hash, the child node.
    private var parents = [Int32](repeating: -1, count: 64)
    private var hashes = [UInt64](repeating: 0, count: 64)
    private var children = [Int32](repeating: 0, count: 64)
    private var count = 0

    /// The child of `parent` along the edge whose key hashes to `hash` and for which
    /// `isEdge(child)` confirms the key (two keys may share a hash).
    func child(of parent: Int, hash: UInt64, where isEdge: (Int) -> Bool) -> Int? {
        let mask = parents.count - 1
        var slot = Self.slot(parent, hash) & mask
        while parents[slot] >= 0 {
            if hashes[slot] == hash, parents[slot] == parent, isEdge(Int(children[slot])) {
                return Int(children[slot])
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds an edge; the table doubles when it is half full.
    mutating func insert(parent: Int, hash: UInt64, child: Int) {
        if 2 * (count + 1) > parents.count {
            let old = (0..<parents.count).filter { parents[$0] >= 0 }.map { (parents[$0], hashes[$0], children[$0]) }
            parents = [Int32](repeating: -1, count: parents.count * 2)
            hashes = [UInt64](repeating: 0, count: parents.count)
            children = [Int32](repeating: 0, count: parents.count)
            for (parent, hash, child) in old { place(parent, hash, child) }
        }
        place(Int32(parent), hash, Int32(child))
        count += 1
    }

    private mutating func place(_ parent: Int32, _ hash: UInt64, _ child: Int32) {
        let mask = parents.count - 1
        var slot = Self.slot(Int(parent), hash) & mask
        while parents[slot] >= 0 { slot = (slot + 1) & mask }
        (parents[slot], hashes[slot], children[slot]) = (parent, hash, child)
    }

    /// Where the probe for an edge starts: the parent and the hash mixed so that every bit counts.
    private static func slot(_ parent: Int, _ hash: UInt64) -> Int {
        var z = hash &+ UInt64(truncatingIfNeeded: parent) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: z ^ (z >> 31))
    }
}
