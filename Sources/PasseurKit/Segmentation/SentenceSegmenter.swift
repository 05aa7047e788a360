/// Splits text into sentences: ICU's sentence iterator, then the rules ICU lacks.
///
/// ICU proposes boundaries (rules UAX #29 with its CLDR tailoring); on top of them:
/// 1. **typography** — a closing » ” ) after ! ? . stays with its sentence even
///    across a space, NBSP or narrow NBSP (« … pauvre ! » Peut-être…), an
///    opening « after a period goes with the next sentence, and a sentence
///    never starts with a lower-case letter (« Quoi ? dit-il. » is one sentence);
/// 2. **abbreviations** — a period after « M. », « cf. », « chap. », or after
///    initials (« J.-C. Decaux », « U.S. Marines ») ends no sentence; « 50 av.
///    J.-C. Les Romains » does end one, after the era;
/// 3. **ellipsis** — « … » followed by a capital ends a sentence, which ICU
///    does not do; followed by a lower-case word it does not;
/// 4. **SRX** — a project's SRX 2.0 rules have the last word where they match:
///    a break rule adds a boundary, a no-break rule removes one;
/// 5. **protected ranges** — no boundary inside an inline code (a link, a code
///    span, emphasis), so every segment keeps its markup balanced.
///
/// Passeur asks ICU for every candidate (plain `fr`, not `fr@ss=standard`):
/// ICU's suppressions are unconditional and swallow real boundaries such as
/// « … av. J.-C. Les Romains… »; the rules above decide with the next word in
/// view. An explicit `icuLocale` with `@ss=standard` is honoured.
///
/// Offsets are UTF-16 code units, ICU's unit. Not thread-safe.
///
/// - Complexity: O(n) in the text, plus the SRX rules' own matching.
public final class SentenceSegmenter {
    /// The language the rules are for.
    public let locale: LocaleTag
    /// The ICU locale id the iterator was opened with.
    public let icuLocale: String
    private let iterator: ICUBreakIterator
    private var abbreviations: AbbreviationList
    private let typography: QuoteTypography
    private let srxRules: [SRXRuleSet.CompiledRule]

    /// Creates a segmenter for `locale`.
    ///
    /// - Parameters:
    ///   - icuLocale: the ICU locale to open (default: the locale's language).
    ///   - srx: SRX rules whose language maps apply to `locale`.
    ///   - abbreviations: extra prefix abbreviations (« Éd. », « N.D.L.R. »).
    /// - Throws: `ICUError` when ICU has no data, `SRXRuleSet.Error` when a rule does not compile.
    public init(
        locale: LocaleTag,
        icuLocale: String? = nil,
        srx: SRXRuleSet? = nil,
        abbreviations extra: [String] = []
    ) throws {
        self.locale = locale
        self.icuLocale = icuLocale ?? locale.icuIdentifier
        iterator = try ICUBreakIterator(.sentence, locale: self.icuLocale)
        var list = AbbreviationList.builtIn(for: locale.language)
        list.add(prefixes: extra)
        abbreviations = list
        typography = QuoteTypography.builtIn(for: locale.language)
        srxRules = try srx?.compiledRules(for: locale) ?? []
    }

    /// The sentences of `text`, without the spaces around them.
    public func sentences(in text: String) -> [String] {
        let units = Array(text.utf16)
        return sentenceRanges(in: units).map { String(decoding: units[$0], as: UTF16.self) }
    }

    /// The ranges of the sentences of `units`, trimmed of surrounding white space.
    ///
    /// - Parameter protected: sorted, non-overlapping ranges inside which no
    ///   sentence may end (inline codes).
    public func sentenceRanges(in units: [UInt16], protected: [Range<Int>] = []) -> [Range<Int>] {
        units.withUnsafeBufferPointer { sentenceRanges(in: $0, protected: protected) }
    }

    /// The ranges of the sentences of a UTF-16 buffer; see `sentenceRanges(in:protected:)`.
    public func sentenceRanges(in text: UnsafeBufferPointer<UInt16>, protected: [Range<Int>] = []) -> [Range<Int>] {
        let n = text.count
        guard n > 0 else { return [] }
        // ICU needs line breaks inside a block to be spaces: a newline is a paragraph separator to it.
        let icuCandidates: [Int32]
        if text.contains(0x0A) || text.contains(0x0D) {
            let flattened = text.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
            icuCandidates = iterator.boundaries(flattened)
        } else {
            icuCandidates = iterator.boundaries(text)
        }
        var boundaries: [Int] = []
        boundaries.reserveCapacity(icuCandidates.count + 4)
        var ellipses = EllipsisScanner(text: text)
        var protectedIndex = 0
        func consider(_ candidate: Int) {
            guard let b = decide(candidate, in: text) else { return }
            while protectedIndex < protected.count, protected[protectedIndex].upperBound <= b { protectedIndex += 1 }
            if protectedIndex < protected.count, protected[protectedIndex].lowerBound < b {
                // Inside a protected range unless only spaces separate it from the range's start.
                let start = protected[protectedIndex].lowerBound
                if (start..<b).contains(where: { !isSpace(text[$0]) }) { return }
            }
            boundaries.append(b)
        }
        for candidate in icuCandidates where Int(candidate) < n {
            while let e = ellipses.next(before: Int(candidate)) { consider(e) }
            consider(Int(candidate))
        }
        while let e = ellipses.next(before: n) { consider(e) }
        if !srxRules.isEmpty {
            boundaries = SRXRuleSet.apply(srxRules, to: text, boundaries: boundaries, isSpace: isSpace)
        } else if !isSorted(boundaries) {
            boundaries.sort()
        }
        return ranges(from: boundaries, in: text)
    }

    private func isSorted(_ a: [Int]) -> Bool {
        zip(a, a.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// Turns boundaries (starts of sentences) into trimmed, non-empty ranges.
    private func ranges(from boundaries: [Int], in text: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(boundaries.count + 1)
        var start = 0
        for b in boundaries + [text.count] where b > start {
            var s = start
            var e = b
            while s < e, isSpace(text[s]) { s += 1 }
            while e > s, isSpace(text[e - 1]) { e -= 1 }
            if s < e { result.append(s..<e) }
            start = b
        }
        return result
    }

    /// Applies the typography and abbreviation rules to one candidate; returns
    /// the boundary to keep (possibly moved) or nil to drop it.
    private func decide(_ candidate: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
        let n = text.count
        var b = candidate
        // A closing quote or bracket after the end: it belongs to the sentence that ends.
        if b < n, typography.closers.contains(text[b]) {
            var k = b
            while k < n, typography.closers.contains(text[k]) || isSpace(text[k]) { k += 1 }
            b = k
            if b >= n { return nil }
        }
        var end = b
        while end > 0, isSpace(text[end - 1]) { end -= 1 }
        // An opening quote before the boundary: it opens the next sentence.
        if end > 0, typography.openers.contains(text[end - 1]) {
            b = end - 1
            end = b
            while end > 0, isSpace(text[end - 1]) { end -= 1 }
        }
        guard end > 0, b < n else { return nil }
        let next = firstLetter(from: b, in: text)
        let nextIsLower = next.map(isLowercase) ?? false
        if nextIsLower { return nil }
        // The terminator: the last character before closers.
        var t = end
        while t > 0, typography.closers.contains(text[t - 1]) || isSpace(text[t - 1]) { t -= 1 }
        guard t > 0 else { return b }
        let terminator = text[t - 1]
        if terminator == 0x2E {  // "."
            if t >= 3, text[t - 2] == 0x2E, text[t - 3] == 0x2E { return b }  // "..." before a capital
            let token = wordBefore(t, in: text)
            if abbreviations.isPrefix(token.word[...]) { return nil }
            if abbreviations.isCloser(token.word[...]), let next, isDigit(next) { return nil }
            if isInitials(token.word) {
                let previous = wordBefore(token.start, in: text).word
                if abbreviations.eraMarkers.contains(previous) { return b }
                if let next, isUppercase(next) { return nil }
            }
        }
        return b
    }

    /// The word (letters, periods, hyphens, apostrophes) that ends at `end`, and where it starts.
    private func wordBefore(_ end: Int, in text: UnsafeBufferPointer<UInt16>) -> (word: String, start: Int) {
        var e = end
        while e > 0, isSpace(text[e - 1]) { e -= 1 }
        var s = e
        while s > 0, e - s < 24 {
            let u = text[s - 1]
            if isSpace(u) || typography.openers.contains(u) || u == 0x28 { break }
            s -= 1
        }
        return (String(decoding: text[s..<e], as: UTF16.self), s)
    }

    /// « J.-C. », « U.S. », « A. »: single capitals each followed by a period.
    private func isInitials(_ word: String) -> Bool {
        var expectLetter = true
        var letters = 0
        for scalar in word.unicodeScalars {
            if expectLetter {
                if scalar == "-" { continue }
                guard scalar.properties.isUppercase else { return false }
                letters += 1
                expectLetter = false
            } else {
                guard scalar == "." else { return false }
                expectLetter = true
            }
        }
        return letters > 0 && expectLetter
    }

    /// The first letter or digit at or after `start`, skipping spaces, quotes and brackets.
    private func firstLetter(from start: Int, in text: UnsafeBufferPointer<UInt16>) -> Unicode.Scalar? {
        var i = start
        while i < text.count {
            let u = text[i]
            if isSpace(u) || typography.openers.contains(u) || u == 0x22 || u == 0x2A || u == 0x5F {
                i += 1
                continue
            }
            if UTF16.isLeadSurrogate(u), i + 1 < text.count {
                return Unicode.Scalar(UInt32(0x10000 + ((Int(u) - 0xD800) << 10) + (Int(text[i + 1]) - 0xDC00)))
            }
            return Unicode.Scalar(u)
        }
        return nil
    }

    private func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x61 && s.value <= 0x7A) : s.properties.isLowercase
    }

    private func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
    }

    private func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}

/// White space between sentences: ASCII spaces and line ends, NBSP, narrow NBSP, thin spaces.
@inline(__always)
func isSpace(_ u: UInt16) -> Bool {
    switch u {
    case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003, 0x3000: return true
    default: return false
    }
}

/// Finds « … » (U+2026) or "..." followed by spaces: candidates ICU does not propose.
struct EllipsisScanner {
    let text: UnsafeBufferPointer<UInt16>
    var position = 0

    /// The next candidate (the start of what follows the spaces) before `limit`, if any.
    mutating func next(before limit: Int) -> Int? {
        while position < limit {
            let u = text[position]
            position += 1
            guard u == 0x2026 else { continue }
            var k = position
            while k < text.count, text[k] == 0x2026 || text[k] == 0x2E { k += 1 }
            let afterEllipsis = k
            while k < text.count, isSpace(text[k]) { k += 1 }
            position = afterEllipsis
            if k > afterEllipsis, k < text.count { return k }
        }
        return nil
    }
}
