/// Flags a translation much shorter or longer than its source, for sentences long enough to judge.
///
/// The band is the target length over the source length, 0.5 to 2.0 by default: a French
/// sentence of 100 characters rendered in 30 or 250 has lost or gained something; a project
/// sets its own band per locale (`checks: locales: de: {length: [0.9, 1.8]}`). Segments
/// under 20 characters are not judged.
struct LengthCheck: UnitCheck {
    /// `length`.
    static let id = "length"
    /// Worth a look, often fine.
    static let defaultSeverity = Severity.info
    /// The help line.
    static let summary = "The translation's length is within 0.5 to 2 times the source's."

    /// The accepted band of target/source length.
    var band: ClosedRange<Double> = 0.5...2.0

    /// Creates the check.
    init() {}

    /// A finding when the ratio is outside the band.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let source = context.source(of: unit).length
        let target = context.target(of: unit).length
        guard source >= 20 else { return [] }
        let ratio = Double(target) / Double(source)
        let band = context.settings.length ?? self.band
        guard !band.contains(ratio) else { return [] }
        return [context.finding(Self.self, unit, String(format: "translation is %.1f× the source's length", ratio))]
    }
}
