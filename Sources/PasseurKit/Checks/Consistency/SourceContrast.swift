/// What sets two English software messages apart in a way that one translation cannot cover:
/// a word against its opposite (`input` / `output`, `above` / `below`, `read` / `write`), or a
/// negation that one of them has and the other lacks (`has been updated` / `has not been
/// updated`, `lock` / `unlock`).
///
/// Anything else, a translator may rightly render alike: two wordings of one meaning
/// (`Cannot read` / `Could not read`, `unable to` / `could not`, `copied` / `copied over`,
/// `appointment` / `event`), inflections (`enable` / `enabled`), word order, function words.
/// Which content words are synonyms no list can tell, so none but opposites count: the
/// contrasts a translation must keep. Two sources that name two different things
/// (`freezing rain` / `ice pellets`, `bill` / `invoice`) are not told apart either: it takes
/// the catalog's own terminology to know them.
///
/// Both texts are read as English words: lower-cased, accelerator marks (`_`, `&`) dropped,
/// function words left out, a light suffix stripping (`starting`, `started`, `starts` →
/// `start`), and every negation (`not`, `no`, `never`, `n't`, `cannot`, `unable to`, `failed
/// to`, a prefix `un-`, `in-`, `dis-`, `de-` before a word the other text has) made one mark.
enum SourceContrast {
    /// How two texts differ, when they do in a way a translation must show.
    enum Difference: Equatable {
        /// A word against its opposite, as stems: `("input", "output")`.
        case opposites(String, String)
        /// One text is negated where the other is not.
        case negation
    }

    /// The difference between `a` and `b` that one translation cannot render, if any.
    static func difference(_ a: String, _ b: String) -> Difference? {
        let (rawA, rawB) = (words(a), words(b))
        let wordsA = negatingPrefixesRead(rawA, against: Set(rawB))
        let wordsB = negatingPrefixesRead(rawB, against: Set(rawA))
        var counts: [String: Int] = [:]
        for word in wordsA { counts[word, default: 0] += 1 }
        for word in wordsB { counts[word, default: 0] -= 1 }
        let onlyA = counts.filter { $0.value > 0 }.keys
        let onlyB = counts.filter { $0.value < 0 }.keys
        if onlyA.isEmpty && onlyB.isEmpty { return nil }
        for x in onlyA.sorted() {
            for y in onlyB.sorted() where opposites.contains(Pair(x, y)) {
                return .opposites(x, y)
            }
        }
        return Set(onlyA).union(onlyB) == [negationMark] ? .negation : nil
    }

    /// The mark every negation is read as: no English word has capitals once lower-cased.
    static let negationMark = "NOT"

    /// The words of `text` that carry meaning, stemmed, with its negations as `negationMark`.
    static func words(_ text: String) -> [String] {
        let tokens = text.lowercased().unicodeScalars
            .filter { $0 != "_" && $0 != "&" }
            .split(whereSeparator: {
                !($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "'" || $0 == "’")
            })
            .map { String(String.UnicodeScalarView($0)).replacing("’", with: "'") }
            .map { $0.trimmingApostrophes() }
            .filter { !$0.isEmpty }
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            if token.hasSuffix("n't") || negations.contains(token) {
                out.append(negationMark)
            } else if failures.contains(token), next == "to" {
                // `failed to read`: `cannot read`.
                out.append(negationMark)
                i += 1
            } else if !functionWords.contains(token) {
                out.append(stem(token))
            }
            i += 1
        }
        return out
    }

    /// `words` with a word that negates by prefix a word of the other text read as a negation and
    /// that word (`unlock` beside `lock`, `disable` beside `enable`).
    static func negatingPrefixesRead(_ words: [String], against other: Set<String>) -> [String] {
        var out: [String] = []
        for word in words {
            if let positive = negatedByPrefix(word, against: other) {
                out.append(negationMark)
                out.append(positive)
            } else {
                out.append(word)
            }
        }
        return out
    }

    /// The word of `other` that `word` negates by a prefix, if any.
    static func negatedByPrefix(_ word: String, against other: Set<String>) -> String? {
        if let positive = irregularNegations[word], other.contains(positive) { return positive }
        for prefix in ["un", "in", "im", "dis", "de", "non"] where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            if rest.count >= 3, other.contains(rest) { return rest }
        }
        return nil
    }

    /// A light English suffix stripping, enough for the inflections of one verb or noun to
    /// meet: `entries` → `entry`, `starting` / `started` / `starts` → `start`, `stopped` →
    /// `stop`, `enabled` / `enable` → `enabl`.
    static func stem(_ word: String) -> String {
        var word = Substring(word)
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for suffix in ["ing", "ed", "es", "s"] where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            word = word.dropLast(suffix.count)
            if suffix == "ing" || suffix == "ed", let last = word.last, word.dropLast().last == last,
                last != "l", last != "s"
            {
                word = word.dropLast()
            }
            break
        }
        if word.count > 3, word.hasSuffix("e") { word = word.dropLast() }
        return String(word)
    }

    /// Words that negate what they stand in.
    static let negations: Set<String> = [
        "not", "no", "non", "never", "none", "nothing", "without", "cannot", "unable",
    ]

    /// Words that negate with a following `to` (`failed to open`).
    static let failures: Set<String> = ["fail", "failed", "fails", "failure"]

    /// Stems that negate a word without a regular prefix.
    static let irregularNegations: [String: String] = ["disabl": "enabl", "umount": "mount"]

    /// English words that carry grammar, not meaning: articles, prepositions, pronouns,
    /// auxiliaries and modals, conjunctions, determiners.
    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "to", "for", "is", "are", "was", "were", "be", "been", "being", "am", "by", "in",
        "on", "at", "with", "and", "or", "it", "its", "this", "that", "these", "those", "there", "here", "as", "from",
        "into", "onto", "over", "under", "about", "than", "then", "so", "such", "do", "does", "did", "done", "doing",
        "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "our", "their",
        "which", "who", "whom", "whose", "what", "where", "when", "how", "why", "if", "whether", "all", "any", "some",
        "each", "every", "either", "neither", "both", "one", "other", "another", "also", "too", "only", "just", "now",
        "currently", "already", "yet", "please", "very", "more", "most", "much", "many", "own", "same", "able", "s",
        "t",
    ]

    /// Opposites that a translation must tell apart, as an unordered pair of stems.
    static let opposites: Set<Pair> = {
        let pairs = [
            ("input", "output"), ("minimum", "maximum"), ("min", "max"), ("min", "maximum"), ("max", "minimum"),
            ("left", "right"), ("top", "bottom"), ("above", "below"), ("upper", "lower"),
            ("uppercase", "lowercase"), ("first", "last"), ("next", "previous"), ("next", "prev"),
            ("read", "write"), ("show", "hide"), ("start", "stop"), ("start", "end"), ("begin", "end"),
            ("open", "close"), ("before", "after"), ("horizontal", "vertical"), ("width", "height"),
            ("ascending", "descending"), ("import", "export"), ("encrypt", "decrypt"), ("public", "private"),
            ("header", "footer"), ("leading", "trailing"), ("increase", "decrease"), ("add", "remove"),
            ("get", "set"), ("send", "receive"), ("upload", "download"), ("allow", "deny"), ("accept", "reject"),
            ("success", "failure"), ("true", "false"),
            ("local", "remote"), ("client", "server"), ("constructor", "destructor"), ("inner", "outer"),
            ("internal", "external"), ("incoming", "outgoing"), ("forward", "backward"), ("older", "newer"),
            ("oldest", "newest"), ("old", "new"), ("sender", "recipient"), ("source", "destination"),
            ("load", "save"), ("attach", "detach"), ("encode", "decode"), ("expand", "collapse"), ("push", "pull"),
            ("grow", "shrink"), ("major", "minor"), ("primary", "secondary"), ("long", "short"),
            ("small", "large"), ("high", "low"), ("fast", "slow"), ("light", "dark"), ("lighter", "darker"),
            ("black", "white"), ("day", "night"), ("undo", "redo"), ("copy", "move"), ("cut", "paste"),
            ("copy", "paste"), ("online", "offline"),
        ]
        return Set(pairs.map { Pair(stem($0.0), stem($0.1)) })
    }()

    /// Two stems in either order.
    struct Pair: Hashable {
        let first: String
        let second: String

        /// The pair of `a` and `b`, in a fixed order.
        init(_ a: String, _ b: String) {
            (first, second) = a < b ? (a, b) : (b, a)
        }
    }
}

extension String {
    /// The string without apostrophes at either end (`'%s'` quoted, `users'`).
    fileprivate func trimmingApostrophes() -> String {
        var slice = Substring(self)
        while slice.first == "'" { slice = slice.dropFirst() }
        while slice.last == "'" { slice = slice.dropLast() }
        return String(slice)
    }
}
