import Foundation

/// The project's term base, and `passeur glossary check`.
extension Project {
    /// Why the term base cannot be used.
    public enum GlossaryProblem: LocatedError, Equatable {
        /// `passeur.yaml` names no glossary.
        case notConfigured(at: SourceLocation)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .notConfigured(let at): return at
            }
        }

        /// What is wrong, in one line.
        public var message: String { "the project has no glossary" }

        /// What the user can do about it.
        public var hint: String { "add 'glossary: Glossary/bitcoin.yaml' to passeur.yaml" }
    }

    /// The term base named in `passeur.yaml`.
    ///
    /// - Throws: `Project.GlossaryProblem`, `FileError`, `GlossaryError`, `LocaleTag.Error`.
    public func glossary() throws -> Glossary {
        guard let relative = config.glossary else {
            throw GlossaryProblem.notConfigured(at: SourceLocation(file: Self.configFileName, line: 1, column: 1))
        }
        var glossary = try Glossary(yaml: TextFile.read(path(relative)), file: relative)
        if glossary.locales.isEmpty { glossary.locales = [config.sourceLocale] }
        return glossary
    }
}
