/// A catalog as CSV for spreadsheets and tools that take CSV (Crowdin, Weblate):
/// `id,context,source,target,state,location,notes`, one row per unit.
public enum CatalogCSV {
    /// The columns, in order.
    public static let columns = ["id", "context", "source", "target", "state", "location", "notes"]

    /// The units as CSV.
    public static func write(_ units: [TranslationUnit]) -> String {
        CSVTable(
            header: columns,
            rows: units.filter { !$0.isObsolete }.map { unit in
                [
                    unit.exchangeID, unit.context ?? "", unit.source, unit.target, unit.state.rawValue,
                    unit.references.joined(separator: " "), unit.translatorComments.joined(separator: "\n"),
                ]
            }
        ).text
    }

    /// Reads units from CSV with at least `source` and `target` columns.
    ///
    /// - Throws: `CSVTable.Error`, `ExchangeError.missingField`.
    public static func read(_ text: String, file: String) throws -> ExchangeFile {
        let table = try CSVTable(parsing: text, file: file)
        func column(_ name: String) -> Int? { table.header.firstIndex(of: name) }
        guard let source = column("source") else {
            throw ExchangeError.missingField("source", at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard let target = column("target") else {
            throw ExchangeError.missingField("target", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let units = zip(table.rows, table.rowLines).map { row, line in
            let state = column("state").flatMap { TranslationUnit.State(rawValue: row[$0]) }
            let text = row[target]
            return ExchangeFile.Unit(
                id: column("id").map { row[$0] } ?? "", source: row[source], target: text.isEmpty ? nil : text,
                state: text.isEmpty ? .new : state,
                location: SourceLocation(file: file, line: line, column: 1))
        }
        return ExchangeFile(sourceLocale: nil, targetLocale: nil, original: nil, units: units)
    }
}
