/// Flags words of the translation that the target language's Hunspell dictionary does not
/// know, with Hunspell's suggestions.
///
/// Accepted without a dictionary look-up: the glossary's terms of the target locale and
/// every do-not-translate term, words with digits, acronyms, and capitalised words (names:
/// Mannheimer, Ethereum) — only lower-case words are judged, so a name is never a finding.
/// Code spans, URLs and e-mail addresses are not read. Nothing is reported for a locale
/// with no installed dictionary. A word made of a productive prefix and a known word is
/// accepted where the language writes such prefixes solid and dictionaries list only a few
/// of the results (Spanish « exgerente », German « multidisziplinär », English « nonprofit »).
public struct SpellingCheck: UnitCheck {
    /// `spelling`.
    public static let id = "spelling"
    /// Often a typo; sometimes jargon the glossary lacks.
    public static let defaultSeverity = Severity.warning
    /// The help line.
    public static let summary =
        "Every lower-case word of the translation is in the language's Hunspell dictionary or the glossary."

    private let pool = SpellCheckerPool()
    private static let trailing = CharacterSetShim.trailingPunctuation.union(["-", "’", "'"])

    /// Creates the check.
    public init() {}

    /// One finding per unknown word, with suggestions.
    public func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        guard let checker = pool.checker(for: context.locale) else { return [] }
        let accepted = pool.glossaryWords(context)
        var text = context.target(of: unit).textWithoutCodes
        for address in TextAnalysis.urlsAndEmails(in: text) { text = text.replacingOccurrences(of: address, with: " ") }
        var seen = Set<String>()
        var findings: [Finding] = []
        for token in text.split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" && $0 != "-" }) {
            let word = token.trimmingCharacters(in: Self.trailing)
            guard let first = word.first, first.isLowercase, word.count > 1, seen.insert(word).inserted,
                !accepted.contains(TermTokenizer.normalise(word))
            else { continue }
            let plain = word.replacingOccurrences(of: "’", with: "'")
            if checker.knows(plain) { continue }
            // Compounds and elisions: every part known is enough (« auto-conservation », « l'orange »).
            let parts = plain.split(whereSeparator: { $0 == "-" || $0 == "'" }).map(String.init).filter { !$0.isEmpty }
            let partsKnown = parts.allSatisfy { part in
                part.count == 1 || accepted.contains(TermTokenizer.normalise(part)) || checker.knows(part)
            }
            if parts.count > 1, partsKnown { continue }
            if Self.hasProductivePrefix(plain, language: context.locale.language, checker: checker) { continue }
            // Hunspell's suggestions are slow (milliseconds): the first three unknown words of a unit get them.
            let suggestions = findings.count < 3 ? checker.suggestions(plain) : []
            let hint =
                suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "« \($0) »" }.joined(separator: ", "))?"
            findings.append(
                context.finding(Self.self, unit, "« \(word) » is not in the \(context.locale) dictionary\(hint)"))
        }
        return findings
    }
}

extension SpellingCheck {
    /// Prefixes that the language attaches to any word without a hyphen (RAE's *Ortografía*
    /// 2010 § 4.1.1.2 for Spanish, the 1990 agreement for Portuguese); German's are the
    /// Latin and Greek ones of learned adjectives (« multidisziplinär »).
    static let productivePrefixes: [String: [String]] = [
        "es": [
            "anti", "auto", "contra", "des", "ex", "hiper", "macro", "micro", "mini", "multi", "neo", "pos",
            "post", "pre", "pro", "pseudo", "re", "semi", "sobre", "super", "ultra", "vice",
        ],
        "pt": [
            "anti", "auto", "contra", "des", "hiper", "macro", "micro", "mini", "multi", "neo", "re", "semi", "ultra",
        ],
        "en": ["anti", "co", "counter", "multi", "non", "over", "post", "pre", "re", "under"],
        "de": ["anti", "hyper", "inter", "mega", "multi", "neo", "post", "pseudo", "super", "ultra"],
    ]

    /// Whether `word` is a productive prefix followed by a word of four letters or more that
    /// the dictionary knows.
    static func hasProductivePrefix(_ word: String, language: String, checker: SpellChecker) -> Bool {
        (productivePrefixes[language] ?? []).contains { prefix in
            word.hasPrefix(prefix) && word.count - prefix.count >= 4
                && checker.knows(String(word.dropFirst(prefix.count)))
        }
    }
}

/// Dictionaries and glossary words, opened once per locale for a whole run.
final class SpellCheckerPool {
    private var checkers: [LocaleTag: SpellChecker?] = [:]
    private var words: [LocaleTag: Set<String>] = [:]

    func checker(for locale: LocaleTag) -> SpellChecker? {
        if let known = checkers[locale] { return known }
        let opened = SpellChecker(locale: locale)
        checkers[locale] = opened
        return opened
    }

    /// Normalised words (as the glossary matcher compares them: case-folded, final -s removed) of the glossary's terms of the locale, and of every do-not-translate term.
    func glossaryWords(_ context: CheckContext) -> Set<String> {
        if let known = words[context.locale] { return known }
        var result = Set<String>()
        for concept in context.glossary?.glossary.concepts ?? [] {
            for (locale, terms) in concept.terms {
                for term in terms where locale == context.locale.identifier || term.doNotTranslate {
                    for form in term.forms {
                        for word in form.split(whereSeparator: { !$0.isLetter }) {
                            result.insert(TermTokenizer.normalise(String(word)))
                        }
                    }
                }
            }
        }
        words[context.locale] = result
        return result
    }
}
