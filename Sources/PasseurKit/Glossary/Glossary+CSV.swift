/// The term base as CSV: one row per term, every field of the term base kept,
/// so export then import gives back the same term base; and the two-column
/// bilingual form that Weblate and Crowdin import as a glossary.
extension Glossary {
    /// The columns of the full CSV form, in order.
    static let csvColumns = [
        "concept", "domain", "concept_note", "locale", "definition", "term", "status", "reason", "dnt",
        "case_sensitive", "pos", "variants", "note",
    ]

    /// The term base as CSV, a row per term (a definition without terms gets a row with an empty term).
    public var csv: String {
        var rows: [[String]] = []
        for concept in concepts {
            var first = true
            for locale in locales {
                let terms = concept.terms(for: locale)
                let definition = concept.definitions[locale.identifier]
                if terms.isEmpty, definition == nil { continue }
                let conceptFields = first ? [concept.domain ?? "", concept.note ?? ""] : ["", ""]
                first = false
                let items: [Term?] = terms.isEmpty ? [nil] : terms
                for (index, term) in items.enumerated() {
                    rows.append(
                        [concept.id] + (index == 0 ? conceptFields : ["", ""]) + [
                            locale.identifier, index == 0 ? definition ?? "" : "", term?.text ?? "",
                            term?.status.rawValue ?? "", term?.reason ?? "", term?.doNotTranslate == true ? "yes" : "",
                            term?.caseSensitive == true ? "yes" : "", term?.partOfSpeech ?? "",
                            term?.variants.joined(separator: "|") ?? "", term?.note ?? "",
                        ])
                }
            }
        }
        return CSVTable(header: Self.csvColumns, rows: rows).text
    }

    /// The bilingual CSV Weblate imports as a glossary: `source,target,context,explanation,flags`,
    /// one row per target term, the source being the concept's preferred source term;
    /// forbidden terms carry the `forbidden` flag, do-not-translate ones `read-only`.
    public func weblateCSV(for locale: LocaleTag) -> String {
        var rows: [[String]] = []
        for concept in concepts {
            guard let source = concept.allowedTerms(for: locales[0]).first else { continue }
            for term in concept.terms(for: locale) {
                var flags: [String] = []
                if term.status == .forbidden { flags.append("forbidden") }
                if term.doNotTranslate { flags.append("read-only") }
                rows.append([
                    source.text, term.text, concept.id, term.reason ?? concept.definitions["en"] ?? "",
                    flags.joined(separator: ","),
                ])
            }
        }
        return CSVTable(header: ["source", "target", "context", "explanation", "flags"], rows: rows).text
    }

    /// Reads the full CSV form.
    ///
    /// - Throws: `CSVTable.Error`, `GlossaryError`, `LocaleTag.Error`.
    public init(csv text: String, file: String, name: String = "glossary") throws {
        let table = try CSVTable(parsing: text, file: file)
        var columns: [String: Int] = [:]
        for (index, column) in table.header.enumerated() {
            guard Self.csvColumns.contains(column) else {
                throw GlossaryError.unknownKey(column, at: SourceLocation(file: file, line: 1, column: 1))
            }
            columns[column] = index
        }
        for required in ["concept", "locale", "term"] where columns[required] == nil {
            throw GlossaryError.missingKey(required, at: SourceLocation(file: file, line: 1, column: 1))
        }
        var locales: [LocaleTag] = []
        var concepts: [Concept] = []
        var indexByID: [String: Int] = [:]
        for (row, line) in zip(table.rows, table.rowLines) {
            let at = SourceLocation(file: file, line: line, column: 1)
            func field(_ name: String) -> String { columns[name].map { row[$0] } ?? "" }
            let id = field("concept")
            guard !id.isEmpty else { throw GlossaryError.missingKey("concept", at: at) }
            let locale = try LocaleTag(field("locale"), at: at)
            if !locales.contains(locale) { locales.append(locale) }
            let index: Int
            if let existing = indexByID[id] {
                index = existing
            } else {
                index = concepts.count
                indexByID[id] = index
                concepts.append(Concept(id: id, location: at))
            }
            if !field("domain").isEmpty { concepts[index].domain = field("domain") }
            if !field("concept_note").isEmpty { concepts[index].note = field("concept_note") }
            if !field("definition").isEmpty { concepts[index].definitions[locale.identifier] = field("definition") }
            let text = field("term")
            guard !text.isEmpty else {
                if field("definition").isEmpty { throw GlossaryError.emptyTerm(at: at) }
                continue
            }
            let statusText = field("status").isEmpty ? "preferred" : field("status")
            guard let status = Term.Status(rawValue: statusText) else {
                throw GlossaryError.unknownStatus(statusText, at: at)
            }
            let term = Term(
                text, status: status, reason: field("reason").isEmpty ? nil : field("reason"),
                doNotTranslate: field("dnt") == "yes", caseSensitive: field("case_sensitive") == "yes",
                partOfSpeech: field("pos").isEmpty ? nil : field("pos"),
                variants: field("variants").split(separator: "|").map(String.init),
                note: field("note").isEmpty ? nil : field("note"))
            concepts[index].terms[locale.identifier, default: []].append(term)
        }
        self.init(name: name, locales: locales, concepts: concepts)
    }
}
