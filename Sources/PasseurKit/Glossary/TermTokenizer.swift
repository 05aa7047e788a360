/// Splits text into the normalised words that glossary matching compares.
///
/// Words come from ICU's word iterator (so a term never matches inside a
/// larger word); each is put in NFC and case-folded; in French an elided
/// article or pronoun (l’, d’, qu’, j’, n’, s’, c’, m’, t’, jusqu’, lorsqu’,
/// puisqu’; typographic or straight apostrophe) is removed, so « l’orange »
/// matches « orange »; a final -s is removed from words of four letters or
/// more (not after another s), so plurals match their singular in the
/// languages of this project: « Bitcoiners » ↔ « Bitcoiner », « pièces
/// entières » ↔ « pièce entière ». Irregular plurals are listed as variants.
final class TermTokenizer {
    /// A word of the text.
    struct Token {
        /// The word's range in the text (UTF-16), elision removed.
        var range: Range<Int>
        /// The normalised form compared with the glossary.
        var key: String
        /// `TermTokenizer.hash(key)`.
        var keyHash: UInt64
        /// Whether the word starts with a capital, for case-sensitive terms.
        var isCapitalised: Bool
        /// Whether the word opens the text or follows . ! ? or …, where a capital says nothing of case.
        var startsSentence: Bool
        /// What separates the word from the previous one, spaces (NBSP and narrow NBSP
        /// included) and hyphens removed: "" for « pilule orange » and « no-coiner »,
        /// "," in « not your keys, not your coins », "." in « 23. Dezember ».
        var gap: String
    }

    private let iterator: ICUBreakIterator
    private let elides: Bool
    /// The keys of the non-ASCII words seen lately.
    private var recentKeys: [Int: (word: [UInt16], key: String, hash: UInt64)] = [:]

    /// Opens a tokenizer for `locale`.
    ///
    /// - Throws: `ICUError`.
    init(locale: LocaleTag) throws {
        iterator = try ICUBreakIterator(.word, locale: locale.icuIdentifier)
        elides = locale.language == "fr"
    }

    /// The words of `text`.
    ///
    /// - Complexity: O(n).
    func tokens(_ text: String) -> [Token] {
        tokens(text.utf16CodeUnits)
    }

    /// The words of a text given as UTF-16.
    ///
    /// - Complexity: O(n).
    func tokens(_ units: [UInt16]) -> [Token] {
        var words: [Range<Int>] = []
        // Most European text needs no ICU call; the scanner declines any text where it could differ.
        if !units.withUnsafeBufferPointer({ LatinWordScanner.forEachWord($0) { words.append($0) } }) {
            iterator.forEachWord(units) { words.append($0) }
        }
        return units.withUnsafeBufferPointer { tokens(words, in: $0) }
    }

    private func tokens(_ words: [Range<Int>], in units: UnsafeBufferPointer<UInt16>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        var previousEnd = 0
        for word in words {
            var start = word.lowerBound
            if elides { start = elisionEnd(units, word) }
            guard start < word.upperBound else { continue }
            let range = start..<word.upperBound
            var gap = ""
            if !tokens.isEmpty {
                var kept: [UInt16] = []
                for i in previousEnd..<word.lowerBound where !isJoiner(units[i]) { kept.append(units[i]) }
                if !kept.isEmpty { gap = kept.withUnsafeBufferPointer { String(utf16CodeUnits: $0) } }
            }
            var startsSentence = tokens.isEmpty
            for i in previousEnd..<start where Self.isSentenceEnder(units[i]) { startsSentence = true }
            let first = units[range.lowerBound]
            let isCapitalised =
                first < 0x80
                ? (0x41...0x5A).contains(first)
                : (Unicode.Scalar(first)
                    ?? String(utf16CodeUnits: UnsafeBufferPointer(rebasing: units[range])).unicodeScalars.first)?
                    .properties.isUppercase
                    ?? false
            let (key, keyHash) = key(UnsafeBufferPointer(rebasing: units[range]))
            tokens.append(
                Token(
                    range: range, key: key, keyHash: keyHash, isCapitalised: isCapitalised,
                    startsSentence: startsSentence, gap: gap))
            previousEnd = word.upperBound
        }
        return tokens
    }

    /// `normalise` of a word given as UTF-16, and the key's `hash`: ASCII words are lower-cased
    /// byte by byte, into a small string that needs no allocation when the word is short.
    private func key(_ word: UnsafeBufferPointer<UInt16>) -> (key: String, hash: UInt64) {
        guard word.allSatisfy({ $0 < 0x80 }) else {
            // Other words go through NFC and case folding once: running text repeats its words.
            // Keyed by a hash of the units: hashing the slice through `Hashable` is not specialised.
            var hasher = FNV1a()
            for unit in word { hasher.combine(unit: UInt64(unit)) }
            let slot = Int(truncatingIfNeeded: hasher.value)
            if let known = recentKeys[slot], known.word.count == word.count,
                (0..<word.count).allSatisfy({ known.word[$0] == word[$0] })
            {
                return (known.key, known.hash)
            }
            if recentKeys.count >= 50_000 { recentKeys.removeAll(keepingCapacity: true) }
            let key = Self.normalise(String(utf16CodeUnits: word))
            let keyHash = Self.hash(key)
            recentKeys[slot] = (Array(word), key, keyHash)
            return (key, keyHash)
        }
        var count = word.count
        // A final -s goes (not after another s) from words of four letters or more.
        if count >= 4, word[count - 1] | 0x20 == 0x73, word[count - 2] | 0x20 != 0x73 { count -= 1 }
        var hasher = FNV1a()
        let key = String(unsafeUninitializedCapacity: count) { buffer in
            for i in 0..<count {
                let unit = word[i]
                let byte = UInt8((0x41...0x5A).contains(unit) ? unit + 0x20 : unit)
                buffer[i] = byte
                hasher.combine(byte)
            }
            return count
        }
        return (key, hasher.value)
    }

    /// A 64-bit hash of a key's UTF-8 (FNV-1a): what `GlossaryMatcher`'s trie looks words up by.
    static func hash(_ key: String) -> UInt64 {
        FNV1a.hash(key.utf8)
    }

    /// `hash(gap + "\u{1}" + key)`, the hash of a trie edge after a separator, without building it.
    static func hash(gap: String, key: String) -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(gap.utf8)
        hasher.combine(1)
        hasher.combine(key.utf8)
        return hasher.value
    }

    /// . ! ? … in UTF-16: after one of them a capital does not tell a term's case.
    private static func isSentenceEnder(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026
    }

    /// The normalised form of one word: NFC, case-folded, a final -s removed.
    static func normalise(_ word: String) -> String {
        var key: String
        // Latin letters without combining marks or ß: lower-casing is case folding, and the text is NFC.
        if word.unicodeScalars.allSatisfy({ $0.value < 0x250 && $0 != "ß" }) {
            key = word.lowercased()
        } else {
            key = ICUText.foldCase(ICUText.nfc(word))
        }
        let u = key.utf8
        if u.count >= 4, u.last == 0x73, u.dropLast().last != 0x73, key.unicodeScalars.count >= 4 { key.removeLast() }
        return key
    }

    /// Where a word starts once a French elision is removed.
    private func elisionEnd(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int {
        let limit = min(range.upperBound - 1, range.lowerBound + 8)
        var i = range.lowerBound
        while i < limit {
            if units[i] == 0x27 || units[i] == 0x2019 {
                let prefix = String(utf16CodeUnits: UnsafeBufferPointer(rebasing: units[range.lowerBound..<i]))
                    .lowercased()
                if Self.elidedPrefixes.contains(prefix) { return i + 1 }
                return range.lowerBound
            }
            i += 1
        }
        return range.lowerBound
    }

    private static let elidedPrefixes: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]

    private func isJoiner(_ u: UInt16) -> Bool {
        switch u {
        case 0x20, 0xA0, 0x202F, 0x2009, 0x2D, 0x2010, 0x2011: return true
        default: return false
        }
    }
}
