/// Memory search results: concordance lines, then fuzzy matches with their scores.
public struct MemorySearchText {
    /// The target locale.
    let locale: String
    /// Entries containing the text.
    let concordance: [TranslationMemory.Entry]
    /// Similar sources.
    let fuzzy: [TranslationMemory.Match]

    /// Creates the text.
    public init(locale: String, concordance: [TranslationMemory.Entry], fuzzy: [TranslationMemory.Match]) {
        self.locale = locale
        self.concordance = concordance
        self.fuzzy = fuzzy
    }

    /// The results for people.
    public func render() -> String {
        var out = "[\(locale)] \(concordance.count) containing, \(fuzzy.count) similar\n"
        for entry in concordance { out += "  \(entry.source)\n    → \(entry.target)  (\(entry.origin))\n" }
        for match in fuzzy {
            out += "  \(match.score)%  \(match.source)\n    → \(match.target ?? "")  (\(match.origin))\n"
        }
        return out
    }
}
