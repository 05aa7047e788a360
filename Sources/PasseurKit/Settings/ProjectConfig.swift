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
    var segmentationRules: String?
    /// The term base, relative to the project folder.
    public var glossary: String?
    /// Extra abbreviations per locale identifier.
    public var abbreviations: [String: [String]]
    /// Checks turned off (`checks: disable: [length]`).
    var disabledChecks: Set<String> = []
    /// Severities set by the project (`checks: severity: {start-capital: info}`).
    var checkSeverities: [String: Severity] = [:]
    /// Per-locale check settings (`checks: locales: es: {quotes: angle}`).
    var localeCheckSettings: [String: LocaleCheckSettings] = [:]
    /// What editions print about the work (`editions:`).
    var editions = EditionSettings()
    /// Where each document was declared, for errors about it.
    var documentLocations: [String: SourceLocation]

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
            case .unknownCheck(let id, _):
                return (CheckRegistry.closestID(to: id).map { "did you mean '\($0)'? " } ?? "")
                    + "passeur check --list shows the check ids"
            case .duplicateTarget, .duplicateDocument: return "remove the second one"
            case .targetIsSource: return "remove it from target-locales: the source is not translated into itself"
            case .documentOutsideProject:
                return "give a path relative to the folder of passeur.yaml, inside it (copy or link the document there)"
            }
        }
    }

    /// Parses `passeur.yaml` text; `file` names it in errors.
    ///
    /// The settings are read in the order written, each section by a function of its own;
    /// the first problem found is thrown.
    ///
    /// - Throws: `ProjectConfig.Error`, `LocaleTag.Error`.
    public init(yaml: String, file: String) throws {
        guard let root = try ConfigNode.parse(yaml, file: file) else {
            throw Error.wrongType(
                key: "passeur.yaml", expected: "a mapping of settings",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        var name: String?
        var source: LocaleTag?
        var targets: [(tag: LocaleTag, location: SourceLocation)]?
        var documents: [(path: String, location: SourceLocation)]?
        var glossary: String?
        var segmentation = Segmentation()
        var checks = Checks()
        var editions = EditionSettings()
        for (key, value) in try root.mapping("passeur.yaml", expected: "a mapping of settings") {
            switch try key.string("key") {
            case "name": name = try value.string("name")
            case "source-locale": source = try value.locale("source-locale")
            case "target-locales": targets = try Self.targetLocales(value)
            case "documents": documents = try Self.documents(value)
            case "glossary": glossary = try value.string("glossary")
            case "segmentation": segmentation = try Self.segmentation(value)
            case "checks": checks = try Self.checks(value)
            case "editions": editions = try Self.editions(value)
            case let other: throw key.unknownKey(other)
            }
        }
        guard let source else { throw Error.missingKey("source-locale", at: root.location) }
        guard let targets, !targets.isEmpty else { throw Error.missingKey("target-locales", at: root.location) }
        guard let documents, !documents.isEmpty else { throw Error.missingKey("documents", at: root.location) }
        if let target = targets.first(where: { $0.tag == source }) {
            throw Error.targetIsSource(source.identifier, at: target.location)
        }
        self.name = name ?? "passeur-project"
        self.sourceLocale = source
        self.targetLocales = targets.map(\.tag)
        self.documents = documents.map(\.path)
        self.documentLocations = Dictionary(uniqueKeysWithValues: documents.map { ($0.path, $0.location) })
        self.segmentationRules = segmentation.rules
        self.glossary = glossary
        self.abbreviations = segmentation.abbreviations
        self.disabledChecks = checks.disabled
        self.checkSeverities = checks.severities
        self.localeCheckSettings = checks.locales
        self.editions = editions
    }
}

// MARK: - The sections of passeur.yaml

extension ProjectConfig {
    /// The `checks:` section of a `passeur.yaml` (`passeur check --config FILE`), read as the
    /// project reads it; the other settings are not read. The defaults when there is none.
    ///
    /// - Throws: `ProjectConfig.Error`, `LocaleTag.Error`.
    public static func checkSettings(yaml: String, file: String) throws -> CheckRunner.Settings {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let root = try ConfigNode.parse(yaml, file: file) else {
            throw Error.wrongType(
                key: name, expected: "a mapping of settings", at: SourceLocation(file: file, line: 1, column: 1))
        }
        var checks = Checks()
        for (key, value) in try root.mapping(name, expected: "a mapping of settings") {
            let setting = try key.string("key")
            // The other settings of a passeur.yaml are not read here, but a typo is still an error.
            guard Self.settingNames.contains(setting) else { throw key.unknownKey(setting) }
            if setting == "checks" { checks = try Self.checks(value) }
        }
        return CheckRunner.Settings(
            sourceLocale: LocaleTag(uncheckedLanguage: "en"), disabledChecks: checks.disabled,
            severities: checks.severities, localeSettings: checks.locales)
    }

    /// The settings a `passeur.yaml` may hold, as the README lists them.
    static let settingNames: Set<String> = [
        "name", "source-locale", "target-locales", "documents", "glossary", "segmentation", "checks", "editions",
    ]

    /// What `segmentation:` sets.
    private struct Segmentation {
        var rules: String?
        var abbreviations: [String: [String]] = [:]
    }

    /// What `checks:` sets.
    private struct Checks {
        var disabled: Set<String> = []
        var severities: [String: Severity] = [:]
        var locales: [String: LocaleCheckSettings] = [:]
    }

    /// `target-locales: [en, es]`: each locale with where it is written; one listed twice is an error.
    private static func targetLocales(_ node: ConfigNode) throws -> [(tag: LocaleTag, location: SourceLocation)] {
        let list = try node.strings("target-locales").map { item in
            (tag: try LocaleTag(item.value, at: item.node.location), location: item.node.location)
        }
        for (index, item) in list.enumerated() where list[..<index].contains(where: { $0.tag == item.tag }) {
            throw Error.duplicateTarget(item.tag.identifier, at: item.location)
        }
        return list
    }

    /// `documents: [a.md]`: each path with where it is written; a path listed twice or outside the
    /// project folder is an error.
    private static func documents(_ node: ConfigNode) throws -> [(path: String, location: SourceLocation)] {
        let list = try node.strings("documents")
        var seen: Set<String> = []
        for (path, item) in list {
            guard seen.insert(path).inserted else { throw Error.duplicateDocument(path, at: item.location) }
            guard isInsideProject(path) else { throw Error.documentOutsideProject(path, at: item.location) }
        }
        return list.map { (path: $0.value, location: $0.node.location) }
    }

    /// `segmentation: {rules: rules.srx, abbreviations: {fr: [Éd.]}}`.
    private static func segmentation(_ node: ConfigNode) throws -> Segmentation {
        var segmentation = Segmentation()
        for (key, value) in try node.mapping("segmentation") {
            switch try key.string("key") {
            case "rules": segmentation.rules = try value.string("rules")
            case "abbreviations":
                for (locale, list) in try value.mapping("abbreviations", expected: "a mapping of locale to list") {
                    let locale = try locale.locale("locale")
                    segmentation.abbreviations[locale.identifier] = try list.strings("abbreviations").map(\.value)
                }
            case let other: throw key.unknownKey("segmentation.\(other)")
            }
        }
        return segmentation
    }

    /// `checks: {disable: [length], severity: {start-capital: info}, locales: {es: {quotes: angle}}}`.
    private static func checks(_ node: ConfigNode) throws -> Checks {
        var checks = Checks()
        for (key, value) in try node.mapping("checks") {
            switch try key.string("key") {
            case "disable":
                checks.disabled = Set(try value.sequence("disable", expected: "a list of check ids").map(checkID))
            case "severity":
                for (id, level) in try value.mapping("severity", expected: "a mapping of check id to severity") {
                    let id = try checkID(id)
                    checks.severities[id] = try level.value(id, expected: "error, warning or info") as Severity
                }
            case "locales":
                for (locale, settings) in try value.mapping("locales", expected: "a mapping of locale to settings") {
                    let locale = try locale.locale("locale")
                    checks.locales[locale.identifier] = try localeCheckSettings(settings, locale: locale)
                }
            case let other: throw key.unknownKey("checks.\(other)")
            }
        }
        return checks
    }

    /// One locale's entry under `checks: locales:`, such as `{quotes: angle, length: [0.9, 1.8]}`.
    private static func localeCheckSettings(_ node: ConfigNode, locale: LocaleTag) throws -> LocaleCheckSettings {
        var settings = LocaleCheckSettings()
        for (key, value) in try node.mapping(locale.identifier) {
            switch try key.string("setting") {
            case "quotes": settings.quotes = try value.value("quotes", expected: "angle, curly or low")
            case "length":
                // Every item must be a number: `[a, 0.9, 1.8]` is an error, not 0.9…1.8.
                let items = try value.strings("length")
                let bounds = items.compactMap { Double($0.value) }
                guard items.count == 2, bounds.count == 2, bounds[0] < bounds[1] else {
                    throw value.wrongType("length", expected: "two numbers [low, high]")
                }
                settings.length = bounds[0]...bounds[1]
            case let other: throw key.unknownKey("checks.locales.\(locale).\(other)")
            }
        }
        return settings
    }

    /// A check id, in `checks: disable:` or `checks: severity:`: one a check has, or `suppression`.
    private static func checkID(_ node: ConfigNode) throws -> String {
        let id = try node.string("check")
        guard CheckRegistry.check(id: id) != nil || id == "suppression" else {
            throw Error.unknownCheck(id, at: node.location)
        }
        return id
    }

    /// `editions: {author: …, original: …, license: …}`.
    private static func editions(_ node: ConfigNode) throws -> EditionSettings {
        var editions = EditionSettings()
        for (key, value) in try node.mapping("editions") {
            switch try key.string("key") {
            case "author": editions.author = try value.string("author")
            case "original": editions.original = try value.string("original")
            case "license": editions.license = try value.string("license")
            case let other: throw key.unknownKey("editions.\(other)")
            }
        }
        return editions
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
struct EditionSettings: Sendable, Equatable {
    /// The author of the source documents.
    var author: String?
    /// Where the original was published.
    var original: String?
    /// The license or rights line.
    var license: String?

    /// Creates settings.
    init(author: String? = nil, original: String? = nil, license: String? = nil) {
        self.author = author
        self.original = original
        self.license = license
    }
}
