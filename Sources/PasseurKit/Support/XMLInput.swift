import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Running Foundation's `XMLParser` (libxml2) over a file's bytes, the same way for every XML reader.
enum XMLInput {
    /// Why libxml2 stopped: where, and its error code.
    struct Failure {
        /// Where the parser was when it stopped.
        var location: SourceLocation
        /// libxml2's error code.
        var code: Int
        /// A one-line reason.
        var reason: String { "not well-formed XML (libxml2 error \(code))" }
    }

    /// Parses `bytes` with the delegate `makeDelegate` builds for the parser; returns the
    /// delegate and, when the XML is not well formed, the failure.
    ///
    /// The bytes go in as a stream, not `XMLParser(data:)`: given one buffer over 10 MB,
    /// libxml2's push parser stops with an internal error. External entities are never
    /// resolved. Foundation's parser on Linux can return true and still set an error, so
    /// both are checked.
    static func parse<Delegate: XMLParserDelegate>(
        _ bytes: [UInt8], file: String, makeDelegate: (XMLParser) -> Delegate
    ) -> (Delegate, Failure?) {
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldResolveExternalEntities = false
        let delegate = makeDelegate(parser)
        parser.delegate = delegate
        let ok = parser.parse()
        guard !ok || parser.parserError != nil else { return (delegate, nil) }
        let location = SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        return (delegate, Failure(location: location, code: (parser.parserError as NSError?)?.code ?? 0))
    }
}
