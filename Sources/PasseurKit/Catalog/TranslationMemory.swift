/// Earlier translations, searched for exact and fuzzy matches of a new source.
///
/// Fuzzy scores are word-level: 100 × (1 − edit distance / longer length) over
/// the words of the two sources, with inline Markdown removed, case ignored and
/// every number counted as the same word (so « 21 millions » matches « 42
/// millions » as OmegaT and Okapi placeholders do); only an identical source
/// scores 100. Candidates come from an inverted index of words, rare words
/// first, so a look-up does not scan the memory.
///
/// - Complexity: building O(total words); a look-up reads the postings of the
///   query's rarer words and scores at most `candidateLimit` entries.
public final class TranslationMemory {
    /// A translation in the memory.
    public struct Entry: Equatable, Sendable, Codable {
        /// The source text (Markdown).
        public var source: String
        /// The target text (Markdown).
        public var target: String
        /// Where it comes from: a catalog or a TMX file.
        public var origin: String

        /// Creates an entry.
        public init(source: String, target: String, origin: String) {
            self.source = source
            self.target = target
            self.origin = origin
        }
    }

    /// A match for a query.
    public struct Match: Equatable, Sendable {
        /// The memory's source.
        public var source: String
        /// The memory's target.
        public var target: String?
        /// The similarity, 0–100.
        public var score: Int
        /// Where it comes from.
        public var origin: String
    }

    /// The entries, in the order given.
    public let entries: [Entry]
    private var words: [[UInt64]] = []
    private var distinct: [Int32] = []
    private var postings: [UInt64: [Int32]] = [:]
    private var exact: [String: [Int]] = [:]
    /// How many entries are scored at most per look-up.
    var candidateLimit = 40

    /// Builds the memory and its index.
    public convenience init(entries: [Entry]) {
        self.init(entries: entries, words: entries.map { Self.tokens($0.source) })
    }

    /// Builds the memory from entries whose words are already known (a stored memory).
    init(entries: [Entry], words tokenized: [[UInt64]]) {
        self.entries = entries
        words.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            let tokens = tokenized[index]
            words.append(tokens)
            let unique = Set(tokens)
            distinct.append(Int32(unique.count))
            for token in unique { postings[token, default: []].append(Int32(index)) }
            exact[entry.source, default: []].append(index)
        }
    }

    /// The memory in a compact binary form, tagged with `fingerprint` (what it was built from).
    func stored(fingerprint: String) -> [UInt8] {
        var out: [UInt8] = []
        func put(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        func put(_ text: String) {
            put(UInt64(text.utf8.count))
            out += text.utf8
        }
        out += Array("PASSEURTM1".utf8)
        put(fingerprint)
        put(UInt64(entries.count))
        for (entry, tokens) in zip(entries, words) {
            put(entry.source)
            put(entry.target)
            put(entry.origin)
            put(UInt64(tokens.count))
            for token in tokens { put(token) }
        }
        return out
    }

    /// A memory read back from `stored(fingerprint:)`, or nil when the bytes are not one
    /// or were built from other inputs.
    static func load(_ bytes: [UInt8], fingerprint: String) -> TranslationMemory? {
        var position = 0
        func get() -> UInt64? {
            guard position + 8 <= bytes.count else { return nil }
            var value: UInt64 = 0
            for i in 0..<8 { value |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
            position += 8
            return value
        }
        func text() -> String? {
            guard let count = get(), position + Int(count) <= bytes.count else { return nil }
            defer { position += Int(count) }
            return String(decoding: bytes[position..<(position + Int(count))], as: UTF8.self)
        }
        let magic = Array("PASSEURTM1".utf8)
        guard bytes.starts(with: magic) else { return nil }
        position = magic.count
        guard text() == fingerprint, let count = get() else { return nil }
        var entries: [Entry] = []
        var words: [[UInt64]] = []
        entries.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let source = text(), let target = text(), let origin = text(), let n = get() else { return nil }
            var tokens: [UInt64] = []
            tokens.reserveCapacity(Int(n))
            for _ in 0..<n {
                guard let token = get() else { return nil }
                tokens.append(token)
            }
            entries.append(Entry(source: source, target: target, origin: origin))
            words.append(tokens)
        }
        return TranslationMemory(entries: entries, words: words)
    }

    /// The entries whose source is `text`, exactly.
    func exactMatches(_ text: String) -> [Entry] {
        (exact[text] ?? []).map { entries[$0] }
    }

    /// The best matches of `text` scoring at least `minScore`, best first (then by source, for determinism).
    public func search(_ text: String, minScore: Int, limit: Int) -> [Match] {
        let query = Self.tokens(text)
        guard !query.isEmpty else { return [] }
        // Count shared words, rare ones first; very common words add nothing once candidates exist.
        let unique = Array(Set(query)).sorted { (postings[$0]?.count ?? 0) < (postings[$1]?.count ?? 0) }
        var shared: [Int32: Int] = [:]
        var skipped = 0
        let common = max(1000, entries.count / 20)
        for (n, token) in unique.enumerated() {
            guard let list = postings[token] else { continue }
            // Very common words (« de », « la ») would touch most of the memory: once rarer
            // words have found candidates, they only count as possibly shared.
            if list.count > common, n > 0, !shared.isEmpty {
                skipped += 1
                continue
            }
            for id in list { shared[id, default: 0] += 1 }
        }
        // A candidate sharing c distinct words with the query scores at most about 100·c / the
        // larger number of distinct words.
        let candidates = shared.filter { id, count in
            100 * (count + skipped) >= minScore * max(Int(distinct[Int(id)]), unique.count)
        }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(candidateLimit)
        var matches: [Match] = []
        for (id, _) in candidates {
            let entry = entries[Int(id)]
            let score = entry.source == text ? 100 : min(99, Self.score(query, words[Int(id)]))
            if score >= minScore {
                matches.append(Match(source: entry.source, target: entry.target, score: score, origin: entry.origin))
            }
        }
        return Array(
            matches.sorted { ($0.score, $1.source, $1.origin) > ($1.score, $0.source, $0.origin) }.prefix(limit))
    }

    /// Entries whose source or target contains `query`, ignoring case: a CAT tool's concordance.
    public func concordance(_ query: String, limit: Int) -> [Entry] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        return Array(
            entries.lazy.filter { $0.source.lowercased().contains(needle) || $0.target.lowercased().contains(needle) }
                .prefix(limit))
    }

    /// Word-level similarity, 0–100.
    static func score(_ a: [UInt64], _ b: [UInt64]) -> Int {
        let longest = max(a.count, b.count)
        guard longest > 0 else { return 100 }
        let distance = TextSimilarity.levenshtein(a, b)
        return Int((100 * (1 - Double(distance) / Double(longest))).rounded(.down))
    }

    /// The words of a source as hashes: Markdown removed, lower-cased, every number the same word.
    static func tokens(_ text: String) -> [UInt64] {
        var result: [UInt64] = []
        var h = FNV1a()
        var inWord = false
        var isNumber = true
        func finish() {
            if inWord { result.append(isNumber ? 0x4E55_4D42_4552 : h.value) }
            h = FNV1a()
            inWord = false
            isNumber = true
        }
        for scalar in InlineMarkup.readerText(text).lowercased().unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil {
                inWord = true
                if p.numericType == nil { isNumber = false }
                h.combine(unit: UInt64(scalar.value))
            } else if inWord, isNumber, scalar == "," || scalar == "." {
                continue  // 1,000.5 and 1000,5 stay one number
            } else {
                finish()
            }
        }
        finish()
        return result
    }
}

extension TranslationMemory {
    /// The best three candidates with a translation for `source`, scoring at least `minScore`, for an export.
    func candidates(for source: String, minScore: Int) -> [ExchangeFile.Candidate] {
        search(source, minScore: minScore, limit: 3).compactMap { match in
            match.target.map {
                ExchangeFile.Candidate(source: match.source, target: $0, score: match.score, origin: match.origin)
            }
        }
    }
}

extension TranslationMemory {
    /// The memory of a locale: the translated units (translated, reviewed, final) of its
    /// catalogs, then the units of imported memories (read with this locale as their target)
    /// whose source is in `sourceLocale`.
    public convenience init(
        catalogs: [(path: String, catalog: Catalog)], memories: [ExchangeFile], sourceLocale: LocaleTag
    ) {
        var entries: [Entry] = []
        for (path, catalog) in catalogs {
            for unit in catalog.units where unit.state.isTranslated && unit.hasTarget {
                entries.append(Entry(source: unit.source, target: unit.target, origin: path))
            }
        }
        for memory in memories {
            for unit in memory.units {
                guard let target = unit.target,
                    LocaleTag.sameLanguage(unit.sourceLocale ?? memory.sourceLocale ?? "", sourceLocale.identifier)
                else { continue }
                entries.append(Entry(source: unit.source, target: target, origin: unit.location.file))
            }
        }
        self.init(entries: entries)
    }
}
