import Foundation

/// Translation progress as an aligned text table.
public struct StatisticsTable {
    /// The rows to print.
    public let rows: [Project.Statistics]

    /// Creates a table.
    public init(rows: [Project.Statistics]) {
        self.rows = rows
    }

    /// The table, one line per locale and document, with a header line.
    public func render() -> String {
        let header = [
            "locale", "document", "segments", "words", "translated", "fuzzy", "untranslated", "reviewed", "done",
        ]
        let body = rows.map { r in
            [
                r.locale, r.document, "\(r.segments)", "\(r.sourceWords)", "\(r.translated)", "\(r.fuzzy)",
                "\(r.untranslated)", "\(r.reviewed)", String(format: "%.1f%%", r.percentTranslated),
            ]
        }
        let table = [header] + body
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { cells in
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }.joined()
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
