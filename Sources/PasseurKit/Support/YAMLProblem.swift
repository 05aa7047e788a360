import Yams

/// What a Yams parse error says and where, for the readers of YAML files.
struct YAMLProblem {
    /// libyaml's description of the problem.
    var problem: String
    /// Where it is.
    var location: SourceLocation

    init(_ error: YamlError, file: String) {
        switch error {
        case .scanner(_, let problem, let mark, let yaml), .parser(_, let problem, let mark, let yaml),
            .composer(_, let problem, let mark, let yaml):
            let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(mark.line - 1).first
            let character = line?.unicodeScalars.dropFirst(mark.column - 1).first
            self.problem = character == "\t" ? "\(problem): a tab (YAML indents with spaces only)" : problem
            location = SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            problem = "duplicate key \(duplicates.joined(separator: ", "))"
            location = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        case .reader(let problem, let offset, let value, let yaml):
            // libyaml counts the offset in bytes of the text it was given.
            let bytes = Array(yaml.utf8)
            let end = min(max(offset ?? 0, 0), bytes.count)
            let before = bytes[..<end]
            let line = before.filter { $0 == 0x0A }.count + 1
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).unicodeScalars.count + 1
            self.problem = "\(problem) (U+\(String(UInt32(bitPattern: value), radix: 16, uppercase: true)))"
            location = SourceLocation(file: file, line: line, column: column)
        default:
            problem = "\(error)".quotedForMessage(limit: 200)
            location = SourceLocation(file: file, line: 1, column: 1)
        }
    }
}
