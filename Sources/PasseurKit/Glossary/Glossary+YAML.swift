import Foundation
import Yams

/// The term base's YAML form: the file volunteers edit by hand.
extension Glossary {
    /// Reads the term base at `path`.
    ///
    /// - Throws: `FileError`, `GlossaryError`, `LocaleTag.Error`.
    public static func read(path: String) throws -> Glossary {
        try Glossary(yaml: TextFile.read(path), file: path)
    }

    /// Parses the YAML of a term base; `file` names it in errors.
    ///
    /// - Throws: `GlossaryError`, `LocaleTag.Error`.
    public init(yaml: String, file: String) throws {
        var reader = YAMLTermBaseReader(file: file)
        self = try reader.read(yaml)
    }

    /// The YAML of the term base once it has been read back to the same term base: what an
    /// import writes is always a file Passeur reads. `file` names the output in errors.
    ///
    /// - Throws: the reader's error for the written text, when it cannot be read back.
    public func verifiedYAML(file: String) throws -> String {
        let text = yaml
        _ = try Glossary(yaml: text, file: file)
        return text
    }

    /// The term base as YAML, in the same form a volunteer writes: a term that is
    /// only preferred is a plain string, others are one-line mappings.
    /// The same term base always gives the same bytes.
    public var yaml: String {
        var out = "# Term base: see Glossary/README.md for the schema.\n"
        out += "name: \(YAMLText.scalar(name))\n"
        out += "locales: [\(locales.map(\.identifier).joined(separator: ", "))]\n"
        out += "concepts:\n"
        let order = locales.map(\.identifier)
        for concept in concepts {
            out += "  - id: \(YAMLText.scalar(concept.id))\n"
            if let domain = concept.domain { out += "    domain: \(YAMLText.scalar(domain))\n" }
            if !concept.definitions.isEmpty {
                out += "    definition:\n"
                for locale in Self.ordered(concept.definitions.keys, by: order) {
                    out += "      \(locale): \(YAMLText.scalar(concept.definitions[locale] ?? ""))\n"
                }
            }
            if let note = concept.note { out += "    note: \(YAMLText.scalar(note))\n" }
            out += concept.terms.isEmpty ? "    terms: {}\n" : "    terms:\n"
            for locale in Self.ordered(concept.terms.keys, by: order) {
                let terms = concept.terms[locale] ?? []
                out += "      \(locale): [" + terms.map(Self.yaml(for:)).joined(separator: ", ") + "]\n"
            }
        }
        return out
    }

    private static func ordered<S: Sequence>(_ keys: S, by order: [String]) -> [String] where S.Element == String {
        keys.sorted { (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1) }
    }

    private static func yaml(for term: Term) -> String {
        var fields: [String] = []
        if term.status != .preferred { fields.append("status: \(term.status.rawValue)") }
        if let reason = term.reason { fields.append("reason: \(YAMLText.scalar(reason))") }
        if term.doNotTranslate { fields.append("dnt: true") }
        if term.caseSensitive { fields.append("case-sensitive: true") }
        if let pos = term.partOfSpeech { fields.append("pos: \(YAMLText.scalar(pos))") }
        if !term.variants.isEmpty {
            fields.append("variants: [\(term.variants.map(YAMLText.scalar).joined(separator: ", "))]")
        }
        if let note = term.note { fields.append("note: \(YAMLText.scalar(note))") }
        if fields.isEmpty { return YAMLText.scalar(term.text) }
        return "{term: \(YAMLText.scalar(term.text)), " + fields.joined(separator: ", ") + "}"
    }
}

/// Quoting for hand-readable YAML.
enum YAMLText {
    /// `text` bare when YAML reads it back as the same string, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        let special = Set(":#,[]{}&*!|>'\"%@`\\")
        let lower = text.lowercased()
        let ambiguous =
            ["", "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lower)
            || Double(text) != nil || text.first == "-" || text.first == "?" || text.hasPrefix(" ")
            || text.hasSuffix(" ")
        if !ambiguous, !text.contains(where: { special.contains($0) || $0.isNewline || $0 == "\t" }) { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Builds a `Glossary` from YAML nodes, with the location of every problem.
struct YAMLTermBaseReader {
    let file: String

    func at(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    func string(_ node: Node, _ key: String) throws -> String {
        guard let s = node.scalar?.string else {
            throw GlossaryError.wrongType(key: key, expected: "a string", at: at(node))
        }
        return s
    }

    func bool(_ node: Node, _ key: String) throws -> Bool {
        switch try string(node, key).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw GlossaryError.wrongType(key: key, expected: "true or false", at: at(node))
        }
    }

    func mapping(_ node: Node, _ key: String) throws -> Node.Mapping {
        guard let m = node.mapping else { throw GlossaryError.wrongType(key: key, expected: "a mapping", at: at(node)) }
        return m
    }

    func sequence(_ node: Node, _ key: String) throws -> Node.Sequence {
        guard let s = node.sequence else { throw GlossaryError.wrongType(key: key, expected: "a list", at: at(node)) }
        return s
    }

    mutating func read(_ yaml: String) throws -> Glossary {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let problem = YAMLProblem(error, file: file)
            throw GlossaryError.syntax(problem.problem, at: problem.location)
        }
        guard let root else { throw GlossaryError.missingKey("concepts", at: at(nil)) }
        var name = "glossary"
        var locales: [LocaleTag] = []
        var conceptNodes: Node.Sequence?
        for (keyNode, value) in try mapping(root, "term base") {
            switch try string(keyNode, "key") {
            case "name": name = try string(value, "name")
            case "locales":
                locales = try sequence(value, "locales").map { try LocaleTag(string($0, "locale"), at: at($0)) }
            case "concepts": conceptNodes = try sequence(value, "concepts")
            case let other: throw GlossaryError.unknownKey(other, at: at(keyNode))
            }
        }
        guard !locales.isEmpty else { throw GlossaryError.missingKey("locales", at: at(root)) }
        guard let conceptNodes else { throw GlossaryError.missingKey("concepts", at: at(root)) }
        let declared = Set(locales.map(\.identifier))
        var seen: [String: SourceLocation] = [:]
        var concepts: [Concept] = []
        for node in conceptNodes {
            let concept = try readConcept(node, declared: declared)
            if let first = seen[concept.id] {
                throw GlossaryError.duplicateConcept(concept.id, firstAt: first, at: concept.location ?? at(node))
            }
            seen[concept.id] = concept.location
            concepts.append(concept)
        }
        return Glossary(name: name, locales: locales, concepts: concepts)
    }

    func readConcept(_ node: Node, declared: Set<String>) throws -> Concept {
        var concept = Concept(id: "", location: at(node))
        var idNode: Node?
        for (keyNode, value) in try mapping(node, "concept") {
            switch try string(keyNode, "key") {
            case "id":
                concept.id = try string(value, "id")
                concept.location = at(value)
                idNode = value
            case "domain": concept.domain = try string(value, "domain")
            case "note": concept.note = try string(value, "note")
            case "definition":
                for (localeNode, text) in try mapping(value, "definition") {
                    let locale = try string(localeNode, "locale")
                    guard declared.contains(locale) else {
                        throw GlossaryError.undeclaredLocale(locale, at: at(localeNode))
                    }
                    concept.definitions[locale] = try string(text, "definition")
                }
            case "terms":
                for (localeNode, list) in try mapping(value, "terms") {
                    let locale = try string(localeNode, "locale")
                    guard declared.contains(locale) else {
                        throw GlossaryError.undeclaredLocale(locale, at: at(localeNode))
                    }
                    let terms = try sequence(list, "terms").map(readTerm)
                    try checkStatuses(terms, nodes: Array(try sequence(list, "terms")))
                    concept.terms[locale] = terms
                }
            case let other: throw GlossaryError.unknownKey(other, at: at(keyNode))
            }
        }
        guard idNode != nil, !concept.id.isEmpty else { throw GlossaryError.missingKey("id", at: at(node)) }
        return concept
    }

    func checkStatuses(_ terms: [Term], nodes: [Node]) throws {
        var statusByForm: [String: Term.Status] = [:]
        for (term, node) in zip(terms, nodes) {
            for form in term.forms {
                let key = ICUText.foldCase(form)
                if let other = statusByForm[key], (other == .forbidden) != (term.status == .forbidden) {
                    throw GlossaryError.conflictingStatus(form, at: at(node))
                }
                statusByForm[key] = term.status
            }
        }
    }

    func readTerm(_ node: Node) throws -> Term {
        if let text = node.scalar?.string {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw GlossaryError.emptyTerm(at: at(node))
            }
            return Term(text)
        }
        var term = Term("")
        var hasText = false
        for (keyNode, value) in try mapping(node, "term") {
            let key = try string(keyNode, "key")
            switch key {
            case "term":
                term.text = try string(value, key)
                hasText = true
            case "status":
                let raw = try string(value, key)
                guard let status = Term.Status(rawValue: raw) else {
                    throw GlossaryError.unknownStatus(raw, at: at(value))
                }
                term.status = status
            case "reason": term.reason = try string(value, key)
            case "dnt": term.doNotTranslate = try bool(value, key)
            case "case-sensitive": term.caseSensitive = try bool(value, key)
            case "pos": term.partOfSpeech = try string(value, key)
            case "note": term.note = try string(value, key)
            case "variants":
                term.variants = try sequence(value, key).map { node in
                    let variant = try string(node, "variant")
                    guard !variant.isEmpty else { throw GlossaryError.emptyTerm(at: at(node)) }
                    return variant
                }
            default: throw GlossaryError.unknownKey(key, at: at(keyNode))
            }
        }
        guard hasText, !term.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw GlossaryError.emptyTerm(at: at(node))
        }
        return term
    }
}
