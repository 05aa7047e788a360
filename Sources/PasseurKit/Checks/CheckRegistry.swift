/// Every check Passeur runs, in the order reports list them.
public enum CheckRegistry {
    /// All checks: unit checks, then catalog-wide, then cross-locale ones.
    public static let all: [any Check.Type] = [
        UntranslatedCheck.self,
        FuzzyCheck.self,
        FuzzyWithoutPreviousCheck.self,
        EmptyTargetCheck.self,
        IdenticalToSourceCheck.self,
        UntranslatedTextCheck.self,
        NumbersCheck.self,
        MarkupCheck.self,
        XMLTagsCheck.self,
        URLsCheck.self,
        PlaceholdersCheck.self,
        OptionsCheck.self,
        NewlinesCheck.self,
        EscapesCheck.self,
        AcceleratorsCheck.self,
        AcronymsCheck.self,
        BracketsCheck.self,
        QuotesCheck.self,
        EndPunctuationCheck.self,
        StartCapitalCheck.self,
        WhitespaceCheck.self,
        RepeatedWordCheck.self,
        TypographyCheck.self,
        LengthCheck.self,
        SpellingCheck.self,
        GlossaryMissingCheck.self,
        GlossaryForbiddenCheck.self,
        GlossaryDNTCheck.self,
        InconsistentTranslationCheck.self,
        InconsistentSourceCheck.self,
        CrossLocaleMissingCheck.self,
        CrossLocaleNumbersCheck.self,
        CrossLocalePlaceholdersCheck.self,
        CrossLocaleMarkupCheck.self,
        CrossLocaleLengthCheck.self,
    ]

    /// The checks whose id starts with `glossary-`.
    public static var glossaryChecks: [any Check.Type] { all.filter { $0.id.hasPrefix("glossary-") } }

    /// The check with this id.
    static func check(id: String) -> (any Check.Type)? { all.first { $0.id == id } }

    /// The check id closest to `id`, a misspelt one (`numbrs` → `numbers`), when one is within a
    /// third of its length in edits (at least two); `suppression` counts as an id.
    static func closestID(to id: String) -> String? {
        TextSimilarity.closest(to: id, among: all.map { $0.id } + [CheckRunner.suppressionCheckID])
    }
}
