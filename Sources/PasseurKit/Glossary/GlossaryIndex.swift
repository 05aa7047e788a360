/// A term base ready for checking: matchers built once per locale, matches cached per text.
public final class GlossaryIndex {
    /// The term base.
    public let glossary: Glossary
    /// The matcher of the source locale.
    let source: GlossaryMatcher
    private var targets: [LocaleTag: GlossaryMatcher] = [:]

    /// Builds the source matcher and those of `targetLocales`, so that a check never meets a
    /// matcher that cannot be built (its error is thrown here, not lost there).
    ///
    /// - Throws: `ICUError`.
    init(glossary: Glossary, sourceLocale: LocaleTag, targetLocales: [LocaleTag] = []) throws {
        self.glossary = glossary
        source = try GlossaryMatcher(glossary: glossary, locale: sourceLocale)
        for locale in targetLocales where targets[locale] == nil {
            targets[locale] = try GlossaryMatcher(glossary: glossary, locale: locale)
        }
        for (i, concept) in glossary.concepts.enumerated() where conceptIndex[concept.id] == nil {
            conceptIndex[concept.id] = i
        }
    }

    private var conceptIndex: [String: Int] = [:]

    /// The concept with this id, found in a dictionary (`Glossary.concept(id:)` walks the list).
    public func concept(id: String) -> Concept? {
        conceptIndex[id].map { glossary.concepts[$0] }
    }

    /// The terms found in a source text. The checks walk a segment's units in every locale
    /// together, so the last few texts are enough: memory stays flat however large the catalogs.
    public func matches(inSource text: String) -> [GlossaryMatcher.Match] {
        recentSources.value(for: text) { source.matches(in: $0) }
    }

    /// Not shared between threads: an index, like its matchers, serves one thread.
    private var recentSources = RecentCache<[GlossaryMatcher.Match]>()

    /// The terms found in a target text of `locale`, one of the index's target locales (the last
    /// few texts are remembered: several checks of one unit ask).
    public func matches(inTarget text: String, locale: LocaleTag) -> [GlossaryMatcher.Match] {
        guard let matcher = targets[locale] else {
            preconditionFailure("GlossaryIndex built without the target locale \(locale)")
        }
        return recentTargets[locale.identifier, default: RecentCache(capacity: 4)].value(for: text) {
            matcher.matches(in: $0)
        }
    }

    private var recentTargets: [String: RecentCache<[GlossaryMatcher.Match]>] = [:]
}

extension GlossaryIndex {
    /// The glossary entries of the concepts found in `source`, for an export to `locale`: each
    /// concept once, with its allowed terms in the locale and its English definition; concepts
    /// with neither are left out.
    func exchangeEntries(for source: String, locale: LocaleTag) -> [ExchangeFile.GlossaryEntry] {
        var seen = Set<String>()
        return matches(inSource: source).compactMap { match in
            guard seen.insert(match.conceptID).inserted, let concept = concept(id: match.conceptID) else {
                return nil
            }
            let translations = concept.allowedTerms(for: locale).map(\.text)
            let definition = concept.definitions["en"]
            guard !translations.isEmpty || definition != nil else { return nil }
            return ExchangeFile.GlossaryEntry(term: match.text, translations: translations, definition: definition)
        }
    }
}
