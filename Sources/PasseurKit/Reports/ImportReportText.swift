/// An import's report: one line per unit that was not simply unchanged, and the counts.
public struct ImportReportText {
    /// The report.
    let report: Project.ImportReport
    /// Whether nothing was written.
    let dryRun: Bool

    /// Creates the text.
    public init(report: Project.ImportReport, dryRun: Bool) {
        self.report = report
        self.dryRun = dryRun
    }

    /// `file:line:column: outcome: source` lines, then a summary line.
    public func render() -> String {
        var out = ""
        for item in report.items where item.outcome != .unchanged && item.outcome != .empty {
            let source = item.source.count > 60 ? String(item.source.prefix(57)) + "…" : item.source
            out += "\(item.location): \(item.outcome.rawValue): \(source)\n"
        }
        let outcomes: [(Project.ImportReport.Outcome, String)] = [
            (.updated, "updated"), (.unchanged, "unchanged"), (.empty, "untranslated"), (.protected, "protected"),
            (.sourceChanged, "source changed"), (.unknown, "unknown"), (.badCodes, "bad codes"),
        ]
        let counts = outcomes.filter { report.count($0.0) > 0 || $0.0 == .updated }.map {
            "\(report.count($0.0)) \($0.1)"
        }
        .joined(separator: ", ")
        out +=
            "\(report.catalog): \(counts)"
            + (dryRun ? " [dry run, nothing written]" : report.written ? "" : " (catalog unchanged)") + "\n"
        return out
    }
}
