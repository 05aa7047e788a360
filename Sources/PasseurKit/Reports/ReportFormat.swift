/// The formats findings are printed in (`passeur check --format`).
public enum ReportFormat: String, CaseIterable, Sendable {
    /// `file:line:column: severity: [check] message` lines and a count, for people.
    case text
    /// An array of findings, for programs.
    case json
    /// JUnit XML, which CI systems show as test results (``JUnitReport``).
    case junit
    /// SARIF 2.1.0, which code-scanning services read (``SARIFReport``).
    case sarif
    /// One self-contained page for reviewers (``HTMLReport``).
    case html
}
