import Yams

/// What a Yams parse error says and where, for the readers of YAML files.
struct YAMLProblem {
    /// libyaml's description of the problem.
    var problem: String
    /// Where it is.
    var location: SourceLocation

    init(_ error: YamlError, file: String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            self.problem = problem
            location = SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            problem = "duplicate key \(duplicates.joined(separator: ", "))"
            location = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            problem = "\(error)"
            location = SourceLocation(file: file, line: 1, column: 1)
        }
    }
}
