/// What a project sets per target locale for the checks (`checks: locales:` in `passeur.yaml`).
///
/// ```yaml
/// checks:
///   locales:
///     es: {quotes: angle}          # « … » (angle), “ … ” (curly) or „ … “ (low)
///     de: {length: [0.9, 1.8]}     # the accepted target/source length band
/// ```
public struct LocaleCheckSettings: Sendable, Equatable {
    /// The quotation marks a locale's editions use.
    public enum QuoteStyle: String, Sendable, CaseIterable {
        /// « … », as French, Spanish and Portuguese editorial style often want.
        case angle
        /// “ … ”, as English does.
        case curly
        /// „ … “, as German does.
        case low
    }

    /// The quotation marks required, if the project says.
    var quotes: QuoteStyle?
    /// The accepted target/source length band, if the project says.
    var length: ClosedRange<Double>?

    /// Creates settings.
    public init(quotes: QuoteStyle? = nil, length: ClosedRange<Double>? = nil) {
        self.quotes = quotes
        self.length = length
    }
}
