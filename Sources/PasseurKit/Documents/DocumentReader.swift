/// Reads a source document in the format its path suggests.
public enum DocumentReader {
    /// Reads `path` as Markdown (`.md`, `.markdown`) or plain text (anything else).
    ///
    /// - Throws: `FileError`.
    public static func read(path: String, format: Document.Format? = nil) throws -> Document {
        read(try TextFile.read(path), path: path, format: format)
    }

    /// Parses `text` as Markdown or plain text, as its `path` suggests.
    public static func read(_ text: String, path: String, format: Document.Format? = nil) -> Document {
        switch format ?? .infer(fromPath: path) {
        case .markdown: return MarkdownReader.read(text, path: path)
        case .plainText: return PlainTextReader.read(text, path: path)
        }
    }
}
