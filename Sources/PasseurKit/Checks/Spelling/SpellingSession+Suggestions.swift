/// Hunspell's suggestions, added to a run's `spelling` findings once they are sorted.
extension SpellingSession {
    /// Adds suggestions to the `spelling` findings of `findings`, taken in their order (the
    /// report's): a word flagged in at most `typoUnitLimit` of them, which may be a typo, gets
    /// up to `suggestionsPerWord` suggestions, until the session's limit of suggested words is
    /// reached; every finding of a word that has suggestions shows them. A word that the
    /// dictionary of `sourceLocale`, the sources' language, knows is a word left untranslated:
    /// it needs translating, not correcting, and gets none. Findings that show suggestions
    /// already are left as they are.
    ///
    /// `CheckRunner` calls it on a run's findings; a caller that shows only some of them (those
    /// a baseline does not record) may call it again, with a session of its own, on those.
    /// Each word's suggestions are computed once per session, one word after the other, on this
    /// thread. The same findings get the same messages whatever the number of cores; only a
    /// finding's `message` changes, not the fingerprint a baseline records.
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
        for i in spelling {
            let (locale, words) = (findings[i].locale, findings[i].unknownWords)
            guard
                let dictionary = dictionary(identifier: locale)
                    ?? LocaleTag(gettextName: locale).map({ self.dictionary(for: $0, glossary: nil) })
            else { continue }
            let source = sourceLocale.flatMap {
                $0.language == dictionary.locale.language ? nil : self.dictionary(for: $0, glossary: nil)
            }
            var suggestions: [String: [String]] = [:]
            for word in words {
                if let known = dictionary.knownSuggestions(word) {
                    suggestions[word] = known
                } else if units[locale]?[word] ?? 0 <= Self.typoUnitLimit,
                    source.map({ !$0.isInstalled || $0.verdict(Substring(word)) == .unknown }) ?? true,
                    takeSuggestion()
                {
                    suggestions[word] = dictionary.suggestions(word, limit: Self.suggestionsPerWord)
                }
            }
            if suggestions.values.contains(where: { !$0.isEmpty }) {
                findings[i].message = SpellingCheck.message(words, locale: locale, suggestions: suggestions)
            }
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
