extension CatalogUpdate.SourceSegment {
    /// The segments of a document as catalog input: text, `path:line`, block type.
    public static func segments(of document: Document) -> [CatalogUpdate.SourceSegment] {
        document.segments.map { segment in
            CatalogUpdate.SourceSegment(
                text: segment.text, reference: "\(document.path):\(segment.location.line)",
                comment: "type: \(document.blocks[segment.blockIndex].kind.name)")
        }
    }
}
