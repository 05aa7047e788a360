import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// End-to-end: the built `passeur` run on copies of the project, as a user runs it.
@Suite struct CommandLineTests {
    static let catalogs = ["en", "es", "de", "pt-BR"].map { "Locales/\($0)/le-service-client-bitcoin.po" }

    @Test func segmentPrintsTheArticleAsTSV() throws {
        let result = try Fixtures.passeur(["segment", Fixtures.articlePath, "--format", "tsv"])
        #expect(result.status == 0)
        Fixtures.expectGolden(result.stdout, "article.segments.tsv")
    }

    @Test func segmentPrintsJSONAndText() throws {
        let json = try Fixtures.passeur([
            "segment", Fixtures.path("documents/le-service-client-bitcoin.txt"), "--format", "json",
        ])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 75)
        #expect(rows.first?["text"] as? String == "Le service client Bitcoin")
        #expect(rows.last?["block"] as? Int == 20)
        let text = try Fixtures.passeur(["segment", Fixtures.articlePath])
        #expect(text.stdout.hasPrefix("Le service client Bitcoin\n\nMaxx Mannheimer"))
    }

    @Test func extractCreatesCatalogsThatMsgfmtAcceptsAndIsStable() throws {
        let project = try Fixtures.projectCopy()
        let first = try Fixtures.passeur(["extract"], in: project)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Locales/pt-BR/le-service-client-bitcoin.po: created, 75 segments"))
        let written = try Self.catalogs.map { try TextFile.read(project + "/" + $0) }
        #expect(written[3].contains("\"Language: pt_BR\\n\""))
        do {
            try Tool.require("msgfmt")
            for catalog in Self.catalogs {
                let check = try Fixtures.runTool("msgfmt", ["-c", "-o", "/dev/null", catalog], in: project)
                #expect(check.status == 0 && check.stderr.isEmpty, "\(catalog): \(check.stderr)")
                // gettext's own writer gives the same bytes: diffs stay small whoever touches the file.
                let cat = try Fixtures.runTool("msgcat", [catalog], in: project)
                #expect(cat.stdout == (try TextFile.read(project + "/" + catalog)), "\(catalog)")
            }
        }
        let second = try Fixtures.passeur(["extract"], in: project)
        #expect(second.stdout.contains("unchanged"))
        #expect(try Self.catalogs.map { try TextFile.read(project + "/" + $0) } == written)
    }

    @Test func aChangedSentenceGoesFuzzyAndARemovedOneObsolete() throws {
        let project = try Fixtures.projectCopy()
        try Fixtures.passeur(["extract", "--locale", "en"], in: project)
        let catalogPath = project + "/" + Self.catalogs[0]
        // A translator translates two sentences.
        var catalog = try Catalog.read(path: catalogPath)
        for (i, unit) in catalog.units.enumerated() {
            if unit.source == "Le désespoir est double." { catalog.units[i].target = "The despair is twofold." }
            if unit.source == "Je ne changerais rien au processus." {
                catalog.units[i].target = "I would not change a thing about the process."
            }
            if catalog.units[i].hasTarget { catalog.units[i].state = .translated }
        }
        try catalog.write(to: catalogPath)
        // The author edits one sentence and deletes the other.
        let article = project + "/Locales/fr/le-service-client-bitcoin.md"
        var text = try TextFile.read(article)
        text = text.replacingOccurrences(of: "Le désespoir est double.", with: "Le désespoir est vraiment double.")
        text = text.replacingOccurrences(of: " Je ne changerais rien au processus.", with: "")
        try TextFile.writeAtomically(text, to: article)
        let dryRun = try Fixtures.passeur(["extract", "--locale", "en", "--dry-run"], in: project)
        #expect(dryRun.stdout.contains("1 fuzzy") && dryRun.stdout.contains("[dry run]"))
        #expect(try Catalog.read(path: catalogPath) == catalog)
        let result = try Fixtures.passeur(["extract", "--locale", "en"], in: project)
        #expect(result.stdout.contains("1 fuzzy") && result.stdout.contains("1 obsolete"))
        let po = try TextFile.read(catalogPath)
        #expect(
            po.contains(
                "#, fuzzy\n#| msgid \"Le désespoir est double.\"\nmsgid \"Le désespoir est vraiment double.\"\nmsgstr \"The despair is twofold.\""
            ))
        #expect(
            po.contains(
                "#~ msgid \"Je ne changerais rien au processus.\"\n#~ msgstr \"I would not change a thing about the process.\""
            ))
    }

    @Test func statsCountsStatesAndWords() throws {
        let project = try Fixtures.projectCopy()
        try Fixtures.passeur(["extract"], in: project)
        let catalogPath = project + "/" + Self.catalogs[1]
        var catalog = try Catalog.read(path: catalogPath)
        catalog.units[0].target = "El servicio al cliente de Bitcoin"
        catalog.units[0].state = .reviewed
        catalog.units[1].target = "Maxx Mannheimer es un antiguo ejecutivo de cuentas."
        catalog.units[1].state = .fuzzy
        try catalog.write(to: catalogPath)
        let result = try Fixtures.passeur(["stats", "--format", "json"], in: project)
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        let spanish = try #require(rows.first { $0["locale"] as? String == "es" })
        #expect(spanish["segments"] as? Int == 75)
        #expect(spanish["translated"] as? Int == 1)
        #expect(spanish["reviewed"] as? Int == 1)
        #expect(spanish["fuzzy"] as? Int == 1)
        #expect(spanish["untranslated"] as? Int == 73)
        #expect(spanish["translated_words"] as? Int == 4)
        let table = try Fixtures.passeur(["stats", "--locale", "es"], in: project)
        #expect(table.stdout.split(separator: "\n").count == 2)
        #expect(table.stdout.contains("es      Locales/fr/le-service-client-bitcoin.md"))
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        let stderrPrefix: String
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(
            name: "missing file", arguments: ["segment", "missing.md"],
            stderrPrefix: "missing.md:1:1: error: cannot read file"),
        BadInput(
            name: "unknown locale",
            arguments: ["segment", "Locales/fr/le-service-client-bitcoin.md", "--locale", "xx"],
            stderrPrefix: "<command line>:1:1: error: unknown language in locale 'xx'"),
        BadInput(
            name: "malformed locale", arguments: ["extract", "--locale", "en_US"],
            stderrPrefix: "<command line>:1:1: error: malformed locale 'en_US'"),
        BadInput(
            name: "locale not in project", arguments: ["extract", "--locale", "it"],
            stderrPrefix: "<command line>:1:1: error: 'it' is not a target locale"),
        BadInput(name: "unknown option", arguments: ["segment", "--frobnicate"], stderrPrefix: "error: "),
    ]

    @Test(arguments: badInputs)
    func badUsageExitsWithTwoAndALocatedMessage(_ input: BadInput) throws {
        let project = try Fixtures.projectCopy()
        let result = try Fixtures.passeur(input.arguments, in: project)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(input.stderrPrefix), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test func aBrokenSRXFileIsLocated() throws {
        let folder = try Fixtures.temporaryFolder()
        try TextFile.writeAtomically("<srx version=\"2.0\">\n<body>\n<oops></body></srx>\n", to: folder + "/bad.srx")
        let result = try Fixtures.passeur(["segment", Fixtures.articlePath, "--rules", "bad.srx"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("bad.srx:3:"), "\(result.stderr)")
    }

    @Test func aMalformedCatalogStopsExtractionAndNothingIsWritten() throws {
        let project = try Fixtures.projectCopy()
        try Fixtures.passeur(["extract"], in: project)
        let before = try Self.catalogs.map { try TextFile.read(project + "/" + $0) }
        var german = before[2]
        german = german.replacingOccurrences(
            of: "msgid \"Le service client Bitcoin\"", with: "msgid \"Le service client Bitcoin")
        try TextFile.writeAtomically(german, to: project + "/" + Self.catalogs[2])
        try TextFile.writeAtomically(
            try TextFile.read(project + "/Locales/fr/le-service-client-bitcoin.md") + "\nUne phrase de plus.\n",
            to: project + "/Locales/fr/le-service-client-bitcoin.md")
        let result = try Fixtures.passeur(["extract"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix("Locales/de/le-service-client-bitcoin.po:16:7: error: unterminated string"),
            "\(result.stderr)")
        // The English catalog, read before the German one failed, was not updated either.
        #expect(try TextFile.read(project + "/" + Self.catalogs[0]) == before[0])
    }

    @Test func aNonUTF8DocumentAndABadSettingsFileAreLocated() throws {
        let project = try Fixtures.projectCopy()
        try TextFile.writeAtomically(
            Array("# Titre\n\nCaf".utf8) + [0xE9] + Array(".\n".utf8),
            to: project + "/Locales/fr/le-service-client-bitcoin.md")
        let result = try Fixtures.passeur(["extract"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix("Locales/fr/le-service-client-bitcoin.md:3:4: error: invalid UTF-8"),
            "\(result.stderr)")
        try TextFile.writeAtomically(
            "source-locale: fr\ntarget-locales: [en]\ndocuments: [nowhere.md]\n", to: project + "/passeur.yaml")
        let missing = try Fixtures.passeur(["stats"], in: project)
        #expect(missing.status == 2)
        #expect(
            missing.stderr.hasPrefix("passeur.yaml:3:13: error: document 'nowhere.md' not found"), "\(missing.stderr)")
    }

    @Test func helpExitsWithZero() throws {
        let result = try Fixtures.passeur(["--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout.contains("segment") && result.stdout.contains("extract") && result.stdout.contains("stats"))
    }

    @Test(arguments: [
        (["check"], "values: text, json, junit, sarif, html; default: text"),
        (["glossary", "check"], "values: text, json; default: text"),
        (["stats"], "values: table, json; default: table"),
        (["segment"], "values: text, json, tsv; default: text"),
        (["export"], "values: xliff, xliff12, tmx, csv, po; default: xliff"),
    ])
    func helpListsEveryFormatAndTheDefault(_ command: [String], _ values: String) throws {
        let result = try Fixtures.passeur(command + ["--help"])
        #expect(result.status == 0)
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains(values), "\(result.stdout)")
    }

    @Test(arguments: [["import"], ["tm", "import"], ["stats"], ["build"], ["glossary", "list"]])
    func everyProjectCommandTakesTheSameProjectOption(_ command: [String]) throws {
        let result = try Fixtures.passeur(command + ["--help"])
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            help.contains("--project <project> The project folder (where passeur.yaml is). (default: .)"), "\(help)")
    }
}
