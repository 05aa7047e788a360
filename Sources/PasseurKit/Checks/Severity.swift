/// How serious a finding is; `--fail-on` compares against it.
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    /// Worth knowing.
    case info
    /// Probably wrong; a reviewer should look.
    case warning
    /// Wrong: blocks publication.
    case error

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The order used for sorting: info < warning < error.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
