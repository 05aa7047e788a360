/// Flags a URL or e-mail address of the source that the translation does not carry unchanged.
struct URLsCheck: UnitCheck {
    /// `urls-emails`.
    static let id = "urls-emails"
    /// A changed address sends readers elsewhere.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "Every URL and e-mail address of the source appears unchanged in the translation."

    /// One finding per address the target lacks.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        let (source, target) = (context.source(of: unit).urlsAndEmails, context.target(of: unit).urlsAndEmails)
        return TextFeatures.missing(source, from: target).map {
            context.finding(Self.self, unit, "\($0) is missing or changed")
        }
    }
}
