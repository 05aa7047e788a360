import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct SRXRuleSetTests {
    static let files = Fixtures.files(in: "srx", extensions: ["srx"])

    @Test func fixturesArePresent() {
        #expect(Self.files.count == 5)
    }

    @Test(arguments: files)
    func realRuleFilesLoadAndCompileForFrench(_ file: String) throws {
        let rules = try SRXReader.read(path: Fixtures.path(file))
        #expect(!rules.languageRules.isEmpty)
        #expect(!rules.maps.isEmpty)
        let compiled = try rules.compiledRules(for: Fixtures.french)
        #expect(!compiled.isEmpty)
        // Every file still segments the article into real sentences.
        let segmenter = try SentenceSegmenter(locale: Fixtures.french, srx: rules)
        let sentences = segmenter.sentences(
            in: "Cependant, Bitcoin a un problème de service client. En conséquence, nous supprimons les ventes.")
        #expect(sentences.count == 2)
    }

    @Test func omegatFileWithoutSegmentSubflowsDefaultsToYes() throws {
        let rules = try SRXReader.read(path: Fixtures.path("srx/omegat-defaultRules.srx"))
        #expect(rules.segmentSubflows)
        #expect(rules.cascade)
    }

    @Test func cascadeSelectsEveryMatchingLanguageRule() throws {
        let rules = try SRXReader.read(path: Fixtures.path("srx/srx20-spec-example.srx"))
        let english = try rules.rules(for: Fixtures.locale("en"))
        let french = try rules.rules(for: Fixtures.french)
        // French: its own four abbreviations, then the three Default rules.
        #expect(french.count == 7)
        #expect(english.count == 6)
        #expect(french.first?.beforeBreak == "\\s[Mm]lle\\.")
        #expect(french.last?.isBreak == true)
    }

    @Test func noBreakRuleRemovesABoundaryAndBreakRuleAddsOne() throws {
        let xml = """
            <?xml version="1.0"?>
            <srx xmlns="http://www.lisa.org/srx20" version="2.0">
              <header segmentsubflows="yes" cascade="no"/>
              <body>
                <languagerules>
                  <languagerule languagerulename="fr">
                    <rule break="no"><beforebreak>\\bBTC\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                    <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
                  </languagerule>
                </languagerules>
                <maprules><languagemap languagepattern="fr.*" languagerulename="fr"/></maprules>
              </body>
            </srx>
            """
        let rules = try SRXReader.read(Array(xml.utf8), file: "rules.srx")
        let segmenter = try SentenceSegmenter(locale: Fixtures.french, srx: rules)
        #expect(
            segmenter.sentences(in: "Acheter du BTC. Vendre ; garder toujours.")
                == ["Acheter du BTC. Vendre ;", "garder toujours."])
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let xml: String
        let line: Int
        let expectation: String
        var testDescription: String { expectation }
    }

    static let badInputs: [BadInput] = [
        BadInput(xml: "<srx version=\"2.0\">\n<header>\n</srx>", line: 3, expectation: "malformed"),
        BadInput(xml: "<?xml version=\"1.0\"?>\n<tmx/>", line: 2, expectation: "not SRX"),
        BadInput(
            xml:
                "<srx>\n<body><languagerules/>\n<maprules><languagemap languagepattern=\"fr\" languagerulename=\"nope\"/></maprules></body></srx>",
            line: 3, expectation: "unknown rule"),
        BadInput(
            xml: "<?xml version=\"1.0\"?>\n<!DOCTYPE srx [<!ENTITY x \"y\">]>\n<srx/>", line: 2, expectation: "doctype"),
    ]

    @Test(arguments: badInputs)
    func brokenFilesReportTheirLine(_ input: BadInput) throws {
        let error = #expect(throws: SRXRuleSet.Error.self) {
            try SRXReader.read(Array(input.xml.utf8), file: "bad.srx")
        }
        #expect(error?.location.file == "bad.srx")
        #expect(error?.location.line == input.line)
    }

    @Test func invalidExpressionNamesItsRule() throws {
        let xml = """
            <srx version="2.0"><header cascade="no"/><body><languagerules>
            <languagerule languagerulename="fr">
            <rule><beforebreak>[.</beforebreak><afterbreak>\\s</afterbreak></rule>
            </languagerule></languagerules>
            <maprules><languagemap languagepattern="fr" languagerulename="fr"/></maprules></body></srx>
            """
        let rules = try SRXReader.read(Array(xml.utf8), file: "bad.srx")
        let error = #expect(throws: SRXRuleSet.Error.self) { try rules.compiledRules(for: Fixtures.french) }
        guard case .invalidExpression(_, let reason, let at) = error else {
            Issue.record("expected an invalid expression error")
            return
        }
        #expect(at.line == 3)
        #expect(reason.hasPrefix("U_REGEX"))
    }
}
