/// Translation units as exchanged with translators' tools, whatever the format: the one
/// model every `CatalogFormat` reads and writes.
///
/// Exports are built from a catalog (`init(catalog:…)`), with the glossary terms and memory
/// candidates of each unit added by the caller; imports are merged into a catalog by
/// `CatalogImport`, by id and source.
public struct ExchangeFile: Equatable, Sendable {
    /// A text in one language.
    public struct LocaleText: Equatable, Sendable {
        /// The language tag as the file writes it.
        public var locale: String
        /// The text, as Markdown.
        public var text: String
    }

    /// A glossary entry for a unit: the source term and its renderings (XLIFF 2's glossary module).
    public struct GlossaryEntry: Equatable, Sendable {
        /// The term as found in the source.
        public var term: String
        /// The preferred and admitted terms of the target locale.
        public var translations: [String]
        /// The concept's definition (English).
        public var definition: String?
    }

    /// A translation candidate from the memory (XLIFF 2's translation-candidates module).
    public struct Candidate: Equatable, Sendable {
        /// The memory's source.
        public var source: String
        /// The memory's target.
        public var target: String
        /// The similarity, 0–100.
        public var score: Int
        /// Where it comes from (catalog or TMX file).
        public var origin: String
    }

    /// One unit of the file.
    public struct Unit: Equatable, Sendable {
        /// The unit's id in the file (Passeur writes `TranslationUnit.exchangeID`).
        public var id: String
        /// The catalog's `msgctxt`, if any.
        public var context: String?
        /// The source, as Markdown.
        public var source: String
        /// The target, as Markdown, if any.
        public var target: String?
        /// The state the file gives the target; nil when the format has none (TMX, plain CSV).
        public var state: TranslationUnit.State?
        /// Translators' notes.
        public var notes: [String]
        /// Where the source comes from (`document:line`).
        public var references: [String]
        /// Notes for translators written by the extraction (block type).
        public var descriptions: [String]
        /// The source the translation was made for, when it changed since (a fuzzy unit).
        public var previousSource: String?
        /// The glossary terms found in the source, for export.
        public var glossary: [GlossaryEntry]
        /// Translation candidates from the memory, for export.
        public var candidates: [Candidate]
        /// The unit's own source language where it differs from the file's (TMX `<tu srclang>`).
        public var sourceLocale: String?
        /// Texts in further languages (a multilingual TMX unit), besides the source and the target.
        public var otherTexts: [LocaleText]
        /// Where the unit is in the file, for reports.
        public var location: SourceLocation
        /// Where its target's text starts, when the file has one (XLIFF's `<target>`): where
        /// the checks of a file point.
        var targetLocation: SourceLocation?

        /// Creates a unit.
        init(
            id: String, context: String? = nil, source: String, target: String?, state: TranslationUnit.State?,
            notes: [String] = [], references: [String] = [], descriptions: [String] = [],
            previousSource: String? = nil, glossary: [GlossaryEntry] = [], candidates: [Candidate] = [],
            sourceLocale: String? = nil, otherTexts: [LocaleText] = [], location: SourceLocation
        ) {
            self.id = id
            self.context = context
            self.source = source
            self.target = target
            self.state = state
            self.notes = notes
            self.references = references
            self.descriptions = descriptions
            self.previousSource = previousSource
            self.glossary = glossary
            self.candidates = candidates
            self.sourceLocale = sourceLocale
            self.otherTexts = otherTexts
            self.location = location
        }

        /// The state to write: the file's, or what the target implies when the file has none.
        var effectiveState: TranslationUnit.State { state ?? (target == nil ? .new : .translated) }
    }

    /// The source language the file declares.
    public var sourceLocale: String?
    /// The target language the file declares.
    public var targetLocale: String?
    /// The document the units come from (`original` in XLIFF).
    public var original: String?
    /// The units, in file order.
    public var units: [Unit]

    /// Creates a file.
    init(sourceLocale: String?, targetLocale: String?, original: String?, units: [Unit]) {
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.original = original
        self.units = units
    }

    /// The active units of `catalog`, for export: ids, contexts, notes, references and
    /// previous sources as the catalog has them.
    public init(catalog: Catalog, path: String, sourceLocale: LocaleTag, targetLocale: LocaleTag, document: String) {
        self.init(
            sourceLocale: sourceLocale.identifier, targetLocale: targetLocale.identifier, original: document,
            units: Self.units(of: catalog, path: path))
    }

    /// The active units of `catalog` as exchange units; `path` locates those read from no file.
    static func units(of catalog: Catalog, path: String) -> [Unit] {
        catalog.activeUnits.map { unit in
            Unit(
                id: unit.exchangeID, context: unit.context, source: unit.source,
                target: unit.hasTarget ? unit.target : nil, state: unit.state, notes: unit.translatorComments,
                references: unit.references, descriptions: unit.extractedComments, previousSource: unit.previousSource,
                location: unit.location ?? SourceLocation(file: path, line: 1, column: 1))
        }
    }
}

extension TranslationUnit {
    /// A stable id for exchange files: `u` and the 64-bit FNV-1a hash of context and source, so
    /// a unit keeps its id when others are added or removed.
    var exchangeID: String {
        var hasher = FNV1a()
        hasher.combine((context.map { $0 + "\u{4}" } ?? "").utf8)
        hasher.combine(source.utf8)
        let hex = String(hasher.value, radix: 16)
        return "u" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
