extension ExchangeFile {
    /// Gives each unit the glossary entries of the terms found in its source (from `glossary`,
    /// for `locale`) and, while it is not yet translated, the best candidates of `memory`
    /// scoring at least `minScore`: what XLIFF 2 writes in its glossary and
    /// translation-candidates modules.
    mutating func addTermsAndCandidates(
        glossary: GlossaryIndex?, locale: LocaleTag, memory: TranslationMemory?, minScore: Int
    ) {
        for i in units.indices {
            if let glossary {
                units[i].glossary = glossary.exchangeEntries(for: units[i].source, locale: locale)
            }
            // Candidates only where a translator still has work: units not yet translated.
            if let memory, !units[i].effectiveState.isTranslated {
                units[i].candidates = memory.candidates(for: units[i].source, minScore: minScore)
            }
        }
    }
}
