/// Proposes terms for the glossary from the source text, as Translate
/// Toolkit's `poterminology` does: frequent word sequences, capitalised words,
/// English-looking words and hyphenated compounds that the glossary lacks.
public struct TermSuggester {
    /// A candidate term.
    public struct Suggestion: Equatable, Sendable {
        /// The term as it appears most often.
        public var text: String
        /// How many times it appears.
        public var count: Int
        /// The ranking score (higher first).
        public var score: Int
        /// Why it was proposed: `frequent`, `capitalised`, `english`, `hyphenated`.
        public var reasons: [String]
        /// Where it first appears (`path:line`).
        public var reference: String
    }

    private let matcher: GlossaryMatcher
    private let tokenizer: TermTokenizer
    private let stopwords: Set<String>

    /// Creates a suggester for texts in `locale`, leaving out what `glossary` already has.
    ///
    /// - Throws: `ICUError`.
    public init(glossary: Glossary, locale: LocaleTag) throws {
        matcher = try GlossaryMatcher(glossary: glossary, locale: locale)
        tokenizer = try TermTokenizer(locale: locale)
        stopwords = Set((Self.stopwords[locale.language] ?? Self.stopwords["en"] ?? []).map(TermTokenizer.normalise))
    }

    /// The best `limit` candidates from `segments` (text and `path:line`), best first.
    public func suggestions(from segments: [(text: String, reference: String)], limit: Int = 30) -> [Suggestion] {
        struct Tally {
            var count = 0
            var surfaces: [String: Int] = [:]
            var reasons = Set<String>()
            var reference = ""
        }
        var tallies: [String: Tally] = [:]
        var order: [String] = []
        for segment in segments {
            let text = InlineMarkup.readerText(segment.text)
            let units = text.utf16CodeUnits
            let covered = matcher.matches(in: text).map(\.range)
            let tokens = tokenizer.tokens(text)
            for start in tokens.indices {
                for length in 1...3 where start + length <= tokens.count {
                    let words = tokens[start..<(start + length)]
                    guard let first = words.first, let last = words.last else { break }
                    let range = first.range.lowerBound..<last.range.upperBound
                    if words.dropFirst().contains(where: { !$0.gap.isEmpty }) { break }
                    if covered.contains(where: { $0.overlaps(range) }) { break }
                    guard !stopwords.contains(first.key), !stopwords.contains(last.key),
                        !words.contains(where: { $0.key.allSatisfy(\.isNumber) })
                    else { continue }
                    let surface = String(decoding: units[range], as: UTF16.self)
                    if length == 1, surface.count < 3 { continue }
                    let key = words.map(\.key).joined(separator: " ")
                    if tallies[key] == nil { order.append(key) }
                    var tally = tallies[key, default: Tally()]
                    tally.count += 1
                    tally.surfaces[surface, default: 0] += 1
                    if tally.reference.isEmpty { tally.reference = segment.reference }
                    if surface.contains("-"), !words.contains(where: { Self.inversionPronouns.contains($0.key) }) {
                        tally.reasons.insert("hyphenated")
                    }
                    // Capitalised inside a sentence: a name or a term of art.
                    if start > 0, first.isCapitalised { tally.reasons.insert("capitalised") }
                    if words.contains(where: { Self.looksEnglish($0.key) }) { tally.reasons.insert("english") }
                    tallies[key] = tally
                }
            }
        }
        var result: [Suggestion] = []
        for key in order {
            guard let tally = tallies[key] else { continue }
            var reasons = tally.reasons
            if tally.count >= 2 { reasons.insert("frequent") }
            guard !reasons.isEmpty else { continue }
            let words = key.split(separator: " ").count
            let special = reasons.subtracting(["frequent"]).count
            // A single word that is only frequent is usually an ordinary word: it ranks low.
            let score = words == 1 && special == 0 ? tally.count / 2 : tally.count * words + 3 * special
            let text = tally.surfaces.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key
            result.append(
                Suggestion(
                    text: text, count: tally.count, score: score, reasons: reasons.sorted(), reference: tally.reference)
            )
        }
        // A candidate inside a longer one seen as often says nothing more (« Maxx » in « Maxx Mannheimer »).
        let kept = result.filter { candidate in
            !result.contains { other in
                other.text != candidate.text && other.count == candidate.count
                    && other.text.split(separator: " ").count > candidate.text.split(separator: " ").count
                    && other.text.contains(candidate.text)
            }
        }
        return Array(kept.sorted { ($0.score, $1.text) > ($1.score, $0.text) }.prefix(limit))
    }

    /// The pronouns of French verb inversions (« imaginez-vous », « puis-je »), which are not compounds.
    static let inversionPronouns = Set(
        ["je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "moi", "toi", "ce", "t", "là", "ci", "y"]
            .map(TermTokenizer.normalise))

    /// Spellings French and the Romance languages rarely have: w, k, sh, ck, oo, ee, -ing, -er after a consonant cluster.
    static func looksEnglish(_ word: String) -> Bool {
        guard word.count >= 4, word.allSatisfy({ $0.isASCII }) else { return false }
        return word.contains("w") || word.contains("k") || word.contains("sh") || word.contains("oo")
            || word.contains("ee") || word.hasSuffix("ing") || word.hasSuffix("coiner")
    }

    /// Function words that never start or end a term.
    static let stopwords: [String: [String]] = [
        "fr": """
        le la les l un une des de du d et ou à au aux en dans sur pour par que qui qu ne n pas plus se s sa son ses \
        ce c cette ces cet il ils elle elles nous vous je j me m mon ma mes leur leurs est sont a ont été être avoir \
        fait comme mais si y on tout tous toute toutes très aussi même avec sans entre nos notre votre vos lui dont \
        où cela ça ceux celles celle celui peut pourquoi quand encore déjà moi eux ai avais avait suis était sera \
        serait quelques quelque autre autres beaucoup alors donc car ni leur jamais toujours souvent ainsi \
        cependant vraiment plutôt avons sommes êtes suis ont sera peut-être moins bien aucun aucune chaque \
        rien cet peu trop tant après avant depuis pendant contre vers chez sous lorsque puisque parce

        """.split(separator: " ").map(String.init),
        "en": """
        the a an and or of to in on for by that which who not is are was were be been have has had it its this \
        these those with without as at from but if so we you they he she i my our your their them us
        """.split(separator: " ").map(String.init),
    ]
}
