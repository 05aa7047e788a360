import Foundation
import PasseurKit
import PasseurTestSupport
import Testing

/// The promises of the README's "Guarantees": a mistake in the input or a failing disk never
/// costs a translator's work, a failing run writes nothing, every error is one located line.
@Suite struct NothingLostTests {
    static let article = "le-service-client-bitcoin"

    /// A new project in a temporary folder: `passeur.yaml` with `settings`, and `files`.
    func project(_ settings: String, files: [String: String]) throws -> String {
        let folder = try Fixtures.temporaryFolder()
        try TextFile.writeAtomically(settings, to: folder + "/passeur.yaml")
        for (path, text) in files { try TextFile.writeAtomically(text, to: folder + "/" + path) }
        return folder
    }

    /// Every file under `folder`, by path, with its bytes.
    func snapshot(_ folder: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder)
            if !isFolder.boolValue { result[relative] = try TextFile.readBytes(folder + "/" + relative) }
        }
        return result
    }

    /// Gives the first unit of the catalog at `path` a translation.
    func translateFirstUnit(of path: String, as target: String) throws {
        var catalog = try Catalog.read(path: path)
        catalog.units[0].target = target
        catalog.units[0].state = .translated
        try catalog.write(to: path)
    }

    /// Runs `body` with `folder` immutable (`chattr +i`: not even root may create a file in it).
    func withImmutable(_ folder: String, _ body: () throws -> Void) throws {
        let set = try Fixtures.runTool("chattr", ["+i", folder])
        try #require(set.status == 0, "chattr +i failed: \(set.stderr)")
        defer { _ = try? Fixtures.runTool("chattr", ["-i", folder]) }
        try body()
    }

    // MARK: 1. Documents with the same file name

    @Test func documentsWithTheSameNameInTwoFoldersKeepTwoCatalogs() throws {
        let folder = try project(
            "source-locale: fr\ntarget-locales: [en]\ndocuments: [a/intro.md, b/intro.md]\n",
            files: ["a/intro.md": "Bonjour le monde. Au revoir.\n", "b/intro.md": "Une autre phrase. Encore une.\n"])
        let extract = try Fixtures.passeur(["extract"], in: folder)
        #expect(extract.status == 0, "\(extract.stderr)")
        let a = try Catalog.read(path: folder + "/Locales/en/a/intro.po")
        let b = try Catalog.read(path: folder + "/Locales/en/b/intro.po")
        #expect(a.units.map(\.source) == ["Bonjour le monde.", "Au revoir."])
        #expect(b.units.map(\.source) == ["Une autre phrase.", "Encore une."])
        #expect(!FileManager.default.fileExists(atPath: folder + "/Locales/en/intro.po"))
        let stats = try Fixtures.passeur(["stats", "--format", "json"], in: folder)
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(
            stats.stdout.contains(
                "\"document\" : \"a/intro.md\",\n    \"fuzzy\" : 0,\n    \"locale\" : \"en\",\n    \"reviewed\" : 0,\n    \"segments\" : 2"
            ), "\(stats.stdout)")
        #expect(
            stats.stdout.contains(
                "\"document\" : \"b/intro.md\",\n    \"fuzzy\" : 0,\n    \"locale\" : \"en\",\n    \"reviewed\" : 0,\n    \"segments\" : 2"
            ), "\(stats.stdout)")
        // Extracting again changes nothing: each catalog is found where it was written.
        let again = try Fixtures.passeur(["extract"], in: folder)
        #expect(again.status == 0 && !again.stdout.contains("created"), "\(again.stdout)")
    }

    @Test func documentsThatWouldShareACatalogAreRefusedAtTheirLine() throws {
        let folder = try project(
            "source-locale: fr\ntarget-locales: [en]\ndocuments:\n  - a/intro.md\n  - a/intro.txt\n",
            files: ["a/intro.md": "Bonjour.\n", "a/intro.txt": "Salut.\n"])
        let result = try Fixtures.passeur(["extract"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "passeur.yaml:5:5: error: documents 'a/intro.md' and 'a/intro.txt' would share the catalog 'intro.po'"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Locales"))
    }

    @Test func aCatalogAtItsOldPlaceIsNeverLeftBehind() throws {
        let folder = try project(
            "source-locale: fr\ntarget-locales: [en]\ndocuments: [a/intro.md]\n",
            files: ["a/intro.md": "Bonjour le monde.\n", "b/notes.md": "Une note.\n"])
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        let old = folder + "/Locales/en/intro.po"
        try translateFirstUnit(of: old, as: "Hello world.")
        try TextFile.writeAtomically(
            "source-locale: fr\ntarget-locales: [en]\ndocuments: [a/intro.md, b/notes.md]\n",
            to: folder + "/passeur.yaml")
        let before = try snapshot(folder)
        let result = try Fixtures.passeur(["extract"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "error: the catalog 'Locales/en/intro.po' of this document now belongs at 'Locales/en/a/intro.po'"),
            "\(result.stderr)")
        #expect(result.stderr.contains("git mv Locales/en/intro.po Locales/en/a/intro.po"))
        #expect(try snapshot(folder) == before)
    }

    @Test func catalogsThatMoveWithANewFolderAreNeverLeftBehind() throws {
        let two = "source-locale: fr\ntarget-locales: [en]\ndocuments: [src/a/intro.md, src/b/intro.md]\n"
        let folder = try project(
            two,
            files: [
                "src/a/intro.md": "Bonjour le monde.\n", "src/b/intro.md": "Une note.\n",
                "other/intro.md": "Encore.\n",
            ])
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        let path = folder + "/Locales/en/a/intro.po"
        try translateFirstUnit(of: path, as: "Hello world.")
        try TextFile.writeAtomically(
            two.replacingOccurrences(of: "src/b/intro.md]", with: "src/b/intro.md, other/intro.md]"),
            to: folder + "/passeur.yaml")
        let before = try snapshot(folder)
        for command in [["extract"], ["check"], ["build", "--fallback", "source"]] {
            let result = try Fixtures.passeur(command, in: folder)
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("'Locales/en/a/intro.po'"), "\(command): \(result.stderr)")
            #expect(
                result.stderr.contains("now belongs at 'Locales/en/src/a/intro.po'"), "\(command): \(result.stderr)")
        }
        #expect(try snapshot(folder) == before)
    }

    // MARK: 2 and 10. Malformed catalogs

    @Test func anEmptiedCatalogIsRefusedNotStartedAgain() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract", "-l", "en"], in: folder).status == 0)
        try TextFile.writeAtomically("", to: folder + "/Locales/en/\(Self.article).po")
        for command in [["stats"], ["extract"]] {
            let result = try Fixtures.passeur(command, in: folder)
            #expect(result.status == 2, "\(command)")
            #expect(
                result.stderr.hasPrefix("Locales/en/\(Self.article).po:1:1: error: the catalog has no entry"),
                "\(result.stderr)")
        }
        #expect(try TextFile.read(folder + "/Locales/en/\(Self.article).po").isEmpty)
    }

    @Test func aMalformedEntryStopsEveryCommandAndItsTranslationStays() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        let path = folder + "/Locales/en/\(Self.article).po"
        try Fixtures.translate(folder, ["Le désespoir est double.": "Despair is twofold."])
        let good = try TextFile.read(path)
        let bad = good.replacingOccurrences(
            of: "msgid \"Le désespoir est double.\"\n", with: "msgid \"Le désespoir est double.\"\nmsgid \"x\"\n")
        #expect(bad != good)
        try TextFile.writeAtomically(bad, to: path)
        let line =
            bad.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0 == "msgid \"Le désespoir est double.\"" }.map { $0 + 1 } ?? 0
        for command in [["stats"], ["extract"], ["check"], ["build", "-l", "en"], ["export", "-l", "en"]] {
            let result = try Fixtures.passeur(command, in: folder)
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(
                result.stderr.hasPrefix("Locales/en/\(Self.article).po:\(line):1: error: entry has no msgstr"),
                "\(command): \(result.stderr)")
            #expect(try TextFile.read(path) == bad, "\(command) rewrote the catalog")
        }
    }

    // MARK: 3. Runs that fail halfway

    @Test func anUnwritableLocaleLeavesEveryCatalogAsItWas() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        let source = folder + "/Locales/fr/\(Self.article).md"
        try TextFile.writeAtomically(
            try TextFile.read(source).replacingOccurrences(of: "Le désespoir est double.", with: "Il est double."),
            to: source)
        let before = try snapshot(folder + "/Locales")
        try withImmutable(folder + "/Locales/de") {
            let result = try Fixtures.passeur(["extract"], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("Locales/de/\(Self.article).po:1:1: error: cannot write file"))
            #expect(result.stderr.contains("nothing was written"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(try snapshot(folder + "/Locales") == before)
        // Once the folder is writable again, the same run writes every catalog.
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        #expect(try snapshot(folder + "/Locales") != before)
    }

    @Test func aBuildThatFailsOnOneLocaleLeavesEveryEditionAsItWas() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        let options = ["build", "--fallback", "source", "--allow-errors", "--date", "2026-01-01"]
        let first = try Fixtures.passeur(options, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        try Fixtures.translate(folder, ["Le désespoir est double.": "Despair is twofold."])
        try Fixtures.translate(folder, locale: "pt-BR", ["Le désespoir est double.": "O desespero é duplo."])
        let before = try snapshot(folder + "/build/editions")
        try withImmutable(folder + "/build/editions/de") {
            let result = try Fixtures.passeur(options, in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains("nothing was written"), "\(result.stderr)")
        }
        #expect(try snapshot(folder + "/build/editions") == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/build/editions")
        #expect(names.sorted() == ["de", "en", "es", "pt-BR"], "staging left behind: \(names)")
        #expect(try Fixtures.passeur(options, in: folder).status == 0)
        #expect(try snapshot(folder + "/build/editions") != before)
    }

    @Test func aPretranslationThatCannotWriteOneLocaleWritesNone() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        for locale in ["en", "de"] {
            try Fixtures.translate(folder, locale: locale, ["Le désespoir est double.": "\(locale): double"])
        }
        // A second document whose sentence the memory knows, in every locale.
        try TextFile.writeAtomically("Le désespoir est double.\n", to: folder + "/Locales/fr/second.md")
        let settings = try TextFile.read(folder + "/passeur.yaml").replacingOccurrences(
            of: "  - Locales/fr/\(Self.article).md", with: "  - Locales/fr/\(Self.article).md\n  - Locales/fr/second.md"
        )
        try TextFile.writeAtomically(settings, to: folder + "/passeur.yaml")
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        let before = try snapshot(folder + "/Locales")
        try withImmutable(folder + "/Locales/de") {
            let result = try Fixtures.passeur(["pretranslate", "-l", "en", "-l", "de"], in: folder)
            #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
            #expect(result.stderr.contains("nothing was written"), "\(result.stderr)")
        }
        #expect(try snapshot(folder + "/Locales") == before)
    }

    // MARK: 4. Settings that are accepted but wrong

    struct BadSetting: CustomTestStringConvertible, Sendable {
        let name: String
        let settings: String
        let error: String
        var testDescription: String { name }
    }

    static let badSettings: [BadSetting] = [
        BadSetting(
            name: "duplicate target", settings: "source-locale: fr\ntarget-locales: [en, es, en]\ndocuments: [a.md]\n",
            error: "passeur.yaml:2:26: error: target locale 'en' is listed twice"),
        BadSetting(
            name: "target is source",
            settings: "source-locale: fr\ntarget-locales:\n  - en\n  - fr\ndocuments: [a.md]\n",
            error: "passeur.yaml:4:5: error: target locale 'fr' is the source locale"),
        BadSetting(
            name: "document outside",
            settings: "source-locale: fr\ntarget-locales: [en]\ndocuments: [../../../etc/hostname]\n",
            error: "passeur.yaml:3:13: error: document '../../../etc/hostname' is outside the project folder"),
        BadSetting(
            name: "absolute document",
            settings: "source-locale: fr\ntarget-locales: [en]\ndocuments: [/etc/hostname]\n",
            error: "passeur.yaml:3:13: error: document '/etc/hostname' is outside the project folder"),
        BadSetting(
            name: "duplicate document",
            settings: "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md, ./a.md, a.md]\n",
            error: "passeur.yaml:3:27: error: document 'a.md' is listed twice"),
        BadSetting(
            name: "tab indent", settings: "source-locale: fr\ntarget-locales:\n\t- en\ndocuments: [a.md]\n",
            error: "passeur.yaml:3:1: error: invalid YAML: found character that cannot start any token: a tab"),
        BadSetting(
            name: "control character",
            settings: "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md]\nname: \"a\u{7}\"\n",
            error: "passeur.yaml:4:"),
    ]

    @Test(arguments: badSettings)
    func wrongSettingsAreRefusedAtTheirLine(_ bad: BadSetting) throws {
        let folder = try project(bad.settings, files: ["a.md": "Bonjour.\n"])
        for command in [["stats"], ["extract"]] {
            let result = try Fixtures.passeur(command, in: folder)
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.hasPrefix(bad.error), "\(command): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/Locales"))
    }

    @Test(arguments: [
        ["pretranslate", "--min-score", "120"], ["pretranslate", "--min-score", "-1"], ["check", "--format", ""],
        ["export", "-l", "en", "--format", ""], ["glossary", "show", "HODL", "-l", "zz"],
        ["glossary", "show", "HODL", "-l", "it"], ["stats", "-l", "fr"],
    ])
    func wrongOptionsAreRefusedOnOneLine(_ arguments: [String]) throws {
        let folder = try Fixtures.projectCopy()
        let result = try Fixtures.passeur(arguments, in: folder)
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stderr.contains("error: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    // MARK: 5. A gate that is green on nothing

    @Test func aProjectWithoutCatalogsFailsTheGate() throws {
        let folder = try Fixtures.projectCopy()
        for command in [["check"], ["check", "-l", "de"], ["build"]] {
            let result = try Fixtures.passeur(command, in: folder)
            #expect(result.status == 2, "\(command): \(result.stdout)")
            #expect(result.stderr.contains("Locales/"), "\(result.stderr)")
            #expect(result.stderr.contains("run passeur extract"), "\(command): \(result.stderr)")
        }
        #expect(try Fixtures.passeur(["extract", "-l", "en"], in: folder).status == 0)
        // One locale's catalogs are enough to check that locale; the others are still missing.
        #expect(try Fixtures.passeur(["check", "-l", "en"], in: folder).status != 2)
        #expect(try Fixtures.passeur(["check", "-l", "de"], in: folder).status == 2)
    }

    // MARK: 7. Baselines

    @Test func aBaselineSurvivesLinesMovingAndRefusesAnotherVersion() throws {
        let folder = try Fixtures.projectCopy()
        try TextFile.writeAtomically("Le désespoir est double.\n", to: folder + "/Locales/fr/second.md")
        let settings = try TextFile.read(folder + "/passeur.yaml").replacingOccurrences(
            of: "  - Locales/fr/\(Self.article).md", with: "  - Locales/fr/\(Self.article).md\n  - Locales/fr/second.md"
        )
        try TextFile.writeAtomically(settings, to: folder + "/passeur.yaml")
        #expect(try Fixtures.passeur(["extract", "-l", "en"], in: folder).status == 0)
        for (document, target) in [(Self.article, "Despair is twofold."), ("second", "Despair is double.")] {
            let path = folder + "/Locales/en/\(document).po"
            var catalog = try Catalog.read(path: path)
            for i in catalog.units.indices where catalog.units[i].source == "Le désespoir est double." {
                catalog.units[i].target = target
                catalog.units[i].state = .translated
            }
            try catalog.write(to: path)
        }
        let findings = try Fixtures.passeur(["check", "-l", "en", "--format", "json"], in: folder)
        #expect(findings.stdout.contains("inconsistent-translation"))
        #expect(try Fixtures.passeur(["check", "-l", "en", "--update-baseline", "base.json"], in: folder).status == 0)
        // Lines move in the catalog that the finding's message names.
        let path = folder + "/Locales/en/\(Self.article).po"
        try TextFile.writeAtomically("# A translator's note.\n# Another.\n\n" + (try TextFile.read(path)), to: path)
        let gate = try Fixtures.passeur(
            ["check", "-l", "en", "--baseline", "base.json", "--format", "json"], in: folder)
        #expect(!gate.stdout.contains("inconsistent-translation"), "\(gate.stdout)")
        let old = try TextFile.read(folder + "/base.json").replacingOccurrences(
            of: "\"version\": 2", with: "\"version\": 1")
        try TextFile.writeAtomically(old, to: folder + "/base.json")
        let refused = try Fixtures.passeur(["check", "-l", "en", "--baseline", "base.json"], in: folder)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.hasPrefix("base.json:1:1: error: baseline version 1 is not supported"), "\(refused.stderr)")
    }

    @Test func anEmptyEditionFormatIsRefusedAndTheEditionsStay() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        #expect(try Fixtures.passeur(["build", "--fallback", "source", "--allow-errors"], in: folder).status == 0)
        let before = try snapshot(folder + "/build")
        for formats in ["", ",", "md,", "md,,html"] {
            let result = try Fixtures.passeur(["build", "--fallback", "source", "--format", formats], in: folder)
            #expect(result.status == 2, "'\(formats)'")
            #expect(result.stderr.contains("empty edition format in "), "\(result.stderr)")
        }
        #expect(try snapshot(folder + "/build") == before)
    }

    // MARK: 9. Rules that would never finish

    @Test func anSRXRuleThatBacktracksForEverStopsTheRunAtItsLine() throws {
        let folder = try Fixtures.projectCopy()
        try TextFile.writeAtomically(
            try TextFile.readBytes(Fixtures.path("fuzz/srx/catastrophic-backtracking.srx")),
            to: folder + "/rules/slow.srx")
        let settings = try TextFile.read(folder + "/passeur.yaml") + "segmentation:\n  rules: rules/slow.srx\n"
        try TextFile.writeAtomically(settings, to: folder + "/passeur.yaml")
        for command in [
            ["stats"], ["extract"], ["segment", "Locales/fr/\(Self.article).md", "--rules", "rules/slow.srx"],
        ] {
            let result = try Fixtures.passeur(command, in: folder)
            #expect(result.status == 2, "\(command): \(result.stdout)")
            #expect(result.stderr.hasPrefix("rules/slow.srx:4:"), "\(command): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/Locales/en"))
    }

    // MARK: 11. Garbage in

    @Test func whiteSpaceNeverReplacesATranslation() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract", "-l", "en"], in: folder).status == 0)
        try Fixtures.translate(folder, ["Le désespoir est double.": "Despair is twofold."])
        let path = folder + "/Locales/en/\(Self.article).po"
        let before = try TextFile.read(path)
        let po = before.replacingOccurrences(of: "msgstr \"Despair is twofold.\"", with: "msgstr \" \\t\"")
        #expect(po != before)
        try TextFile.writeAtomically(po, to: folder + "/edited.po")
        for force in [[], ["--force"]] {
            let result = try Fixtures.passeur(["import", "edited.po", "-l", "en"] + force, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try TextFile.read(path) == before, "\(force)")
        }
    }

    @Test func importFindsTheFormatOfAFileExportNamedAfterIt() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract", "-l", "en"], in: folder).status == 0)
        for (format, name) in [("xliff12", "en.xliff12"), ("xliff", "en.xml"), ("tmx", "memory.xml")] {
            let export = try Fixtures.passeur(["export", "-l", "en", "--format", format, "-o", name], in: folder)
            #expect(export.status == 0, "\(export.stderr)")
            let result = try Fixtures.passeur(["import", name, "-l", "en"], in: folder)
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
        try TextFile.writeAtomically("hello", to: folder + "/notes.txt")
        let unknown = try Fixtures.passeur(["import", "notes.txt", "-l", "en"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("notes.txt:1:1: error: cannot tell the format from the extension '.txt'"))
        let source = try Fixtures.passeur(["import", "en.xliff12", "-l", "fr"], in: folder)
        #expect(source.status == 2)
        #expect(
            source.stderr.hasPrefix("<command line>:1:1: error: 'fr' is the source locale, not a target locale"),
            "\(source.stderr)")
    }

    @Test func emptyAndDamagedExchangeFilesAreRefused() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract"], in: folder).status == 0)
        let before = try snapshot(folder + "/Locales")
        let inputs: [(String, [UInt8])] = [
            ("empty.xlf", []), ("lt.xlf", Array("<".utf8)), ("nul.xlf", [0]), ("bom.xlf", [0xEF, 0xBB, 0xBF]),
            ("empty.tmx", []), ("bom.tmx", [0xEF, 0xBB, 0xBF]), ("empty.csv", []),
            ("header.csv", Array("id,context,source,target,state\n".utf8)),
        ]
        for (name, bytes) in inputs {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
            let result = try Fixtures.passeur(["import", name, "-l", "en"], in: folder)
            #expect(result.status == 2, "\(name): \(result.stdout)")
            #expect(result.stderr.hasPrefix("\(name):"), "\(name): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(name): \(result.stderr)")
        }
        for name in ["empty.tmx", "bom.tmx"] {
            #expect(try Fixtures.passeur(["tm", "import", name], in: folder).status == 2, "\(name)")
        }
        #expect(try snapshot(folder + "/Locales") == before)
    }

    @Test func anUnknownStateInACSVIsLocated() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract", "-l", "en"], in: folder).status == 0)
        let export = try Fixtures.passeur(["export", "-l", "en", "--format", "csv"], in: folder)
        var lines = export.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let stateColumn = try #require(header.firstIndex(of: "state"))
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[3] = "Hello"
        fields[stateColumn] = "bogus"
        lines[1] = fields.joined(separator: ",")
        try TextFile.writeAtomically(lines.joined(separator: "\n"), to: folder + "/en.csv")
        let result = try Fixtures.passeur(["import", "en.csv", "-l", "en"], in: folder)
        #expect(result.status == 2)
        let column = fields[..<stateColumn].map { $0.unicodeScalars.count + 1 }.reduce(1, +)
        #expect(result.stderr.hasPrefix("en.csv:2:\(column): error: unknown state 'bogus'"), "\(result.stderr)")
    }

    @Test func aGlossaryCSVWithControlCharactersIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        let csv = "concept,locale,term\nhodl,fr,HO\u{0}DL\nhodl,en,HO\u{B}DL\n"
        try TextFile.writeAtomically(csv, to: folder + "/terms.csv")
        let result = try Fixtures.passeur(["glossary", "import", "terms.csv", "-o", "g.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("terms.csv:2:11: error: control character U+0000"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/g.yaml"))
    }

    // MARK: 12. One line, whatever the input

    @Test func errorsShowInputEscapedOnOneLine() throws {
        let folder = try Fixtures.projectCopy()
        #expect(try Fixtures.passeur(["extract", "-l", "en"], in: folder).status == 0)
        let path = folder + "/Locales/en/\(Self.article).po"
        let text = try TextFile.read(path) + "\nmsgid \"a\"\nmsgstr \"b\" \u{1B}[31mred\r\u{2028}\u{0}tail\n"
        try TextFile.writeAtomically(text, to: path)
        let result = try Fixtures.passeur(["stats"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(
            !result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{0}" }
        )
        #expect(result.stderr.contains("\\u{1B}[31mred\\r\\u{2028}\\u{0}tail"), "\(result.stderr)")
    }

    @Test func aBaselineNeverReplacesACatalogNorMakesAFolder() throws {
        let folder = try Fixtures.temporaryFolder()
        let catalog =
            "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\nmsgid \"%d files\"\nmsgstr \"fichiers\"\n"
        try TextFile.writeAtomically(catalog, to: folder + "/fr.po")
        let before = try snapshot(folder)
        let replacing = try Fixtures.passeur(["check", "fr.po", "--update-baseline", "fr.po"], in: folder)
        #expect(replacing.status == 2)
        #expect(
            replacing.stderr.hasPrefix("fr.po:1:1: error: not a Passeur baseline: left as it is"), "\(replacing.stderr)"
        )
        let nowhere = try Fixtures.passeur(["check", "fr.po", "--update-baseline", "no/such/base.json"], in: folder)
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.hasPrefix("no/such/base.json:1:1: error: cannot write file: no folder no/such"))
        #expect(try snapshot(folder) == before)
        // A baseline is replaced by the next one.
        #expect(try Fixtures.passeur(["check", "fr.po", "--update-baseline", "base.json"], in: folder).status == 0)
        #expect(try Fixtures.passeur(["check", "fr.po", "--update-baseline", "base.json"], in: folder).status == 0)
        #expect(try Fixtures.passeur(["check", "fr.po", "--baseline", "base.json"], in: folder).status == 0)
    }
}
