import Yams

/// A node of `passeur.yaml` with the file it came from: typed reads that throw
/// `ProjectConfig.Error` located at the node (`file:line:column`).
///
/// Each read names the setting it reads (`key`), for the message: `'key' must be a string`.
struct ConfigNode {
    /// The YAML node.
    let node: Node
    /// The file, as it is named in errors.
    let file: String

    /// Where the node starts; line 1, column 1 for a node without a position.
    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Parses `yaml`; nil for a document without content (empty, or only comments).
    ///
    /// - Throws: `ProjectConfig.Error.syntax` where libyaml stopped.
    static func parse(_ yaml: String, file: String) throws -> ConfigNode? {
        do {
            return try Yams.compose(yaml: yaml).map { ConfigNode(node: $0, file: file) }
        } catch let error as YamlError {
            let problem = YAMLProblem(error, file: file)
            throw ProjectConfig.Error.syntax(problem.problem, at: problem.location)
        }
    }

    /// The error for a value of the wrong kind here.
    func wrongType(_ key: String, expected: String) -> ProjectConfig.Error {
        .wrongType(key: key, expected: expected, at: location)
    }

    /// The error for this node as a key Passeur does not know; `path` names it (`editions.autor`).
    func unknownKey(_ path: String) -> ProjectConfig.Error {
        .unknownKey(path, at: location)
    }

    /// The node as text; any scalar is text (`1` is "1").
    ///
    /// - Throws: `ProjectConfig.Error.wrongType` ("a string") for a list or a mapping.
    func string(_ key: String) throws -> String {
        guard let string = node.scalar?.string else { throw wrongType(key, expected: "a string") }
        return string
    }

    /// The node as a locale tag.
    ///
    /// - Throws: `ProjectConfig.Error.wrongType` if it is not text, `LocaleTag.Error` if it is no locale.
    func locale(_ key: String) throws -> LocaleTag {
        try LocaleTag(string(key), at: location)
    }

    /// The node as a raw value of `T`, such as a severity or a quote style.
    ///
    /// - Throws: `ProjectConfig.Error.wrongType` with `expected` if it is not text or not one of `T`'s values.
    func value<T: RawRepresentable<String>>(_ key: String, expected: String) throws -> T {
        guard let value = T(rawValue: try string(key)) else { throw wrongType(key, expected: expected) }
        return value
    }

    /// The items of a list.
    ///
    /// - Throws: `ProjectConfig.Error.wrongType` with `expected` if the node is no list.
    func sequence(_ key: String, expected: String = "a list") throws -> [ConfigNode] {
        guard let sequence = node.sequence else { throw wrongType(key, expected: expected) }
        return sequence.map { ConfigNode(node: $0, file: file) }
    }

    /// The items of a list of text, each with its node for errors about it.
    ///
    /// - Throws: `ProjectConfig.Error.wrongType` ("a list", or "a string" for an item).
    func strings(_ key: String) throws -> [(value: String, node: ConfigNode)] {
        try sequence(key).map { (try $0.string(key), $0) }
    }

    /// The entries of a mapping, in the order written.
    ///
    /// - Throws: `ProjectConfig.Error.wrongType` with `expected` if the node is no mapping.
    func mapping(_ key: String, expected: String = "a mapping") throws -> [(key: ConfigNode, value: ConfigNode)] {
        guard let mapping = node.mapping else { throw wrongType(key, expected: expected) }
        return mapping.map { (ConfigNode(node: $0.key, file: file), ConfigNode(node: $0.value, file: file)) }
    }
}
