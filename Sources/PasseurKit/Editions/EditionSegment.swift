/// One segment of an edition: the source sentence and what the edition prints for it.
struct EditionSegment: Sendable, Equatable {
    /// Whether the segment has a translation an edition may print.
    enum Status: String, Sendable, Codable {
        /// Translated, reviewed or final.
        case translated
        /// Only a fuzzy translation: not printed.
        case fuzzy
        /// No translation, or no unit in the catalog.
        case missing
    }

    /// The source sentence, with its inline Markdown.
    var source: String
    /// The translation, when `status` is `translated`.
    var target: String?
    /// Whether a translation is printed.
    var status: Status
    /// Whether the translation is reviewed or final.
    var isReviewed: Bool
    /// Where the sentence is in the source document.
    var location: SourceLocation
    /// Where its unit is in the catalog (its `msgstr` line), when there is one.
    var catalogLocation: SourceLocation?

    /// Creates a segment.
    init(
        source: String, target: String?, status: Status, isReviewed: Bool = false, location: SourceLocation,
        catalogLocation: SourceLocation? = nil
    ) {
        self.source = source
        self.target = target
        self.status = status
        self.isReviewed = isReviewed
        self.location = location
        self.catalogLocation = catalogLocation
    }
}
