import PasseurTestSupport
import Testing

@testable import PasseurKit

/// Inputs that `passeur-fuzz` found breaking a reader (saved under `Tests/Fixtures/fuzz/`), and what
/// each reader must do with them now.
@Suite struct FuzzRegressionTests {
    // MARK: Markdown: bare carriage returns end lines, as cmark counts them

    @Test(arguments: ["a\rb\n", "\n\r", "\r\r\n", "\r", "\r\r\r", "a\r\rb\r", "> a\r> b\r", "# T\r\r*x*\r"])
    func markdownWithBareCarriageReturnsReads(_ text: String) throws {
        let document = MarkdownReader.read(text, path: "cr.md").segmented(
            with: try SentenceSegmenter(locale: Fixtures.french))
        for block in document.blocks {
            #expect(block.location.line >= 1 && block.location.column >= 1)
        }
        #expect(document.rebuilt { _ in nil } == text)
    }

    @Test func markdownLinesEndAtCRAsAtLF() throws {
        let crlf = MarkdownReader.read("Un.\r\n\r\nDeux *trois*.\r\n", path: "a.md")
        let cr = MarkdownReader.read("Un.\r\rDeux *trois*.\r", path: "a.md")
        let lf = MarkdownReader.read("Un.\n\nDeux *trois*.\n", path: "a.md")
        for document in [crlf, cr] {
            #expect(document.blocks.map(\.text) == lf.blocks.map(\.text))
            #expect(document.blocks.map(\.location) == lf.blocks.map(\.location))
            #expect(document.blocks.map(\.spans) == lf.blocks.map(\.spans))
        }
        #expect(cr.blocks.last?.location == SourceLocation(file: "a.md", line: 3, column: 1))
    }

    // MARK: XML: the first error, where it is, in words; no quadratic recovery

    /// An XLIFF 1.2 file of `units` units with a mistyped end tag in unit `bad` (on line `bad + 2`).
    static func xliff(units: Int, mistypedAt bad: Int) -> [UInt8] {
        var lines = ["<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">", "<file><body>"]
        for i in 0..<units {
            let end = i == bad ? "</targe>" : "</target>"
            lines.append("<trans-unit id=\"u\(i)\"><source>Un.</source><target>One.\(end)</trans-unit>")
        }
        lines += ["</body></file>", "</xliff>"]
        return Array(lines.joined(separator: "\n").utf8)
    }

    @Test func mismatchedEndTagIsReportedWhereItIs() throws {
        let error = #expect(throws: ExchangeError.self) {
            try XLIFFReader.read(Self.xliff(units: 1200, mistypedAt: 21), file: "bad.xlf")
        }
        #expect(error?.location.line == 24)
        #expect(error?.message.contains("mismatched end tag") == true)
        #expect(error?.message.contains("libxml2 error 76") == true)
    }

    @Test(arguments: ["&", "&#", "&a", "&amp", "&#x"])
    func longRunOfBrokenReferencesStopsAtTheFirst(_ piece: String) throws {
        let body = String(repeating: piece + " ", count: 256 * 1024 / (piece.count + 1))
        let xml = Array("<tmx version=\"1.4\"><header srclang=\"fr\"/><body>\n  \(body)</body></tmx>".utf8)
        let error = #expect(throws: ExchangeError.self) {
            try TMXReader.read(xml, file: "amp.tmx", sourceLocale: "fr", targetLocale: nil)
        }
        #expect(error?.location.line == 2)
        #expect((error?.location.column ?? 0) < 12)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func doubleHyphenInACommentIsNamed() throws {
        let xml = Array("<martif>\n<!-- a -- b -->\n</martif>".utf8)
        let error = #expect(throws: GlossaryError.self) { try Glossary.readTBX(xml, file: "c.tbx") }
        #expect(error?.location.line == 2)
        #expect(error?.message.contains("'--' inside a comment") == true)
    }

    @Test func encodingConversionErrorIsLocatedNotACrash() throws {
        let bytes = try Fixtures.bytes("fuzz/xliff/utf7-encoding-conversion-error.xliff")
        let error = #expect(throws: ExchangeError.self) { try XLIFFReader.read(bytes, file: "utf7.xlf") }
        #expect(error?.location.line == 1)
        #expect(error?.message.contains("encoding") == true)
        let tbx = try Fixtures.bytes("fuzz/tbx/utf7-encoding-conversion-error.tbx")
        #expect(throws: GlossaryError.self) { try Glossary.readTBX(tbx, file: "utf7.tbx") }
    }

    @Test func processingInstructionWithoutDataIsNotACrash() throws {
        let xliff = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><?pi?><file><body></body></file></xliff>"
        #expect(try XLIFFReader.read(Array(xliff.utf8), file: "pi.xlf").units.isEmpty)
        let tmx = "<tmx version=\"1.4\"><?a?><header srclang=\"fr\"/><body><![CDATA[<?b?>]]></body></tmx>"
        _ = try TMXReader.read(Array(tmx.utf8), file: "pi.tmx", sourceLocale: "fr", targetLocale: nil)
        let bytes = try Fixtures.bytes("fuzz/xliff/processing-instruction-without-data.xlf")
        #expect(throws: ExchangeError.self) { try XLIFFReader.read(bytes, file: "pi.xlf") }
    }

    @Test func relativeNamespaceIsAWarningNotAnError() throws {
        let xml = Array("<xliff version=\"1.2\" xmlns=\"urn-less\"><file><body></body></file></xliff>".utf8)
        #expect(try XLIFFReader.read(xml, file: "ns.xlf").units.isEmpty)
    }

    // MARK: SRX: bounded rules, located errors

    static func srx(beforeBreak: String, languagePattern: String = "fr") -> [UInt8] {
        Array(
            """
            <srx version="2.0"><header cascade="no"/><body><languagerules>
            <languagerule languagerulename="fr">
            <rule break="no"><beforebreak>\(beforeBreak)</beforebreak><afterbreak>\\s</afterbreak></rule>
            </languagerule></languagerules>
            <maprules><languagemap languagepattern="\(languagePattern)" languagerulename="fr"/></maprules>
            </body></srx>
            """.utf8)
    }

    @Test func catastrophicBacktrackingRuleStopsWithItsLocation() throws {
        let rules = try SRXReader.read(Self.srx(beforeBreak: "(a+)+b"), file: "slow.srx")
        let segmenter = try SentenceSegmenter(locale: Fixtures.french, srx: rules)
        let text = "Un. B" + String(repeating: "a", count: 40) + ". Deux."
        #expect(segmenter.sentences(in: text).count == 3)
        let error = #expect(throws: SRXRuleSet.Error.self) { try segmenter.throwIfRuleFailed() }
        guard case .ruleTooComplex(_, let at) = error else {
            Issue.record("expected ruleTooComplex, got \(String(describing: error))")
            return
        }
        #expect(at.file == "slow.srx" && at.line == 3)
        #expect(error?.hint.contains("simplify") == true)
        // From then on the rules are off: the next text is segmented at once, without them.
        #expect(segmenter.sentences(in: text).count == 3)
    }

    @Test func invalidLanguagePatternIsLocated() throws {
        let rules = try SRXReader.read(Self.srx(beforeBreak: "M\\.", languagePattern: "[fr"), file: "map.srx")
        let error = #expect(throws: SRXRuleSet.Error.self) {
            try SentenceSegmenter(locale: Fixtures.french, srx: rules)
        }
        guard case .invalidExpression(let pattern, _, let at) = error else {
            Issue.record("expected invalidExpression, got \(String(describing: error))")
            return
        }
        #expect(pattern == "[fr")
        #expect(at.line == 5)
    }

    @Test func invalidExpressionMessageStaysOnOneLine() throws {
        let rules = try SRXReader.read(Self.srx(beforeBreak: "[\n\r."), file: "nl.srx")
        let error = #expect(throws: SRXRuleSet.Error.self) { try rules.compiledRules(for: Fixtures.french) }
        #expect(error?.description.contains("\n") == false)
        #expect(error?.description.contains("\r") == false)
    }
}
