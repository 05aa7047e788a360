/// Flags a translation much shorter or longer than its source, for sentences long enough to judge.
///
/// The band is the target length over the source length, 0.5 to 2.0 by default: a French
/// sentence of 100 characters rendered in 30 or 250 has lost or gained something; a project
/// sets its own band per locale (`checks: locales: de: {length: [0.9, 1.8]}`). Segments
/// under 20 characters are not judged.
///
/// Short texts grow more in translation than long ones (a label of 25 characters often
/// takes 60 in French or German: « Could not load ui: %s », « Impossible de charger
/// l’interface utilisateur : %s »): with the default band, the upper bound rises from 2.0 at
/// 80 characters to 3.0 at 20.
///
/// Software messages (plain text) are not judged: their translations spell jargon out (`DDE
/// transaction busy` → « La transaction d’échange de données dynamiques (DDE) est très
/// chargée »), shorten official names (`Syrian Arab Republic` → « Syrie »), replace samples
/// and templates (a pangram, a chart of accounts) and add the translation team's address; on
/// Debian's reviewed catalogs, four findings in five were such.
struct LengthCheck: UnitCheck {
    /// `length`.
    static let id = "length"
    /// Worth a look, often fine.
    static let defaultSeverity = Severity.info
    /// The help line.
    static let summary = "The translation's length is within 0.5 to 2 times the source's (3 times for short texts)."

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
        guard context.source(of: unit).markup != .plain else { return [] }
        let band = context.settings.length ?? Self.band(self.band, forSourceLength: source)
        guard !band.contains(ratio) else { return [] }
        return [context.finding(Self.self, unit, String(format: "translation is %.1f× the source's length", ratio))]
    }

    /// `band` with its upper bound raised for a short source: one more at 20 characters,
    /// nothing from 80 on, linearly between.
    static func band(_ band: ClosedRange<Double>, forSourceLength length: Int) -> ClosedRange<Double> {
        let extra = max(0, Double(80 - length) / 60)
        return band.lowerBound...(band.upperBound + extra)
    }
}
