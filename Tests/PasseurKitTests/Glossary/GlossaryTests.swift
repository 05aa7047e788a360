import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct GlossaryTests {
    static let path = Fixtures.repositoryRoot.appendingPathComponent("Glossary/bitcoin.yaml").path

    @Test func theTermBaseCoversTheArticleInFiveLocales() throws {
        let glossary = try Glossary.read(path: Self.path)
        #expect(glossary.locales.map(\.identifier) == ["fr", "en", "es", "de", "pt-BR"])
        #expect(glossary.concepts.count >= 80)
        for concept in glossary.concepts {
            for locale in glossary.locales {
                #expect(!concept.allowedTerms(for: locale).isEmpty, "\(concept.id) has no term in \(locale)")
            }
            #expect(concept.definitions["en"] != nil, "\(concept.id) has no English definition")
        }
        let article = try MarkdownReader.read(path: Fixtures.articlePath)
        let matcher = try GlossaryMatcher(glossary: glossary, locale: Fixtures.french)
        let found = Set(article.blocks.flatMap { matcher.matches(in: $0.text).map(\.conceptID) })
        for id in [
            "bitcoin-network", "bitcoin-unit", "bitcoiner", "hashrate", "shitcoiner", "no-coiner", "fiat-money", "hfsp",
            "npc", "mmt", "nft", "ethereum", "ripple", "orange-pill-verb", "orange-tinted-lenses", "orange-life-rafts",
            "toxic-maximalism", "hyperbitcoinization", "wholecoiner", "valley-of-scams", "federal-reserve-act-date",
            "mosh-pit", "evangelist", "fiat-mess", "customer-service", "bitcoin-magazine", "btc-inc",
        ] {
            #expect(found.contains(id), "the article's \(id) is not found")
        }
    }

    @Test func yamlWrittenBackReadsAsTheSameTermBase() throws {
        let glossary = try Glossary.read(path: Self.path)
        let again = try Glossary(yaml: glossary.yaml, file: "again.yaml")
        #expect(again == glossary)
        #expect(again.yaml == glossary.yaml)
    }

    @Test func tbxExportValidatesAndImportsBackUnchanged() throws {
        let glossary = try Glossary.read(path: Self.path)
        let tbx = glossary.tbx
        #expect(try Glossary.readTBX(Array(tbx.utf8), file: "export.tbx") == glossary)
        do {
            try #require(Fixtures.hasTool("xmllint"), "xmllint is needed: run .ci/install")
            let folder = try Fixtures.temporaryFolder()
            try TextFile.writeAtomically(tbx, to: folder + "/export.tbx")
            let result = try Fixtures.runTool(
                "xmllint", ["--noout", "--relaxng", Fixtures.path("tbx/TBXcoreStructV03.rng"), folder + "/export.tbx"])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    /// TBX-Basic's DCA Schematron (Tests/Fixtures/tbx/tbx-basic/TBX-Basic_DCA.sch) needs an XSLT 2
    /// engine; its data-category rules are checked here on the exported text instead.
    @Test func tbxExportUsesOnlyTBXBasicDataCategoriesAndPicklists() throws {
        let tbx = try Glossary.read(path: Self.path).tbx
        let allowed: [String: Set<String>?] = [
            "administrativeStatus": [
                "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "preferredTerm-admn-sts",
            ],
            "partOfSpeech": ["adjective", "noun", "other", "verb", "adverb"],
            "termType": ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"],
        ]
        let termNote = try Regex(#"<termNote type="([^"]*)">([^<]*)</termNote>"#)
        var seen = 0
        for match in tbx.matches(of: termNote) {
            let type = String(match.output[1].substring ?? "")
            let value = String(match.output[2].substring ?? "")
            let values = try #require(allowed[type], "termNote type \(type) is not a TBX-Basic data category")
            #expect(values?.contains(value) ?? true, "\(type)=\(value)")
            seen += 1
        }
        #expect(seen > 300)
        let descrip = try Regex(#"<descrip type="([^"]*)">"#)
        #expect(
            Set(tbx.matches(of: descrip).map { String($0.output[1].substring ?? "") }) == [
                "subjectField", "definition",
            ])
    }

    @Test func csvExportImportsBackUnchanged() throws {
        let glossary = try Glossary.read(path: Self.path)
        let back = try Glossary(csv: glossary.csv, file: "export.csv", name: glossary.name)
        #expect(back == glossary)
        let weblate = glossary.weblateCSV(for: Fixtures.locale("en"))
        #expect(weblate.hasPrefix("source,target,context,explanation,flags\n"))
        #expect(
            weblate.contains("pièce entière,whole coins,wholecoiner,")
                || weblate.contains("wholecoiner,whole coins,wholecoiner,"))
        #expect(weblate.contains(",forbidden\n"))
    }

    static let tbxFiles = [
        "tbx/tbx-basic/Example_Astronomy_DCT_VALID.tbx", "tbx/tbx-min/Example_Astronomy_DCT_VALID.tbx",
        "tbx/test-files/basic_good.tbx", "tbx/test-files/min_good.tbx", "tbx/test-files/core_structure_good.tbx",
        "tbx/weblate-terms.tbx", "tbx/weblate-cs.tbx", "tbx/weblate-fr-extended-metadata.tbx",
        "tbx/omegat-sampleTBXfile.tbx",
    ]

    @Test(arguments: tbxFiles)
    func otherToolsTBXFilesAreRead(_ file: String) throws {
        let glossary = try Glossary.readTBX(path: Fixtures.path(file))
        #expect(!glossary.concepts.isEmpty)
        #expect(glossary.concepts.allSatisfy { !$0.terms.isEmpty })
    }

    @Test func tbxStatusesDefinitionsAndPartsOfSpeechAreRead() throws {
        let astronomy = try Glossary.readTBX(path: Fixtures.path("tbx/tbx-basic/Example_Astronomy_DCT_VALID.tbx"))
        let first = try #require(astronomy.concepts.first)
        #expect(first.domain == "General")
        #expect(first.definitions["en"]?.hasPrefix("A group of stars") == true)
        #expect(first.terms["en"]?.first?.text == "open cluster")
        #expect(first.terms["en"]?.first?.partOfSpeech == "noun")
        let weblate = try Glossary.readTBX(path: Fixtures.path("tbx/weblate-fr-extended-metadata.tbx"))
        #expect(weblate.concepts.flatMap { $0.terms.values.flatMap { $0 } }.contains { $0.status == .forbidden })
    }

    @Test func malformedTBXIsLocated() {
        let error = #expect(throws: GlossaryError.self) {
            try Glossary.readTBX(path: Fixtures.path("tbx/test-files/poorly_formed_xml.tbx"))
        }
        #expect(error?.location.line == 42)  // where xmllint reports the mismatched tag
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY a \"aaaa\">]>\n<tbx/>"
        let entity = #expect(throws: GlossaryError.self) { try Glossary.readTBX(Array(bomb.utf8), file: "bomb.tbx") }
        #expect(entity?.location.line == 3)
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let line: Int
        var testDescription: String { name }
    }

    static let header = "name: t\nlocales: [fr, en]\nconcepts:\n"
    static let badInputs: [BadInput] = [
        BadInput(
            name: "duplicate id", yaml: header + "  - id: a\n    terms: {fr: [x]}\n  - id: a\n    terms: {fr: [y]}\n",
            line: 6),
        BadInput(name: "unknown locale", yaml: header + "  - id: a\n    terms:\n      it: [x]\n", line: 6),
        BadInput(name: "malformed locale", yaml: "name: t\nlocales: [fr, e_n]\nconcepts: []\n", line: 2),
        BadInput(name: "empty term", yaml: header + "  - id: a\n    terms:\n      fr: [\"\"]\n", line: 6),
        BadInput(
            name: "forbidden and preferred",
            yaml: header + "  - id: a\n    terms:\n      en: [fiat, {term: Fiat, status: forbidden, reason: r}]\n",
            line: 6),
        BadInput(
            name: "unknown status", yaml: header + "  - id: a\n    terms:\n      en: [{term: x, status: maybe}]\n",
            line: 6),
        BadInput(name: "unknown key", yaml: header + "  - id: a\n    colour: red\n", line: 5),
        BadInput(name: "malformed YAML", yaml: header + "  - id: [a\n", line: 5),
    ]

    @Test(arguments: badInputs)
    func badTermBasesNameTheirLine(_ input: BadInput) {
        do {
            _ = try Glossary(yaml: input.yaml, file: "g.yaml")
            Issue.record("expected an error")
        } catch let error as any LocatedError {
            #expect(error.location.file == "g.yaml")
            #expect(error.location.line == input.line, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func malformedCSVIsLocated() {
        let header = Glossary.csvColumns.joined(separator: ",")
        let error = #expect(throws: CSVTable.Error.self) {
            try Glossary(csv: header + "\na,b,\"unclosed\n", file: "g.csv")
        }
        #expect(error?.location.line == 2)
        let count = #expect(throws: CSVTable.Error.self) { try Glossary(csv: header + "\na,b\n", file: "g.csv") }
        #expect(
            count
                == .wrongFieldCount(
                    expected: 13, found: 2, at: PasseurKit.SourceLocation(file: "g.csv", line: 2, column: 1)))
    }
}
