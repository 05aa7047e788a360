import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// End-to-end: `passeur export`, `import`, `pretranslate` and `tm` on a copy of the project.
@Suite struct ExchangeCommandTests {
    func project() throws -> String {
        let folder = try Fixtures.projectCopy()
        try Fixtures.passeur(["extract"], in: folder)
        return folder
    }

    @Test func exportThenImportOfAnUntouchedFileChangesNoByte() throws {
        let folder = try project()
        let catalog = folder + "/Locales/es/le-service-client-bitcoin.po"
        var units = try Catalog.read(path: catalog)
        units.units[0].target = "El servicio al cliente de Bitcoin"
        units.units[0].state = .translated
        try units.write(to: catalog)
        let before = try TextFile.read(catalog)
        for format in ["xliff", "xliff12", "tmx", "csv", "po"] {
            let file = "es.\(format == "xliff12" ? "xlf" : format)"
            let export = try Fixtures.passeur(["export", "--locale", "es", "--format", format, "-o", file], in: folder)
            #expect(export.status == 0, "\(export.stderr)")
            let back = try Fixtures.passeur(["import", file, "--locale", "es"], in: folder)
            #expect(back.status == 0, "\(format): \(back.stderr)")
            #expect(
                back.stdout.contains("0 updated, 1 unchanged, 74 untranslated (catalog unchanged)"),
                "\(format): \(back.stdout)")
            #expect(try TextFile.read(catalog) == before, "\(format)")
        }
    }

    @Test func importAppliesATranslatorsWorkAndDryRunShowsIt() throws {
        let folder = try project()
        let csv = """
            source,target,state
            Le service client Bitcoin,O atendimento ao cliente do Bitcoin,translated
            Une phrase qui n’existe pas.,Uma frase,translated

            """
        try TextFile.writeAtomically(csv, to: folder + "/work.csv")
        let dry = try Fixtures.passeur(["import", "work.csv", "--locale", "pt-BR", "--dry-run"], in: folder)
        #expect(dry.stdout.contains("work.csv:3:1: not in the catalog: Une phrase qui n’existe pas."))
        #expect(dry.stdout.hasSuffix("1 updated, 1 unknown [dry run, nothing written]\n"))
        let real = try Fixtures.passeur(["import", "work.csv", "--locale", "pt-BR"], in: folder)
        #expect(real.status == 0)
        let catalog = try Catalog.read(path: folder + "/Locales/pt-BR/le-service-client-bitcoin.po")
        #expect(catalog.units[0].target == "O atendimento ao cliente do Bitcoin")
        let stats = try Fixtures.passeur(["stats", "--locale", "pt-BR", "--format", "json"], in: folder)
        #expect(stats.stdout.contains("\"translated\" : 1"))
    }

    @Test func pretranslateAndMemorySearch() throws {
        let folder = try project()
        let tmx = TMXWriter.write(
            ExchangeFile(
                sourceLocale: "fr", targetLocale: "de", original: nil,
                units: [
                    ExchangeFile.Unit(
                        id: "1", source: "Le désespoir est double.", target: "Die Verzweiflung ist doppelt.",
                        state: nil, location: SourceLocation(file: "old.tmx", line: 1, column: 1))
                ]))
        try TextFile.writeAtomically(tmx, to: folder + "/old.tmx")
        let imported = try Fixtures.passeur(["tm", "import", "old.tmx"], in: folder)
        #expect(imported.stdout == "Locales/memory/old.tmx: 1 units\n")
        let pre = try Fixtures.passeur(["pretranslate", "--locale", "de"], in: folder)
        #expect(pre.stdout == "Locales/de/le-service-client-bitcoin.po: 1 exact, 0 fuzzy, 74 left untranslated\n")
        let search = try Fixtures.passeur(["tm", "search", "désespoir", "--locale", "de"], in: folder)
        #expect(search.stdout.hasPrefix("[de] 2 containing"))
        #expect(search.stdout.contains("→ Die Verzweiflung ist doppelt."))
    }

    @Test func badFilesExitWithTwo() throws {
        let folder = try project()
        try TextFile.writeAtomically(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x \"y\">]>\n<xliff/>\n", to: folder + "/evil.xlf")
        let evil = try Fixtures.passeur(["import", "evil.xlf", "--locale", "en"], in: folder)
        #expect(evil.status == 2)
        #expect(
            evil.stderr.hasPrefix("evil.xlf:2:1: error: DOCTYPE and entity declarations are not allowed"),
            "\(evil.stderr)")
        let export = try Fixtures.passeur(["export", "--locale", "en", "--locale", "de"], in: folder)
        #expect(export.status == 2)
        let bad = try Fixtures.passeur(
            ["tm", "import", Fixtures.path("tbx/test-files/poorly_formed_xml.tbx")], in: folder)
        #expect(bad.status == 2)
    }
}
