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
    let icuLocale: String
    private let iterator: ICUBreakIterator
    private let prefixes: TokenSet
    private let closerAbbreviations: TokenSet
    private let eraMarkers: TokenSet
    private let openers: [UInt16]
    private let closers: [UInt16]
    private let srxRules: [SRXRuleSet.CompiledRule]

    /// The first SRX rule that gave up (`SRXRuleSet.Error.ruleTooComplex`: it backtracked past
    /// `SRXRuleSet.ruleTimeLimit`). From then on this segmenter applies no SRX rule, so that its
    /// time stays bounded; a caller that must not segment without its rules throws this after
    /// segmenting (`throwIfRuleFailed()`).
    var ruleFailure: SRXRuleSet.Error?

    /// Throws `ruleFailure`, if an SRX rule gave up on some text since the segmenter was made.
    ///
    /// - Throws: `SRXRuleSet.Error.ruleTooComplex`, with the rule's location.
    public func throwIfRuleFailed() throws(SRXRuleSet.Error) {
        if let ruleFailure { throw ruleFailure }
    }

    /// Creates a segmenter for `locale`.
    ///
    /// - Parameters:
    ///   - locale: the language of the text.
    ///   - icuLocale: the ICU locale to open (default: the locale's language).
    ///   - srx: SRX rules whose language maps apply to `locale`.
    ///   - abbreviations: extra prefix abbreviations (« Éd. », « N.D.L.R. »).
    /// - Throws: `ICUError` when ICU has no data, `SRXRuleSet.Error` when a rule does not compile.
    public init(
        locale: LocaleTag,
        icuLocale: String? = nil,
        srx: SRXRuleSet? = nil,
        abbreviations: [String] = []
    ) throws {
        self.locale = locale
        self.icuLocale = icuLocale ?? locale.icuIdentifier
        iterator = try ICUBreakIterator(.sentence, locale: self.icuLocale)
        var list = AbbreviationList.builtIn(for: locale.language)
        list.add(prefixes: abbreviations)
        prefixes = TokenSet(Self.withCapitalised(list.prefixes))
        closerAbbreviations = TokenSet(Self.withCapitalised(list.closers))
        eraMarkers = TokenSet(list.eraMarkers)
        let typography = QuoteTypography.builtIn(for: locale.language)
        openers = typography.openers.sorted()
        closers = typography.closers.sorted()
        srxRules = try srx?.compiledRules(for: locale) ?? []
    }

    /// Each abbreviation, and its capitalised form for the start of a sentence (« Cf. »).
    private static func withCapitalised(_ set: Set<String>) -> [String] {
        set.sorted().flatMap { word in [word, (word.first.map { String($0).uppercased() } ?? "") + word.dropFirst()] }
    }

    @inline(__always) private func isOpener(_ u: UInt16) -> Bool { openers.contains(u) }
    @inline(__always) private func isCloser(_ u: UInt16) -> Bool { closers.contains(u) }

    /// The sentences of `text`, without the spaces around them.
    public func sentences(in text: String) -> [String] {
        let units = text.utf16CodeUnits
        return sentenceRanges(in: units).map { String(decoding: units[$0], as: UTF16.self) }
    }

    /// The ranges of the sentences of `units`, trimmed of surrounding white space.
    ///
    /// - Parameters:
    ///   - units: the text, as UTF-16 code units.
    ///   - protected: sorted, non-overlapping ranges inside which no sentence may end (inline codes).
    /// - Returns: the sentences' ranges, in order, none empty.
    public func sentenceRanges(in units: [UInt16], protected: [Range<Int>] = []) -> [Range<Int>] {
        units.withUnsafeBufferPointer { sentenceRanges(in: $0, protected: protected) }
    }

    /// The ranges of the sentences of a UTF-16 buffer; see `sentenceRanges(in:protected:)`.
    func sentenceRanges(in text: UnsafeBufferPointer<UInt16>, protected: [Range<Int>] = []) -> [Range<Int>] {
        let n = text.count
        guard n > 0 else { return [] }
        // One pass finds line ends (ICU takes them for paragraph ends) and ellipses (ICU ignores them).
        var hasLineEnd = false
        var ellipses: [Int] = []
        for i in 0..<n {
            let u = text[i]
            if u <= 0x0D {
                if u == 0x0A || u == 0x0D { hasLineEnd = true }
            } else if u == 0x2026 {
                ellipses.append(i)
            }
        }
        let icuCandidates: [Int32]
        if hasLineEnd {
            icuCandidates = iterator.boundaries(text.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 })
        } else {
            icuCandidates = iterator.boundaries(text)
        }
        var boundaries: [Int] = []
        boundaries.reserveCapacity(icuCandidates.count + 4)
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
        var nextEllipsis = 0
        for candidate in icuCandidates where Int(candidate) < n {
            while nextEllipsis < ellipses.count, ellipses[nextEllipsis] < Int(candidate) {
                if let e = afterEllipsis(ellipses[nextEllipsis], in: text) { consider(e) }
                nextEllipsis += 1
            }
            consider(Int(candidate))
        }
        for position in ellipses[nextEllipsis...] {
            if let e = afterEllipsis(position, in: text) { consider(e) }
        }
        if !srxRules.isEmpty, ruleFailure == nil {
            do {
                boundaries = try SRXRuleSet.apply(srxRules, to: text, boundaries: boundaries, isSpace: isSpace)
            } catch {
                // A rule over its time limit: segment without the SRX rules from now on, and say why.
                ruleFailure = error
                boundaries.sort()
            }
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
        for index in 0...boundaries.count {
            let b = index < boundaries.count ? boundaries[index] : text.count
            guard b > start else { continue }
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
        if b < n, isCloser(text[b]) {
            var k = b
            while k < n, isCloser(text[k]) || isSpace(text[k]) { k += 1 }
            b = k
            if b >= n { return nil }
        }
        var end = b
        while end > 0, isSpace(text[end - 1]) { end -= 1 }
        // An opening quote before the boundary: it opens the next sentence.
        if end > 0, isOpener(text[end - 1]) {
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
        while t > 0, isCloser(text[t - 1]) || isSpace(text[t - 1]) { t -= 1 }
        guard t > 0 else { return b }
        let terminator = text[t - 1]
        if terminator == 0x2E {  // "."
            if t >= 3, text[t - 2] == 0x2E, text[t - 3] == 0x2E { return b }  // "..." before a capital
            let token = wordBefore(t, in: text)
            if prefixes.contains(text, token) { return nil }
            if let next, isDigit(next), closerAbbreviations.contains(text, token) { return nil }
            if isInitials(token, in: text) {
                if eraMarkers.contains(text, wordBefore(token.lowerBound, in: text)) { return b }
                if let next, isUppercase(next) { return nil }
            }
        }
        return b
    }

    /// The range of the word (up to white space or an opening bracket) that ends at `end`.
    private func wordBefore(_ end: Int, in text: UnsafeBufferPointer<UInt16>) -> Range<Int> {
        var e = end
        while e > 0, isSpace(text[e - 1]) { e -= 1 }
        var s = e
        while s > 0, e - s < 24 {
            let u = text[s - 1]
            if isSpace(u) || isOpener(u) || u == 0x28 { break }
            s -= 1
        }
        return s..<e
    }

    /// « J.-C. », « U.S. », « A. »: single capitals each followed by a period.
    private func isInitials(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var expectLetter = true
        var letters = 0
        for i in range {
            let u = text[i]
            if expectLetter {
                if u == 0x2D { continue }
                guard !UTF16.isSurrogate(u), let scalar = Unicode.Scalar(u), isUppercase(scalar) else { return false }
                letters += 1
                expectLetter = false
            } else {
                guard u == 0x2E else { return false }
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
            if isSpace(u) || isOpener(u) || u == 0x22 || u == 0x2A || u == 0x5F {
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

/// The start of what follows an ellipsis (U+2026, possibly with more dots) and
/// the spaces after it: a candidate boundary ICU does not propose.
func afterEllipsis(_ position: Int, in text: UnsafeBufferPointer<UInt16>) -> Int? {
    var k = position + 1
    while k < text.count, text[k] == 0x2026 || text[k] == 0x2E { k += 1 }
    let end = k
    while k < text.count, isSpace(text[k]) { k += 1 }
    return k > end && k < text.count ? k : nil
}
