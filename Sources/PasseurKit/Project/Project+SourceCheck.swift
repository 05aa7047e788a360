/// `passeur check --source`: the French source itself, before anyone translates it.
extension Project {
    /// Typography (the source language's rules), doubled spaces, unbalanced quotation marks
    /// and spelling of every segment of every source document, located in the documents:
    /// `CheckRunner.runOnSource` on the segments of the source documents.
    ///
    /// - Throws: `Project.Error`, `FileError`, `GlossaryError`, `ICUError`.
    public func checkSource() throws -> [Finding] {
        let workspace = try load([.documents, .glossary], locales: [])
        let segments = workspace.sources.flatMap { $0.document.segments.map { ($0.text, $0.location) } }
        return try CheckRunner(settings: .init(config), glossary: workspace.glossary).runOnSource(segments)
    }
}
