import ArgumentParser
import PasseurKit

/// `--project`, the one declaration of the option every command that reads a project takes.
struct ProjectOptions: ParsableArguments {
    @Option(name: .customLong("project"), help: "The project folder (where passeur.yaml is).")
    var root = "."

    /// The project.
    func project() throws -> Project { try Project(root: root) }
}

/// `--project` and `--locale`, for the commands that work on some or all of a project's target locales.
struct TargetOptions: ParsableArguments {
    @OptionGroup var projectOptions: ProjectOptions

    @Option(name: .shortAndLong, help: "A target locale (repeatable); all target locales by default.")
    var locale: [String] = []

    /// The project.
    func project() throws -> Project { try projectOptions.project() }
}
