/// Candidate terms as an aligned table: score, count, term, reasons, first reference.
public struct GlossarySuggestionTable {
    /// The candidates, best first.
    let suggestions: [TermSuggester.Suggestion]

    /// Creates a table.
    public init(suggestions: [TermSuggester.Suggestion]) {
        self.suggestions = suggestions
    }

    /// The table with a header line.
    public func render() -> String {
        let rows =
            [["score", "count", "term", "why", "first seen"]]
            + suggestions.map {
                ["\($0.score)", "\($0.count)", $0.text, $0.reasons.joined(separator: ","), $0.reference]
            }
        return TextTable(rows: rows, rightAligned: [0, 1]).render()
    }
}
