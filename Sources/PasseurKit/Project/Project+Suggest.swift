/// `passeur glossary suggest`: terms of the source documents the glossary lacks.
extension Project {
    /// The best `limit` candidate terms from every source document.
    ///
    /// - Throws: `Project.Error`, `FileError`, `GlossaryError`, `ICUError`.
    public func suggestTerms(limit: Int) throws -> [TermSuggester.Suggestion] {
        let segmenter = try segmenter()
        var segments: [(text: String, reference: String)] = []
        for document in config.documents {
            let source = try sourceDocument(document, segmenter: segmenter)
            segments += source.segments.map { ($0.text, "\(document):\($0.location.line)") }
        }
        return try TermSuggester(glossary: glossary(), locale: config.sourceLocale).suggestions(
            from: segments, limit: limit)
    }
}
