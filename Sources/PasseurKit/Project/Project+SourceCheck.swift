/// `passeur check --source`: the French source itself, before anyone translates it.
extension Project {
    /// Typography (the source language's rules), doubled spaces, unbalanced quotation marks
    /// and spelling of every segment of every source document, located in the documents:
    /// `CheckRunner.runOnSource` on the segments of the source documents.
    ///
    /// The source locale's word list (`Glossary/words-<locale>.txt`) applies, and `wordLists`
    /// (by locale identifier) besides.
    ///
    /// - Throws: `Project.Error`, `FileError`, `GlossaryError`, `ICUError`.
    public func checkSource(wordLists: [String: WordList] = [:]) throws -> [Finding] {
        let workspace = try load([.documents, .glossary, .wordLists], locales: [])
        let segments = workspace.sources.flatMap { $0.document.segments.map { ($0.text, $0.location) } }
        var settings = CheckRunner.Settings(config)
        settings.wordLists = workspace.wordLists
        for (locale, list) in wordLists { settings.wordLists[locale, default: WordList()].formUnion(list) }
        return try CheckRunner(settings: settings, glossary: workspace.glossary).runOnSource(segments)
    }
}
