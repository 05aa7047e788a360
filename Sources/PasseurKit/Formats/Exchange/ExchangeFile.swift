/// Translation units as exchanged with translators' tools, whatever the format.
///
/// Readers of XLIFF, TMX, CSV and PO produce one; exports are built from a
/// catalog. Import matches its units against the catalog by id and source.
public struct ExchangeFile: Equatable, Sendable {
    /// One unit of the file.
    public struct Unit: Equatable, Sendable {
        /// The unit's id in the file (Passeur writes `TranslationUnit.exchangeID`).
        public var id: String
        /// The source, as Markdown.
        public var source: String
        /// The target, as Markdown, if any.
        public var target: String?
        /// The state the file gives the target; nil when the format has none (TMX, plain CSV).
        public var state: TranslationUnit.State?
        /// Notes from the file.
        public var notes: [String]
        /// Where the unit is in the file, for reports.
        public var location: SourceLocation

        /// Creates a unit.
        public init(
            id: String, source: String, target: String?, state: TranslationUnit.State?, notes: [String] = [],
            location: SourceLocation
        ) {
            self.id = id
            self.source = source
            self.target = target
            self.state = state
            self.notes = notes
            self.location = location
        }
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
    public init(sourceLocale: String?, targetLocale: String?, original: String?, units: [Unit]) {
        self.sourceLocale = sourceLocale
        self.targetLocale = targetLocale
        self.original = original
        self.units = units
    }
}

extension TranslationUnit {
    /// A stable id for exchange files: `u` and a hash of context and source, so a
    /// unit keeps its id when others are added or removed.
    public var exchangeID: String {
        var hasher = FNV1a()
        hasher.combine((context.map { $0 + "\u{4}" } ?? "").utf8)
        hasher.combine(source.utf8)
        let hex = String(hasher.value, radix: 16)
        return "u" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
