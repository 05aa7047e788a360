/// The registry as `passeur check --list` prints it: id, default severity, description.
public struct CheckListText {
    /// Creates the list.
    public init() {}

    /// One line per check.
    public func render() -> String {
        TextTable(rows: CheckRegistry.all.map { [$0.id, $0.defaultSeverity.rawValue, $0.summary] }).render()
    }
}
