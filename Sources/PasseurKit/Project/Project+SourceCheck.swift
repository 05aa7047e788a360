/// `passeur check --source`: the French source itself, before anyone translates it.
extension Project {
    /// Typography (the source language's rules), doubled spaces, unbalanced quotation marks
    /// and spelling of every segment of every source document, located in the documents.
    ///
    /// - Throws: `Project.Error`, `FileError`, `GlossaryError`, `ICUError`.
    public func checkSource() throws -> [Finding] {
        let segmenter = try segmenter()
        let index = try config.glossary.map { _ in
            try GlossaryIndex(glossary: glossary(), sourceLocale: config.sourceLocale)
        }
        let context = CheckContext(locale: config.sourceLocale, catalogPath: "", glossary: index)
        let checks: [any UnitCheck] = [TypographyCheck(), QuotesCheck(), SpellingCheck()]
        var findings: [Finding] = []
        for document in config.documents {
            for segment in try sourceDocument(document, segmenter: segmenter).segments {
                let unit = TranslationUnit(
                    source: segment.text, targets: [segment.text], state: .translated, location: segment.location)
                for check in checks where !config.disabledChecks.contains(type(of: check).id) {
                    findings += check.findings(in: unit, context: context)
                }
                if let range = segment.text.range(of: "  "), !segment.text[range.upperBound...].hasPrefix("\n") {
                    findings.append(context.finding(WhitespaceCheck.self, unit, "doubled space"))
                }
            }
        }
        for i in findings.indices {
            if let severity = config.checkSeverities[findings[i].checkID] { findings[i].severity = severity }
        }
        return findings.sorted { ($0.location, $0.checkID, $0.message) < ($1.location, $1.checkID, $1.message) }
    }
}
