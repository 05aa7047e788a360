/// Hunspell's suggestions, added to a run's `spelling` findings once they are sorted, and the
/// words the run flags in many units, reported once.
extension SpellingSession {
    /// Completes the `spelling` findings of `findings`, taken in their order (the report's):
    ///
    /// - A word flagged in more than `typoUnitLimit` units of a locale is jargon the dictionary
    ///   lacks (« script », « superbloc »), or one misspelling repeated: it is listed on its first
    ///   finding only, with its number of units (`« script » (100 units) is not in the es
    ///   dictionary`), where a reviewer adds it to the word list or fixes it everywhere at once.
    ///   A finding left with no word is dropped.
    /// - A word flagged in at most `typoUnitLimit` units, which may be a typo, gets up to
    ///   `suggestionsPerWord` suggestions, until the session's limit of suggested words is
    ///   reached; every finding of a word that has suggestions shows them. A word that the
    ///   dictionary of `sourceLocale`, the sources' language, knows is a word left untranslated:
    ///   it needs translating, not correcting, and gets none.
    ///
    /// Findings completed already are left as they are. `CheckRunner` calls it on a run's
    /// findings; a caller that shows only some of them (those a baseline does not record) may
    /// call it again, with a session of its own, on those. Each word's suggestions are computed
    /// once per session, one word after the other, on this thread. The same findings get the
    /// same messages whatever the number of cores; the fingerprint a baseline records leaves the
    /// suggestions and the counts out.
    public func addSuggestions(to findings: inout [Finding], sourceLocale: LocaleTag? = nil) {
        let spelling = findings.indices.filter {
            findings[$0].checkID == SpellingCheck.id && !findings[$0].unknownWords.isEmpty
                && findings[$0].message == findings[$0].placeFreeMessage
        }
        guard !spelling.isEmpty else { return }
        var units: [String: [String: Int]] = [:]
        for i in spelling {
            for word in findings[i].unknownWords { units[findings[i].locale, default: [:]][word, default: 0] += 1 }
        }
        var listed: [String: Set<String>] = [:]
        var dropped = Set<Int>()
        for i in spelling {
            let locale = findings[i].locale
            var words: [String] = []
            var repeated: [String: Int] = [:]
            for word in findings[i].unknownWords {
                let count = units[locale]?[word] ?? 0
                if count > Self.typoUnitLimit {
                    guard listed[locale, default: []].insert(word).inserted else { continue }
                    repeated[word] = count
                }
                words.append(word)
            }
            guard !words.isEmpty else {
                dropped.insert(i)
                continue
            }
            var suggestions: [String: [String]] = [:]
            if let dictionary = dictionary(identifier: locale)
                ?? LocaleTag(gettextName: locale).map({ self.dictionary(for: $0, glossary: nil) })
            {
                let source = sourceLocale.flatMap {
                    $0.language == dictionary.locale.language ? nil : self.dictionary(for: $0, glossary: nil)
                }
                for word in words {
                    if let known = dictionary.knownSuggestions(word) {
                        suggestions[word] = known
                    } else if repeated[word] == nil,
                        source.map({ !$0.isInstalled || $0.verdict(Substring(word)) == .unknown }) ?? true,
                        takeSuggestion()
                    {
                        suggestions[word] = dictionary.suggestions(word, limit: Self.suggestionsPerWord)
                    }
                }
            }
            if words != findings[i].unknownWords {
                findings[i].unknownWords = words
                findings[i].message = SpellingCheck.message(words, locale: locale, suggestions: [:])
                findings[i].placeFreeMessage = findings[i].message
            }
            if !repeated.isEmpty || suggestions.values.contains(where: { !$0.isEmpty }) {
                findings[i].message = SpellingCheck.message(
                    words, locale: locale, suggestions: suggestions, units: repeated)
            }
        }
        if !dropped.isEmpty {
            findings = findings.indices.filter { !dropped.contains($0) }.map { findings[$0] }
        }
    }

    /// Whether one more word may get suggestions; counts it.
    private func takeSuggestion() -> Bool {
        suggestionsLeft.withLock { left in
            guard left > 0 else { return false }
            left -= 1
            return true
        }
    }
}
