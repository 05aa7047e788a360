/// Flags a translation that does not start or end with a line break where its source does,
/// or that adds one: `msgfmt`, with or without `-c`, refuses to compile such a catalog
/// ("'msgid' and 'msgstr' entries do not both end with '\n'"), so this is an error, as it is
/// for pofilter's `newlines`. Each plural form is compared with its source: form 0 with the
/// singular, the others with the plural.
///
/// A target that is empty is `empty-target`'s. The line breaks inside the text are `escapes`'.
struct NewlinesCheck: UnitCheck {
    /// `newlines`.
    static let id = "newlines"
    /// The catalog no longer compiles.
    static let defaultSeverity = Severity.error
    /// The help line.
    static let summary =
        "The translation starts and ends with a line break where its source does, as msgfmt requires."

    /// A finding per end that differs, in each translated form.
    func findings(in unit: TranslationUnit, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (form, target) in unit.targets.enumerated() where !target.isEmpty {
            let source = form == 0 ? unit.source : unit.sourcePlural ?? unit.source
            let label = unit.sourcePlural == nil ? "" : " (plural form \(form))"
            // Bytes, as msgfmt compares them: `\r\n` is one Character and ends with a line feed.
            let newline = UInt8(ascii: "\n")
            for (end, sourceHas, targetHas) in [
                ("starts", source.utf8.first == newline, target.utf8.first == newline),
                ("ends", source.utf8.last == newline, target.utf8.last == newline),
            ] where sourceHas != targetHas {
                let message =
                    sourceHas
                    ? "the source \(end) with a line break, the translation does not"
                    : "the translation \(end) with a line break, the source does not"
                findings.append(context.finding(Self.self, unit, message + label))
            }
        }
        return findings
    }
}
