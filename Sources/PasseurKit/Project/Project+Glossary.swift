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

    /// Runs unit checks on every translated unit of every catalog of `locales`.
    ///
    /// A unit is checked when it has a translation (fuzzy included); a flag
    /// `passeur-ignore:<check-id>` on the unit skips that check for it. Catalogs
    /// not yet extracted are skipped. Findings come sorted by file, line and check.
    ///
    /// - Throws: `FileError`, `POReader.Error`, `GlossaryError`, `ICUError`.
    public func check(locales: [LocaleTag], checks: [any UnitCheck.Type]) throws -> [Finding] {
        let index = try GlossaryIndex(glossary: glossary(), sourceLocale: config.sourceLocale)
        let instances: [any UnitCheck] = checks.map { $0.make() }
        var findings: [Finding] = []
        for document in config.documents {
            for locale in locales {
                let relative = catalogPath(document: document, locale: locale)
                guard FileManager.default.fileExists(atPath: path(relative)) else { continue }
                var catalog = try Catalog(POReader.read(TextFile.readBytes(path(relative)), file: relative))
                catalog.units.removeAll { $0.isObsolete || !$0.hasTarget }
                let context = CheckContext(locale: locale, catalogPath: relative, glossary: index)
                for unit in catalog.units {
                    for check in instances where !unit.flags.contains("passeur-ignore:\(type(of: check).id)") {
                        findings += check.findings(in: unit, context: context)
                    }
                }
            }
        }
        return findings.sorted { ($0.location, $0.checkID, $0.message) < ($1.location, $1.checkID, $1.message) }
    }
}

extension UnitCheck {
    /// A new instance of the check type.
    static func make() -> any UnitCheck { Self.init() }
}
