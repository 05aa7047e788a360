import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Running Foundation's `XMLParser` (libxml2) over a file's bytes, the same way for every XML reader.
enum XMLInput {
    /// Why libxml2 stopped: where, and its error code.
    struct Failure {
        /// Where libxml2 found the first error.
        var location: SourceLocation
        /// libxml2's error code (`xmlParserErrors`).
        var code: Int
        /// A one-line reason: what libxml2 found, in words, and its code.
        var reason: String {
            guard let words = XMLInput.words(forCode: code) else {
                return "not well-formed XML (libxml2 error \(code))"
            }
            return "not well-formed XML: \(words) (libxml2 error \(code))"
        }
    }

    /// Parses `bytes` with the delegate `makeDelegate` builds for the parser; returns the
    /// delegate and, when the XML is not well formed, the first error.
    ///
    /// The bytes go in as a stream, not `XMLParser(data:)`: given one buffer over 10 MB,
    /// libxml2's push parser stops with an internal error. External entities are never
    /// resolved. Foundation runs libxml2 in recovery mode, which goes on after an error and
    /// reports every later one (in quadratic time on `--` repeated in a comment, and with the
    /// last error's position only): the parse stops at the first error instead, at its line and
    /// column. Warnings (a relative namespace URI) are not errors. Foundation's parser on
    /// Linux can return true and still set an error, so both are checked.
    static func parse<Delegate: XMLParserDelegate>(
        _ bytes: [UInt8], file: String, makeDelegate: (XMLParser) -> Delegate
    ) -> (Delegate, Failure?) {
        let parser = XMLParser(stream: InputStream(data: Data(withDataForEveryInstruction(bytes))))
        parser.shouldResolveExternalEntities = false
        let delegate = makeDelegate(parser)
        let guarded = FirstError(file: file, forwardingTo: delegate)
        parser.delegate = guarded
        let ok = parser.parse()
        if let failure = guarded.failure { return (delegate, failure) }
        // Stopped without a libxml2 error: by the reader (which throws its own error), or inside libxml2.
        guard !ok else { return (delegate, nil) }
        let location = SourceLocation(file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        return (delegate, Failure(location: location, code: (parser.parserError as NSError?)?.code ?? 0))
    }

    /// The bytes with a space after the target of every processing instruction without data
    /// (`<?pi?>` becomes `<?pi ?>`): libxml2 passes such an instruction's data as NULL, and
    /// Foundation's parser on Linux reads it as a C string and crashes (`strlen(NULL)`),
    /// whatever the delegate. Comments and CDATA sections are left as they are; the bytes are
    /// copied only when there is something to change. A later error on the same line is then
    /// reported one column to the right.
    static func withDataForEveryInstruction(_ bytes: [UInt8]) -> [UInt8] {
        var insertions: [Int] = []
        let n = bytes.count
        var i = 0
        func starts(_ marker: StaticString, at index: Int) -> Bool {
            let count = marker.utf8CodeUnitCount
            guard index + count <= n else { return false }
            return (0..<count).allSatisfy { bytes[index + $0] == marker.utf8Start[$0] }
        }
        func skip(past marker: StaticString, from index: Int) -> Int {
            var k = index
            while k < n, !starts(marker, at: k) { k += 1 }
            return min(n, k + marker.utf8CodeUnitCount)
        }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else {
                i += 1
                continue
            }
            if starts("<!--", at: i) {
                i = skip(past: "-->", from: i + 4)
            } else if starts("<![CDATA[", at: i) {
                i = skip(past: "]]>", from: i + 9)
            } else if bytes[i + 1] == UInt8(ascii: "?") {
                var k = i + 2
                while k < n, bytes[k] != UInt8(ascii: "?"), bytes[k] > 0x20 { k += 1 }
                if k > i + 2, starts("?>", at: k) { insertions.append(k) }
                i = skip(past: "?>", from: k)
            } else {
                i += 1
            }
        }
        guard !insertions.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(n + insertions.count)
        var from = 0
        for k in insertions {
            out += bytes[from..<k]
            out.append(0x20)
            from = k
        }
        out += bytes[from...]
        return out
    }

    /// libxml2's warnings (`XML_WAR_*`), which leave a document well formed.
    private static let warningCodes: Set<Int> = [27, 93, 97, 98, 99, 100, 102, 106, 107]

    /// What libxml2's error `code` means, in words, for the codes a hand-edited file meets.
    static func words(forCode code: Int) -> String? {
        switch code {
        case 4: return "the document is empty"
        case 5: return "content after the root element, or the root element is not closed"
        case 6, 7, 8: return "invalid character reference"
        case 9: return "a character XML does not allow"
        case 10...17: return "a reference outside the root element"
        case 22, 68: return "a name is missing (a bare & or < in text: write &amp; or &lt;)"
        case 23: return "entity reference without ';'"
        case 26: return "undefined entity (XML knows only &amp; &lt; &gt; &quot; &apos; and &#…;)"
        case 31, 32: return "unsupported encoding"
        case 38: return "'<' in an attribute value (write &lt;)"
        case 39, 40: return "attribute value not quoted or not closed"
        case 41: return "attribute without a value"
        case 42, 203: return "attribute given twice"
        case 45: return "comment not closed with -->"
        case 46, 47: return "processing instruction not closed with ?>"
        case 56, 57: return "XML declaration not closed with ?>"
        case 61: return "DOCTYPE not closed"
        case 62: return "']]>' in text"
        case 63: return "CDATA section not closed with ]]>"
        case 64: return "XML declaration not at the start of the document"
        case 65: return "a space is missing (between attributes?)"
        case 73: return "start tag not closed with >"
        case 74: return "'</' expected"
        case 75: return "'=' expected after an attribute name"
        case 76: return "mismatched end tag"
        case 77: return "premature end of the document (an element is not closed)"
        case 80: return "'--' inside a comment"
        case 81: return "bytes not valid in the document's encoding"
        case 85: return "start and end tags do not balance"
        case 86: return "extra content at the end of the document"
        case 96: return "XML declaration without a version"
        case 110: return "name too long"
        case 1501...1599: return "input error"
        case 6000...6004: return "bytes that the declared encoding cannot convert (save the file as UTF-8)"
        case 200: return "reserved xml namespace misused"
        case 201: return "undefined namespace prefix"
        case 202: return "invalid qualified name"
        case 204: return "empty namespace name"
        default: return nil
        }
    }

    /// A delegate in front of the reader's: records libxml2's first error and stops the
    /// parse there, and passes every other event on.
    private final class FirstError<Inner: XMLParserDelegate>: NSObject, XMLParserDelegate {
        let file: String
        let inner: Inner
        /// The first error libxml2 reported.
        var failure: Failure?

        init(file: String, forwardingTo inner: Inner) {
            self.file = file
            self.inner = inner
        }

        /// Records libxml2's first error and stops the parse.
        ///
        /// A parser error (code under 1000: syntax, namespaces) stops it at once, as libxml2's own
        /// parsing functions expect (they check for a stopped parser after reporting one). An
        /// encoding or I/O error is raised from inside libxml2's input buffer, which stopping
        /// frees under its feet (a crash on a file declaring `encoding="UTF-7"`): the parse stops
        /// at the next event instead.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            let code = (parseError as NSError).code
            guard failure == nil, !XMLInput.warningCodes.contains(code) else { return }
            failure = Failure(
                location: SourceLocation(
                    file: file, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)),
                code: code)
            if code < 1000 { parser.abortParsing() }
            inner.parser(parser, parseErrorOccurred: parseError)
        }

        /// Whether the parse has failed: then it stops here, at an event, and the event is dropped.
        private func stopped(_ parser: XMLParser) -> Bool {
            guard failure != nil else { return false }
            parser.abortParsing()
            return true
        }

        func parserDidStartDocument(_ parser: XMLParser) {
            guard !stopped(parser) else { return }
            inner.parserDidStartDocument(parser)
        }

        func parserDidEndDocument(_ parser: XMLParser) {
            guard !stopped(parser) else { return }
            inner.parserDidEndDocument(parser)
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            guard !stopped(parser) else { return }
            inner.parser(
                parser, didStartElement: elementName, namespaceURI: namespaceURI, qualifiedName: qName,
                attributes: attributeDict)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            guard !stopped(parser) else { return }
            inner.parser(parser, didEndElement: elementName, namespaceURI: namespaceURI, qualifiedName: qName)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stopped(parser) else { return }
            inner.parser(parser, foundCharacters: string)
        }

        func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
            guard !stopped(parser) else { return }
            inner.parser(parser, foundIgnorableWhitespace: whitespaceString)
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            guard !stopped(parser) else { return }
            inner.parser(parser, foundCDATA: block)
        }

        func parser(_ parser: XMLParser, foundComment comment: String) {
            guard !stopped(parser) else { return }
            inner.parser(parser, foundComment: comment)
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            guard !stopped(parser) else { return }
            inner.parser(parser, foundProcessingInstructionWithTarget: target, data: data)
        }

        func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
            guard !stopped(parser) else { return }
            inner.parser(parser, didStartMappingPrefix: prefix, toURI: namespaceURI)
        }

        func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
            guard !stopped(parser) else { return }
            inner.parser(parser, didEndMappingPrefix: prefix)
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            guard !stopped(parser) else { return }
            inner.parser(parser, foundInternalEntityDeclarationWithName: name, value: value)
        }

        func parser(
            _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
            systemID: String?
        ) {
            guard !stopped(parser) else { return }
            inner.parser(parser, foundExternalEntityDeclarationWithName: name, publicID: publicID, systemID: systemID)
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            inner.parser(parser, resolveExternalEntityName: name, systemID: systemID)
        }

        func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
            guard !stopped(parser) else { return }
            inner.parser(parser, validationErrorOccurred: validationError)
        }
    }
}
