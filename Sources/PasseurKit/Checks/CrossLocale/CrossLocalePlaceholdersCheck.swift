/// Flags a placeholder of the source (`%s`, `%1$d`, `%(name)s`, `{0}`, `{name}`, `%1`) that every
/// other locale's translation keeps and this one drops, whatever the unit's flags say.
///
/// `placeholders` compares a unit with its source only when a gettext flag marks it as a format
/// string; a catalog converted back from a `.mo` file (`msgunfmt`) has lost those flags. Here
/// the other translations are the evidence: when two or more of them all keep a placeholder the
/// source has, it is one. A placeholder with a space flag (`% d`, as in « 50 % des ») is prose.
struct CrossLocalePlaceholdersCheck: ParallelCheck {
    /// `cross-locale-placeholders`.
    static let id = "cross-locale-placeholders"
    /// A dropped placeholder garbles or crashes the program that prints the message.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary = "A placeholder of the source that every other translation keeps is kept here too."

    /// A finding per placeholder this locale drops.
    func findings(source: String, units: [(locale: LocaleTag, unit: TranslationUnit)], context: CheckContext)
        -> [Finding]
    {
        guard source.contains("%") || source.contains("{") else { return [] }
        let inSource = Set(Self.placeholders(in: units.first?.unit.sourcePlural ?? source))
        guard !inSource.isEmpty else { return [] }
        return CrossLocaleAgreement.findings(Self.self, units: units, context: context, noun: "placeholder") { target in
            Self.placeholders(in: target.text).filter(inSource.contains)
        }
    }

    /// The placeholders of `text` in every syntax: printf (without the space flag), braces, Qt.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        if text.contains("%") {
            found += PlaceholdersCheck.placeholders(in: text, syntax: .printf).map(\.written).filter {
                !$0.contains(" ")
            }
            found += PlaceholdersCheck.placeholders(in: text, syntax: .qt).map(\.written)
        }
        if text.contains("{") { found += PlaceholdersCheck.placeholders(in: text, syntax: .brace).map(\.written) }
        return found
    }
}
