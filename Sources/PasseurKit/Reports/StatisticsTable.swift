import Foundation

/// Translation progress as an aligned text table, or as JSON for programs.
public struct StatisticsTable {
    /// The rows to print.
    let rows: [CatalogStatistics.Row]

    /// Creates a table.
    public init(rows: [CatalogStatistics.Row]) {
        self.rows = rows
    }

    /// The formats of `passeur stats --format`.
    public enum Format: String, CaseIterable, Sendable {
        /// The aligned table of ``render()``.
        case table
        /// An array of ``CatalogStatistics/Row`` objects, keys sorted.
        case json
    }

    /// The rows in `format`.
    public func render(_ format: Format) -> String {
        switch format {
        case .table: return render()
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(rows)) ?? Data(), as: UTF8.self) + "\n"
        }
    }

    /// The table, one line per locale and document, with a header line.
    func render() -> String {
        let header = [
            "locale", "document", "segments", "words", "translated", "fuzzy", "untranslated", "reviewed", "done",
        ]
        let body = rows.map { r in
            [
                r.locale, r.document, "\(r.segments)", "\(r.sourceWords)", "\(r.translated)", "\(r.fuzzy)",
                "\(r.untranslated)", "\(r.reviewed)", String(format: "%.1f%%", r.percentTranslated),
            ]
        }
        return TextTable(rows: [header] + body, rightAligned: Set(2..<header.count)).render()
    }
}
