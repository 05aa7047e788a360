import ArgumentParser
import PasseurKit

/// Options shared by the commands that work on a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .customLong("project"), help: "The project folder (where passeur.yaml is).")
    var root = "."

    @Option(name: .shortAndLong, help: "A target locale (repeatable); all target locales by default.")
    var locale: [String] = []

    /// The project.
    func project() throws -> Project { try Project(root: root) }
}

/// Output formats for reports.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
