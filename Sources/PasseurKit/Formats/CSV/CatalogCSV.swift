/// A catalog as CSV for spreadsheets and tools that take CSV (Crowdin, Weblate):
/// `id,context,source,target,state,location,notes`, one row per unit.
public enum CatalogCSV {
    /// The columns, in order.
    static let columns = ["id", "context", "source", "target", "state", "location", "notes"]

    /// The units as CSV.
    static func write(_ file: ExchangeFile) -> String {
        CSVTable(
            header: columns,
            rows: file.units.map { unit in
                [
                    unit.id, unit.context ?? "", unit.source, unit.target ?? "", unit.effectiveState.rawValue,
                    unit.references.joined(separator: " "), unit.notes.joined(separator: "\n"),
                ]
            }
        ).text
    }

    /// Reads units from CSV with at least `source` and `target` columns.
    ///
    /// - Throws: `CSVTable.Error`, `ExchangeError.missingField`, `ExchangeError.unknownState`.
    public static func read(_ text: String, file: String) throws -> ExchangeFile {
        let table = try CSVTable(parsing: text, file: file)
        func column(_ name: String) -> Int? { table.header.firstIndex(of: name) }
        guard let source = column("source") else {
            throw ExchangeError.missingField("source", at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard let target = column("target") else {
            throw ExchangeError.missingField("target", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let units = try table.rows.indices.map { index in
            let row = table.rows[index]
            let line = table.rowLines[index]
            var state: TranslationUnit.State?
            if let stateColumn = column("state"), !row[stateColumn].isEmpty {
                guard let known = TranslationUnit.State(rawValue: row[stateColumn]) else {
                    throw ExchangeError.unknownState(row[stateColumn], at: table.fieldLocations[index][stateColumn])
                }
                state = known
            }
            let text = row[target]
            return ExchangeFile.Unit(
                id: column("id").map { row[$0] } ?? "", source: row[source], target: text.isEmpty ? nil : text,
                state: text.isEmpty ? .new : state,
                location: SourceLocation(file: file, line: line, column: 1))
        }
        return ExchangeFile(sourceLocale: nil, targetLocale: nil, original: nil, units: units)
    }
}
