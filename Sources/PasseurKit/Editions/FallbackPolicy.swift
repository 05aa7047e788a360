/// What an edition prints where a segment has no finished translation (none, or only a fuzzy one).
///
/// Fuzzy translations are never published, as `msgfmt` leaves them out of compiled catalogs.
public enum FallbackPolicy: String, Sendable, CaseIterable, Codable {
    /// Refuse to build the locale, listing the segments (the default: a publication is complete).
    case fail
    /// Print the source sentence, tagged with the source language.
    case source
    /// Print the source sentence, highlighted so a reader sees it is not translated.
    case mark
}
