/// `passeur check --source`: the French source itself, before anyone translates it.
extension Project {
    /// Typography (the source language's rules), doubled spaces, unbalanced quotation marks
    /// and spelling of every segment of every source document, located in the documents:
    /// `CheckRunner.runOnSource` on the segments of the source documents.
    ///
    /// - Throws: `Project.Error`, `FileError`, `GlossaryError`, `ICUError`.
    public func checkSource() throws -> [Finding] {
        let segmenter = try segmenter()
        let termBase = try config.glossary.map { _ in try glossary() }
        var segments: [(text: String, location: SourceLocation)] = []
        for document in config.documents {
            for segment in try sourceDocument(document, segmenter: segmenter).segments {
                segments.append((segment.text, segment.location))
            }
        }
        return try CheckRunner(settings: checkSettings, glossary: termBase).runOnSource(segments)
    }
}
