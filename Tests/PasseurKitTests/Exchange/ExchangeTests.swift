import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// Export and import on a small project whose article has inline Markdown.
@Suite struct ExchangeTests {
    static let article = """
        # Le *service* client

        Voir [le guide](https://bitcoin.org "Bitcoin") avant de parler de `HODL`. Le désespoir est **double**.

        La pilule orange a un prix ! Nos futurs clients vous remercieront.

        """

    /// A project with the article extracted for English, three units translated.
    static func project() throws -> (Project, String) {
        let folder = try Fixtures.temporaryFolder()
        try TextFile.writeAtomically(
            "name: demo\nsource-locale: fr\ntarget-locales: [en, de]\nglossary: Glossary/bitcoin.yaml\ndocuments: [doc/article.md]\n",
            to: folder + "/passeur.yaml")
        try TextFile.writeAtomically(article, to: folder + "/doc/article.md")
        try TextFile.writeAtomically(
            try TextFile.readBytes(Fixtures.repositoryRoot.appendingPathComponent("Glossary/bitcoin.yaml").path),
            to: folder + "/Glossary/bitcoin.yaml")
        let project = try Project(root: folder)
        _ = try project.extract(locales: project.config.targetLocales)
        let path = folder + "/Locales/en/article.po"
        var catalog = try Catalog.read(path: path)
        let english = [
            "Le *service* client": ("The customer *service*", TranslationUnit.State.reviewed),
            "Voir [le guide](https://bitcoin.org \"Bitcoin\") avant de parler de `HODL`.":
                ("Read [the guide](https://bitcoin.org \"Bitcoin\") before talking about `HODL`.", .translated),
            "Le désespoir est **double**.": ("The despair is **twofold**.", .fuzzy),
        ]
        for i in catalog.units.indices {
            if let (target, state) = english[catalog.units[i].source] {
                catalog.units[i].target = target
                catalog.units[i].state = state
            }
        }
        try catalog.write(to: path)
        return (project, folder)
    }

    static let en = Fixtures.locale("en")

    @Test func aDocumentIsNamedByItsPathOrByAFileNameOnlyItHas() throws {
        let folder = try Fixtures.temporaryFolder()
        try TextFile.writeAtomically(
            "name: site\nsource-locale: fr\ntarget-locales: [en]\ndocuments: [blog/index.md, news/index.md, about.md]\n",
            to: folder + "/passeur.yaml")
        let project = try Project(root: folder)
        let here = SourceLocation(file: "<command line>", line: 1, column: 1)
        #expect(try project.document("news/index.md") == "news/index.md")
        #expect(try project.document("about.md") == "about.md")
        #expect(
            throws: Project.Error.ambiguousDocument(
                "index.md", documents: ["blog/index.md", "news/index.md"], at: here)
        ) {
            try project.document("index.md")
        }
        #expect(
            throws: Project.Error.unknownDocument(
                "contact.md", documents: ["blog/index.md", "news/index.md", "about.md"], at: here)
        ) { try project.document("contact.md") }
        #expect(throws: Project.Error.missingDocument("(several documents: pass --document)", at: here)) {
            try project.document(nil)
        }
    }

    @Test(arguments: Project.ExchangeFormat.allCases)
    func anUntouchedExportImportsAsNoChange(_ format: Project.ExchangeFormat) throws {
        let (project, folder) = try Self.project()
        let before = try TextFile.read(folder + "/Locales/en/article.po")
        let text = try project.export(locale: Self.en, document: "doc/article.md", format: format)
        let file = folder + "/export." + (format == .xliff12 ? "xlf" : format == .xliff ? "xliff" : format.rawValue)
        try TextFile.writeAtomically(text, to: file)
        let report = try project.importTranslations(path: file, format: format, locale: "en")
        #expect(report.count(.updated) == 0, "\(report.items)")
        #expect(report.count(.unchanged) == 3, "\(report.items.filter { $0.outcome != .empty })")
        #expect(!report.written)
        #expect(try TextFile.read(folder + "/Locales/en/article.po") == before)
    }

    @Test func xliff2CarriesCodesGlossaryAndStates() throws {
        let (project, _) = try Self.project()
        let xliff = try project.export(locale: Self.en, document: "doc/article.md", format: .xliff)
        #expect(
            xliff.contains(
                #"<source>Voir <pc id="1" dataRefStart="d1" dataRefEnd="d1e">le guide</pc> avant de parler de <ph id="2" dataRef="d2"/>.</source>"#
            ))
        #expect(
            xliff.contains(#"<data id="d1e">](https://bitcoin.org &quot;Bitcoin&quot;)</data>"#)
                || xliff.contains(#"<data id="d1e">](https://bitcoin.org "Bitcoin")</data>"#))
        #expect(xliff.contains(#"<segment id="s1" state="reviewed">"#))
        #expect(xliff.contains(#"state="initial" subState="passeur:fuzzy""#))
        #expect(
            xliff.contains(
                "<gls:term source=\"glossary\">pilule orange</gls:term>\n          <gls:translation>orange pill</gls:translation>"
            ))
    }

    @Test func exportsValidateAgainstTheOfficialSchemas() throws {
        try #require(Fixtures.hasTool("xmllint"), "xmllint (Debian libxml2-utils) is not installed")
        let (project, folder) = try Self.project()
        let checks: [(Project.ExchangeFormat, [String])] = [
            (.xliff, ["--schema", Fixtures.path("xliff/2.1/schemas/xliff_core_2.0.xsd")]),
            (.xliff12, ["--schema", Fixtures.path("xliff/1.2/xliff-core-1.2-strict.xsd")]),
            (.tmx, ["--dtdvalid", Fixtures.path("tmx/tmx14.dtd")]),
        ]
        // With candidates from a memory too, so the matches module is exercised.
        try TextFile.writeAtomically(
            TMXWriter.write(
                .memory(
                    source: "fr", target: "en", [("m1", "La pilule orange a un coût !", "The orange pill has a cost!")])
            ), to: folder + "/Locales/memory/old.tmx")
        for (format, schema) in checks {
            let text = try project.export(
                locale: Self.en, document: "doc/article.md", format: format, memory: project.memory(for: Self.en),
                minScore: 50)
            if format == .xliff { #expect(text.contains("<mtc:match id=\"m1\" ref=\"#s1\" similarity=\"")) }
            let file = folder + "/check.\(format.rawValue)"
            try TextFile.writeAtomically(text, to: file)
            let result = try Fixtures.runTool(
                "env",
                [
                    "XML_CATALOG_FILES=" + Fixtures.path("xliff/2.1/schemas/catalog.xml"), "xmllint", "--nonet",
                    "--noout",
                ] + schema + [file])
            #expect(result.status == 0, "\(format): \(result.stderr)")
        }
    }

    @Test func aTranslatorsEditsComeBackAsMarkdown() throws {
        let (project, folder) = try Self.project()
        var xliff = try project.export(locale: Self.en, document: "doc/article.md", format: .xliff12)
        // The translator's tool translates a unit with a link and changes a translated one.
        xliff = xliff.replacingOccurrences(
            of: #"<source>Nos futurs clients vous remercieront.</source>"#,
            with:
                #"<source>Nos futurs clients vous remercieront.</source><target state="translated">Our future customers will thank you.</target>"#
        )
        xliff = xliff.replacingOccurrences(
            of: "Read <g id=\"1\" ctype=\"link\">the guide</g>", with: "Read <g id=\"1\" ctype=\"link\">this guide</g>")
        try TextFile.writeAtomically(xliff, to: folder + "/back.xlf")
        let report = try project.importTranslations(path: folder + "/back.xlf")
        #expect(report.count(.updated) == 2)
        let catalog = try Catalog.read(path: folder + "/Locales/en/article.po")
        #expect(
            catalog.units.contains {
                $0.target == "Read [this guide](https://bitcoin.org \"Bitcoin\") before talking about `HODL`."
            })
        #expect(
            catalog.units.contains { $0.target == "Our future customers will thank you." && $0.state == .translated })
    }

    @Test func reviewedWorkChangedSourcesAndDryRunsAreRespected() throws {
        let (project, folder) = try Self.project()
        var xliff = try project.export(locale: Self.en, document: "doc/article.md", format: .xliff)
        xliff = xliff.replacingOccurrences(of: "<target>The customer <pc", with: "<target>Our customer <pc")
        xliff = xliff.replacingOccurrences(of: "<source>Le désespoir est ", with: "<source>Le grand désespoir est ")
        try TextFile.writeAtomically(xliff, to: folder + "/back.xliff")
        let before = try TextFile.read(folder + "/Locales/en/article.po")
        let dry = try project.importTranslations(path: folder + "/back.xliff", dryRun: true, force: true)
        #expect(dry.count(.updated) == 1 && !dry.written)
        #expect(try TextFile.read(folder + "/Locales/en/article.po") == before)
        let report = try project.importTranslations(path: folder + "/back.xliff")
        #expect(report.count(.protected) == 1)
        #expect(report.count(.sourceChanged) == 1)
        #expect(try TextFile.read(folder + "/Locales/en/article.po") == before)
        let forced = try project.importTranslations(path: folder + "/back.xliff", force: true)
        #expect(forced.count(.updated) == 1)
        #expect(try Catalog.read(path: folder + "/Locales/en/article.po").units[0].target == "Our customer *service*")
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let line: Int
        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(
            name: "malformed",
            text:
                "<?xml version=\"1.0\"?>\n<xliff version=\"2.1\" srcLang=\"fr\" trgLang=\"en\">\n<file id=\"f\">\n</xliff>",
            line: 4),
        BadFile(
            name: "external entity",
            text:
                "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<xliff>&e;</xliff>",
            line: 2),
        BadFile(
            name: "doctype", text: "<?xml version=\"1.0\"?>\n\n<!DOCTYPE xliff SYSTEM \"x.dtd\">\n<xliff/>", line: 3),
        BadFile(
            name: "wrong language pair",
            text: "<xliff version=\"2.1\" srcLang=\"en\" trgLang=\"de\"><file id=\"f\"/></xliff>", line: 1),
        BadFile(
            name: "other document",
            text: "<xliff version=\"2.1\" srcLang=\"fr\" trgLang=\"en\"><file id=\"f\" original=\"other.md\"/></xliff>",
            line: 1),
        BadFile(name: "not XLIFF", text: "<html><body/></html>", line: 1),
    ]

    @Test(arguments: badFiles)
    func badFilesAreLocatedAndTouchNothing(_ bad: BadFile) throws {
        let (project, folder) = try Self.project()
        let before = try TextFile.read(folder + "/Locales/en/article.po")
        try TextFile.writeAtomically(bad.text, to: folder + "/bad.xlf")
        do {
            _ = try project.importTranslations(
                path: folder + "/bad.xlf", locale: bad.name == "wrong language pair" ? nil : "en")
            Issue.record("expected an error")
        } catch let error as any LocatedError {
            #expect(error.location.line == bad.line, "\(error)")
        }
        #expect(try TextFile.read(folder + "/Locales/en/article.po") == before)
    }

    @Test func invalidUTF8IsLocated() throws {
        let (project, folder) = try Self.project()
        try TextFile.writeAtomically(
            Array("<xliff>\n<a>caf".utf8) + [0xE9] + Array("</a></xliff>".utf8), to: folder + "/bad.xlf")
        let error = #expect(throws: FileError.self) {
            try project.importTranslations(path: folder + "/bad.xlf", locale: "en")
        }
        #expect(error?.location.line == 2)
    }

    static let samples: [String] = {
        let root = Fixtures.root.appendingPathComponent("xliff")
        var files: [String] = []
        for folder in [
            "samples/1.1", "samples/1.2", "samples/2.0", "samples/2.1", "okapi-xliff2-conformance/valid",
            "okapi-xliff2-conformance/warning",
        ] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let name = enumerator?.nextObject() as? String {
                if [".xlf", ".xliff", ".xliff2", ".poxliff"].contains(where: name.hasSuffix) {
                    files.append("xliff/\(folder)/\(name)")
                }
            }
        }
        return files.sorted()
    }()

    @Test func sampleFilesArePresent() {
        #expect(Self.samples.count > 60)
    }

    @Test(arguments: samples)
    func otherToolsXLIFFIsRead(_ file: String) throws {
        let read = try XLIFFReader.read(path: Fixtures.path(file))
        #expect(read.units.allSatisfy { !$0.id.isEmpty })
    }

    static let memories =
        (Fixtures.files(in: "tmx", extensions: ["tmx"]) + Fixtures.files(in: "tmx/compliance-kit", extensions: ["tmx"]))

    @Test func memoryFixturesArePresent() {
        #expect(Self.memories.count > 25)
    }

    @Test(arguments: memories)
    func otherToolsTMXIsRead(_ file: String) throws {
        // UTF-16 files of the LISA compliance kit included.
        let memory = try TMXReader.read(path: Fixtures.path(file), sourceLocale: "en", targetLocale: nil)
        #expect(!memory.units.isEmpty)
    }
}

extension ExchangeFile {
    /// A bilingual memory of `(id, source, target)` units, as tests write TMX files.
    static func memory(source: String, target: String, _ units: [(String, String, String)]) -> ExchangeFile {
        ExchangeFile(
            sourceLocale: source, targetLocale: target, original: nil,
            units: units.map {
                ExchangeFile.Unit(
                    id: $0.0, source: $0.1, target: $0.2, state: nil,
                    location: SourceLocation(file: "memory.tmx", line: 1, column: 1))
            })
    }
}
