import Foundation

/// Findings printed for people (one compiler-style line each, then a summary), for programs (JSON),
/// for CI (JUnit XML, SARIF) or for reviewers (an HTML page).
public struct FindingReport {
    /// The findings, sorted.
    let findings: [Finding]
    /// How many findings a baseline left out, nil when no baseline was read: the text summary says it.
    let hiddenByBaseline: Int?

    /// Creates a report of `findings`; `hiddenByBaseline` counts those a baseline left out.
    public init(findings: [Finding], hiddenByBaseline: Int? = nil) {
        self.findings = findings
        self.hiddenByBaseline = hiddenByBaseline
    }

    /// The findings in `format`.
    ///
    /// - `text`: `file:line:column: severity: [check] message` lines and a count, the severity
    ///   in colour when `colour` is true (a terminal that did not set `NO_COLOR`);
    /// - `json`: an array of findings;
    /// - `junit`, `sarif`, `html`: ``JUnitReport`` (one test suite per locale of `locales`),
    ///   ``SARIFReport`` and ``HTMLReport``.
    public func render(_ format: ReportFormat, locales: [String] = [], colour: Bool = false) -> String {
        switch format {
        case .text: return text(colour: colour)
        case .json: return json
        case .junit: return JUnitReport(findings: findings, locales: locales).render()
        case .sarif: return SARIFReport(findings: findings).render()
        case .html: return HTMLReport(findings: findings).render()
        }
    }

    /// The findings as a JSON array.
    private var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(findings)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// One compiler-style line per finding, then the count of each severity, and of the
    /// findings a baseline hid.
    private func text(colour: Bool) -> String {
        // One finding a line, for grep and editors: a message quoting a multi-line text shows its breaks as `\n`.
        var out = findings.map { finding in
            let message = finding.message.escapedForOneLine
            guard colour else {
                return "\(finding.location): \(finding.severity.rawValue): [\(finding.checkID)] \(message)\n"
            }
            let code = finding.severity == .error ? "31" : finding.severity == .warning ? "33" : "36"
            return "\u{1B}[1m\(finding.location)\u{1B}[0m: \u{1B}[\(code)m\(finding.severity.rawValue)\u{1B}[0m: "
                + "[\(finding.checkID)] \(message)\n"
        }.joined()
        let counts = Severity.allCases.reversed().map { severity in
            (severity, findings.filter { $0.severity == severity }.count)
        }
        out += counts.map { "\($0.1) \($0.0.rawValue)\($0.1 == 1 ? "" : "s")" }.joined(separator: ", ")
        if let hidden = hiddenByBaseline {
            out += " (\(hidden) known finding\(hidden == 1 ? "" : "s") hidden by the baseline)"
        }
        return out + "\n"
    }

    /// Whether any finding is at or above `severity`.
    public func fails(at severity: Severity) -> Bool { findings.contains { $0.severity >= severity } }
}
