/// The term base printed as a translator looks it up.
public struct GlossaryReport {
    /// The term base.
    let glossary: Glossary

    /// Creates a report.
    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    /// One line per concept: id, domain, and the preferred term of each locale
    /// (only `locales` when given).
    public func list(locales: [LocaleTag] = [], domain: String? = nil) -> String {
        let shown =
            locales.isEmpty ? glossary.locales : [glossary.locales[0]] + locales.filter { $0 != glossary.locales[0] }
        let header = ["id", "domain"] + shown.map(\.identifier)
        var rows = [header]
        for concept in glossary.concepts where domain == nil || concept.domain == domain {
            rows.append(
                [concept.id, concept.domain ?? ""]
                    + shown.map { concept.allowedTerms(for: $0).first?.text ?? "—" })
        }
        return TextTable(rows: rows).render()
    }

    /// Every detail of the concepts whose id or any term (any locale, variants
    /// included, case-insensitive) is `query`; empty when none.
    public func show(_ query: String) -> String {
        let key = ICUText.foldCase(query)
        let found = glossary.concepts.filter { concept in
            ICUText.foldCase(concept.id) == key
                || concept.terms.values.contains { $0.contains { $0.forms.contains { ICUText.foldCase($0) == key } } }
        }
        return found.map(describe).joined(separator: "\n")
    }

    private func describe(_ concept: Concept) -> String {
        var out = "\(concept.id)" + (concept.domain.map { " (\($0))" } ?? "") + "\n"
        for locale in glossary.locales {
            if let definition = concept.definitions[locale.identifier] {
                out += "  definition [\(locale)]: \(definition)\n"
            }
        }
        if let note = concept.note { out += "  note: \(note)\n" }
        for locale in glossary.locales {
            for term in concept.terms(for: locale) {
                var line =
                    "  \(locale.identifier.padding(toLength: 6, withPad: " ", startingAt: 0)) \(term.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(term.text)"
                var flags: [String] = []
                if term.doNotTranslate { flags.append("do not translate") }
                if term.caseSensitive { flags.append("case-sensitive") }
                if let pos = term.partOfSpeech { flags.append(pos) }
                if !term.variants.isEmpty { flags.append("variants: " + term.variants.joined(separator: ", ")) }
                if !flags.isEmpty { line += " [" + flags.joined(separator: "; ") + "]" }
                if let reason = term.reason { line += " — \(reason)" }
                if let note = term.note { line += " — \(note)" }
                out += line + "\n"
            }
        }
        return out
    }
}
