import Yams

/// The settings in `passeur.yaml`: source and target locales, documents, segmentation rules.
///
/// ```yaml
/// name: le-service-client-bitcoin
/// source-locale: fr
/// target-locales: [en, es, de, pt-BR]
/// documents:
///   - Locales/fr/le-service-client-bitcoin.md
/// glossary: Glossary/bitcoin.yaml     # optional term base
/// checks:                            # optional
///   disable: [length]
///   severity: {start-capital: info}
/// editions:                         # optional, printed in HTML and EPUB editions
///   author: Maxx Mannheimer
///   original: Bitcoin Magazine
///   license: "© the author"
/// segmentation:
///   rules: rules/french.srx        # optional SRX 2.0 file
///   abbreviations:                 # optional, per locale
///     fr: [Éd., N.D.L.R.]
/// ```
///
/// Unknown keys are errors (a typo must not silently drop a setting).
public struct ProjectConfig: Sendable, Equatable {
    /// The project's name, used as `Project-Id-Version` in catalogs.
    public var name: String
    /// The language the documents are written in.
    public var sourceLocale: LocaleTag
    /// The languages to translate into, in the order given.
    public var targetLocales: [LocaleTag]
    /// The source documents, relative to the project folder.
    public var documents: [String]
    /// An SRX 2.0 rule file for segmentation, relative to the project folder.
    public var segmentationRules: String?
    /// The term base, relative to the project folder.
    public var glossary: String?
    /// Extra abbreviations per locale identifier.
    public var abbreviations: [String: [String]]
    /// Checks turned off (`checks: disable: [length]`).
    public var disabledChecks: Set<String> = []
    /// Severities set by the project (`checks: severity: {start-capital: info}`).
    public var checkSeverities: [String: Severity] = [:]
    /// Per-locale check settings (`checks: locales: es: {quotes: angle}`).
    public var localeCheckSettings: [String: LocaleCheckSettings] = [:]
    /// What editions print about the work (`editions:`).
    public var editions = EditionSettings()
    /// Where each document was declared, for errors about it.
    public var documentLocations: [String: SourceLocation]

    /// Why `passeur.yaml` was refused.
    public enum Error: LocatedError, Equatable {
        /// The YAML does not parse.
        case syntax(String, at: SourceLocation)
        /// A key Passeur does not know.
        case unknownKey(String, at: SourceLocation)
        /// A required key is missing.
        case missingKey(String, at: SourceLocation)
        /// A value of the wrong kind.
        case wrongType(key: String, expected: String, at: SourceLocation)
        /// A check id that no check has.
        case unknownCheck(String, at: SourceLocation)
        /// A target locale listed twice.
        case duplicateTarget(String, at: SourceLocation)
        /// A target locale that is the source locale.
        case targetIsSource(String, at: SourceLocation)
        /// A document listed twice.
        case duplicateDocument(String, at: SourceLocation)
        /// A document outside the project folder (absolute, or above it with `..`).
        case documentOutsideProject(String, at: SourceLocation)

        /// Where the problem is.
        public var location: SourceLocation {
            switch self {
            case .syntax(_, let at), .unknownKey(_, let at), .missingKey(_, let at), .wrongType(_, _, let at),
                .unknownCheck(_, let at), .duplicateTarget(_, let at), .targetIsSource(_, let at),
                .duplicateDocument(_, let at), .documentOutsideProject(_, let at):
                return at
            }
        }

        /// What is wrong, in one line.
        public var message: String {
            switch self {
            case .syntax(let problem, _): return "invalid YAML: \(problem.quotedForMessage(limit: 200))"
            case .unknownKey(let key, _): return "unknown setting '\(key.quotedForMessage())'"
            case .missingKey(let key, _): return "missing setting '\(key.quotedForMessage())'"
            case .wrongType(let key, let expected, _): return "'\(key.quotedForMessage())' must be \(expected)"
            case .unknownCheck(let id, _): return "unknown check '\(id.quotedForMessage())'"
            case .duplicateTarget(let locale, _): return "target locale '\(locale.quotedForMessage())' is listed twice"
            case .targetIsSource(let locale, _):
                return "target locale '\(locale.quotedForMessage())' is the source locale"
            case .duplicateDocument(let path, _): return "document '\(path.quotedForMessage())' is listed twice"
            case .documentOutsideProject(let path, _):
                return "document '\(path.quotedForMessage())' is outside the project folder"
            }
        }

        /// What the user can do about it.
        public var hint: String {
            switch self {
            case .syntax: return "fix the YAML syntax"
            case .unknownKey:
                return
                    "known settings: name, source-locale, target-locales, documents, glossary, segmentation, checks, editions"
            case .missingKey(let key, _): return "add '\(key)' to passeur.yaml"
            case .wrongType: return "see the README's passeur.yaml section"
            case .unknownCheck: return "passeur check --list shows the check ids"
            case .duplicateTarget, .duplicateDocument: return "remove the second one"
            case .targetIsSource: return "remove it from target-locales: the source is not translated into itself"
            case .documentOutsideProject:
                return "give a path relative to the folder of passeur.yaml, inside it (copy or link the document there)"
            }
        }
    }

    /// Parses `passeur.yaml` text; `file` names it in errors.
    ///
    /// - Throws: `ProjectConfig.Error`, `LocaleTag.Error`.
    public init(yaml: String, file: String) throws {
        func at(_ node: Node?) -> SourceLocation {
            SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let problem = YAMLProblem(error, file: file)
            throw Error.syntax(problem.problem, at: problem.location)
        }
        guard let root, let mapping = root.mapping else {
            throw Error.wrongType(key: "passeur.yaml", expected: "a mapping of settings", at: at(root))
        }
        func string(_ node: Node, _ key: String) throws -> String {
            guard let s = node.scalar?.string else {
                throw Error.wrongType(key: key, expected: "a string", at: at(node))
            }
            return s
        }
        func strings(_ node: Node, _ key: String) throws -> [(String, Node)] {
            guard let sequence = node.sequence else {
                throw Error.wrongType(key: key, expected: "a list", at: at(node))
            }
            return try sequence.map { (try string($0, key), $0) }
        }
        var name: String?
        var source: LocaleTag?
        var targets: [LocaleTag]?
        var targetLocations: [LocaleTag: SourceLocation] = [:]
        var documents: [String]?
        var locations: [String: SourceLocation] = [:]
        var rules: String?
        var glossary: String?
        var abbreviations: [String: [String]] = [:]
        var disabled: Set<String> = []
        var severities: [String: Severity] = [:]
        var localeSettings: [String: LocaleCheckSettings] = [:]
        var editions = EditionSettings()
        func checkID(_ node: Node) throws -> String {
            let id = try string(node, "check")
            guard CheckRegistry.check(id: id) != nil || id == "suppression" else {
                throw Error.unknownCheck(id, at: at(node))
            }
            return id
        }
        for (keyNode, value) in mapping {
            let key = try string(keyNode, "key")
            switch key {
            case "name": name = try string(value, key)
            case "source-locale": source = try LocaleTag(string(value, key), at: at(value))
            case "target-locales":
                let list = try strings(value, key).map { (try LocaleTag($0.0, at: at($0.1)), at($0.1)) }
                targets = list.map(\.0)
                targetLocations = Dictionary(list, uniquingKeysWith: { first, _ in first })
                for (index, (tag, location)) in list.enumerated() where list[..<index].contains(where: { $0.0 == tag })
                {
                    throw Error.duplicateTarget(tag.identifier, at: location)
                }
            case "documents":
                let list = try strings(value, key)
                documents = list.map(\.0)
                for (path, node) in list {
                    guard locations[path] == nil else { throw Error.duplicateDocument(path, at: at(node)) }
                    guard Self.isInsideProject(path) else { throw Error.documentOutsideProject(path, at: at(node)) }
                    locations[path] = at(node)
                }
            case "glossary": glossary = try string(value, key)
            case "checks":
                guard let settings = value.mapping else {
                    throw Error.wrongType(key: key, expected: "a mapping", at: at(value))
                }
                for (subKey, subValue) in settings {
                    switch try string(subKey, "key") {
                    case "disable":
                        guard let list = subValue.sequence else {
                            throw Error.wrongType(key: "disable", expected: "a list of check ids", at: at(subValue))
                        }
                        disabled = Set(try list.map(checkID))
                    case "severity":
                        guard let pairs = subValue.mapping else {
                            throw Error.wrongType(
                                key: "severity", expected: "a mapping of check id to severity", at: at(subValue))
                        }
                        for (idNode, levelNode) in pairs {
                            let id = try checkID(idNode)
                            guard let level = Severity(rawValue: try string(levelNode, id)) else {
                                throw Error.wrongType(key: id, expected: "error, warning or info", at: at(levelNode))
                            }
                            severities[id] = level
                        }
                    case "locales":
                        guard let perLocale = subValue.mapping else {
                            throw Error.wrongType(
                                key: "locales", expected: "a mapping of locale to settings", at: at(subValue))
                        }
                        for (localeNode, settingsNode) in perLocale {
                            let locale = try LocaleTag(string(localeNode, "locale"), at: at(localeNode))
                            guard let pairs = settingsNode.mapping else {
                                throw Error.wrongType(
                                    key: locale.identifier, expected: "a mapping", at: at(settingsNode))
                            }
                            var settings = LocaleCheckSettings()
                            for (nameNode, valueNode) in pairs {
                                switch try string(nameNode, "setting") {
                                case "quotes":
                                    guard
                                        let style = LocaleCheckSettings.QuoteStyle(
                                            rawValue: try string(valueNode, "quotes"))
                                    else {
                                        throw Error.wrongType(
                                            key: "quotes", expected: "angle, curly or low", at: at(valueNode))
                                    }
                                    settings.quotes = style
                                case "length":
                                    let bounds = try strings(valueNode, "length").compactMap { Double($0.0) }
                                    guard bounds.count == 2, bounds[0] < bounds[1] else {
                                        throw Error.wrongType(
                                            key: "length", expected: "two numbers [low, high]", at: at(valueNode))
                                    }
                                    settings.length = bounds[0]...bounds[1]
                                case let other:
                                    throw Error.unknownKey("checks.locales.\(locale).\(other)", at: at(nameNode))
                                }
                            }
                            localeSettings[locale.identifier] = settings
                        }
                    case let other: throw Error.unknownKey("checks.\(other)", at: at(subKey))
                    }
                }
            case "editions":
                guard let settings = value.mapping else {
                    throw Error.wrongType(key: key, expected: "a mapping", at: at(value))
                }
                for (subKey, subValue) in settings {
                    switch try string(subKey, "key") {
                    case "author": editions.author = try string(subValue, "author")
                    case "original": editions.original = try string(subValue, "original")
                    case "license": editions.license = try string(subValue, "license")
                    case let other: throw Error.unknownKey("editions.\(other)", at: at(subKey))
                    }
                }
            case "segmentation":
                guard let settings = value.mapping else {
                    throw Error.wrongType(key: key, expected: "a mapping", at: at(value))
                }
                for (subKey, subValue) in settings {
                    switch try string(subKey, "key") {
                    case "rules": rules = try string(subValue, "rules")
                    case "abbreviations":
                        guard let perLocale = subValue.mapping else {
                            throw Error.wrongType(
                                key: "abbreviations", expected: "a mapping of locale to list", at: at(subValue))
                        }
                        for (localeNode, list) in perLocale {
                            let locale = try LocaleTag(string(localeNode, "locale"), at: at(localeNode))
                            abbreviations[locale.identifier] = try strings(list, "abbreviations").map(\.0)
                        }
                    case let other: throw Error.unknownKey("segmentation.\(other)", at: at(subKey))
                    }
                }
            default:
                throw Error.unknownKey(key, at: at(keyNode))
            }
        }
        guard let source else { throw Error.missingKey("source-locale", at: at(root)) }
        guard let targets, !targets.isEmpty else { throw Error.missingKey("target-locales", at: at(root)) }
        guard let documents, !documents.isEmpty else { throw Error.missingKey("documents", at: at(root)) }
        if targets.contains(source) {
            throw Error.targetIsSource(source.identifier, at: targetLocations[source] ?? at(root))
        }
        self.name = name ?? "passeur-project"
        self.sourceLocale = source
        self.targetLocales = targets
        self.documents = documents
        self.documentLocations = locations
        self.segmentationRules = rules
        self.glossary = glossary
        self.abbreviations = abbreviations
        self.disabledChecks = disabled
        self.checkSeverities = severities
        self.localeCheckSettings = localeSettings
        self.editions = editions
    }
}

extension ProjectConfig {
    /// Whether `path` names something inside the project folder: relative, and never above it.
    static func isInsideProject(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~") else { return false }
        var depth = 0
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": depth -= 1
            default: depth += 1
            }
            if depth < 0 { return false }
        }
        return depth > 0
    }
}

/// What a project's editions print about the work (`editions:` in `passeur.yaml`).
public struct EditionSettings: Sendable, Equatable {
    /// The author of the source documents.
    public var author: String?
    /// Where the original was published.
    public var original: String?
    /// The license or rights line.
    public var license: String?

    /// Creates settings.
    public init(author: String? = nil, original: String? = nil, license: String? = nil) {
        self.author = author
        self.original = original
        self.license = license
    }
}
