import Foundation

/// A term base: concepts of a community's jargon with their terms in every locale.
///
/// Stored as YAML (`Glossary/bitcoin.yaml`, see `Glossary/README.md`) and
/// exchanged as TBX or CSV. The first of `locales` is the source language.
public struct Glossary: Equatable, Sendable {
    /// A human name for the term base.
    public var name: String
    /// The locales the term base covers, the source first.
    public var locales: [LocaleTag]
    /// The concepts, in file order.
    public var concepts: [Concept]

    /// Creates a term base.
    public init(name: String, locales: [LocaleTag], concepts: [Concept]) {
        self.name = name
        self.locales = locales
        self.concepts = concepts
    }

    /// The source locale (the first declared).
    public var sourceLocale: LocaleTag? { locales.first }

    /// The concept with this id.
    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }
}

/// One notion (« orange pill », « HODL »), whatever the language.
public struct Concept: Equatable, Sendable {
    /// A stable kebab-case id, unique in the term base.
    public var id: String
    /// The subject field: slang, technical, economics, people, culture, …
    public var domain: String?
    /// Definitions by locale identifier (English at least).
    var definitions: [String: String]
    /// Notes for translators.
    public var note: String?
    /// Terms by locale identifier, in order of preference.
    public var terms: [String: [Term]]
    /// Where the concept is written, for errors (not compared).
    public var location: SourceLocation?

    /// Creates a concept.
    public init(
        id: String, domain: String? = nil, definitions: [String: String] = [:], note: String? = nil,
        terms: [String: [Term]] = [:], location: SourceLocation? = nil
    ) {
        self.id = id
        self.domain = domain
        self.definitions = definitions
        self.note = note
        self.terms = terms
        self.location = location
    }

    /// The terms of a locale.
    public func terms(for locale: LocaleTag) -> [Term] { terms[locale.identifier] ?? [] }

    /// The preferred and admitted terms of a locale: the renderings a translation may use.
    func allowedTerms(for locale: LocaleTag) -> [Term] { terms(for: locale).filter { $0.status != .forbidden } }

    /// Whether the two are equal; where they were read from does not count.
    public static func == (a: Concept, b: Concept) -> Bool {
        a.id == b.id && a.domain == b.domain && a.definitions == b.definitions && a.note == b.note && a.terms == b.terms
    }
}

/// A term of a concept in one locale.
public struct Term: Equatable, Sendable {
    /// How a term may be used.
    public enum Status: String, Sendable, CaseIterable {
        /// The rendering to use.
        case preferred
        /// Acceptable, when the preferred one does not fit.
        case admitted
        /// Never to be used: a false friend, a known mistranslation, a pejorative misuse.
        case forbidden
    }

    /// The term as written.
    public var text: String
    /// How it may be used.
    public var status: Status
    /// Why a forbidden term is forbidden.
    public var reason: String?
    /// The term stays as is in every translation (HODL, UTXO).
    var doNotTranslate: Bool
    /// Only this exact case matches (Bitcoin the network, not bitcoin the unit).
    var caseSensitive: Bool
    /// noun, verb, adjective, phrase…
    var partOfSpeech: String?
    /// Other spellings and inflections that count as this term (no-coiner, nocoiner).
    var variants: [String]
    /// A note for translators.
    public var note: String?

    /// Creates a term.
    public init(
        _ text: String, status: Status = .preferred, reason: String? = nil, doNotTranslate: Bool = false,
        caseSensitive: Bool = false, partOfSpeech: String? = nil, variants: [String] = [], note: String? = nil
    ) {
        self.text = text
        self.status = status
        self.reason = reason
        self.doNotTranslate = doNotTranslate
        self.caseSensitive = caseSensitive
        self.partOfSpeech = partOfSpeech
        self.variants = variants
        self.note = note
    }

    /// The term and its variants.
    public var forms: [String] { [text] + variants }
}

extension Glossary {
    /// The term base at `path`, in the format its extension names: TBX (`.tbx`), CSV (`.csv`)
    /// or Passeur's YAML (any other); named by its file name when the format has no name. A
    /// catalog, a memory or a text file (`.po`, `.xlf`, `.tmx`, `.txt`…) is refused by its extension.
    ///
    /// - Throws: `FileError`, `GlossaryError`, `CSVTable.Error`, `LocaleTag.Error`.
    public static func read(termBase path: String) throws -> Glossary {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        if Self.otherKinds.contains(fileExtension) {
            throw GlossaryError.notATermBase(
                extension: fileExtension, at: SourceLocation(file: path, line: 1, column: 1))
        }
        switch fileExtension {
        case "tbx": return try readTBX(path: path)
        case "csv":
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return try Glossary(csv: TextFile.read(path), file: path, name: name)
        default: return try read(path: path)
        }
    }

    /// The extensions of files that are no term base: catalogs, memories, word lists, documents.
    static let otherKinds: Set<String> = ["po", "pot", "mo", "xlf", "xliff", "tmx", "txt", "md"]
}
