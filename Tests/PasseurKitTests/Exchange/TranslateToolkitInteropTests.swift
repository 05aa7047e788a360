import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// Translate Toolkit (`pip install translate-toolkit`; `.ci/run` installs it) reads what
/// Passeur writes and Passeur reads what it writes, unit for unit.
@Suite struct TranslateToolkitInteropTests {
    @Test func translateToolkitReadsOurXLIFF12UnitForUnit() throws {
        let (project, folder) = try ExchangeTests.project()
        try TextFile.writeAtomically(
            try project.export(locale: ExchangeTests.en, document: "doc/article.md", format: .xliff12),
            to: folder + "/ours.xlf")
        let result = try Fixtures.runTool("xliff2po", [folder + "/ours.xlf", folder + "/back.po"])
        #expect(result.status == 0, "\(result.stderr)")
        let back = Catalog(try POReader.read(path: folder + "/back.po")).units
        let ours = try Catalog.read(path: folder + "/Locales/en/article.po").activeUnits
        // <g> and <x/> carry no Markdown in XLIFF 1.2: Translate Toolkit keeps the text between them.
        #expect(back.map(\.source) == ours.map { InlineContent(markdown: $0.source).textWithoutCodes })
        #expect(back.map(\.target) == ours.map { InlineContent(markdown: $0.target).textWithoutCodes })
        #expect(back.map { $0.state == .fuzzy } == ours.map { $0.state == .fuzzy })
    }

    @Test func weReadTranslateToolkitsXLIFFAndTMXUnitForUnit() throws {
        let (project, folder) = try ExchangeTests.project()
        let po = folder + "/Locales/en/article.po"
        let before = try TextFile.read(po)
        let xliff = try Fixtures.runTool("po2xliff", [po, folder + "/tt.xlf"])
        #expect(xliff.status == 0, "\(xliff.stderr)")
        let read = try XLIFFReader.read(path: folder + "/tt.xlf")
        let units = try Catalog.read(path: po).activeUnits
        let translated = read.units.filter { $0.target != nil && !$0.source.hasPrefix("Project-Id-Version") }
        #expect(translated.map(\.source) == units.filter(\.hasTarget).map(\.source))
        #expect(translated.map(\.state) == units.filter(\.hasTarget).map { $0.state == .fuzzy ? .fuzzy : .translated })
        // Imported back (its header says en-US→en: the languages are given), it changes nothing.
        var text = try TextFile.read(folder + "/tt.xlf")
        text = text.replacingOccurrences(of: "source-language=\"en-US\"", with: "source-language=\"fr\"")
        try TextFile.writeAtomically(text, to: folder + "/tt.xlf")
        let report = try project.importTranslations(path: folder + "/tt.xlf", document: "doc/article.md")
        // TT writes the reviewed unit as merely translated: the catalog keeps its review.
        #expect(report.count(.updated) == 0)
        #expect(try TextFile.read(po) == before)
        let tmx = try Fixtures.runTool("po2tmx", ["-l", "en", "--source-language", "fr", po, folder + "/tt.tmx"])
        #expect(tmx.status == 0, "\(tmx.stderr)")
        let memory = try TMXReader.read(path: folder + "/tt.tmx", sourceLocale: "fr", targetLocale: "en")
        // po2tmx leaves fuzzy units out.
        #expect(memory.units.map(\.source) == units.filter(\.state.isTranslated).map(\.source))
    }

    @Test func translateToolkitReadsOurTMX() throws {
        let (project, folder) = try ExchangeTests.project()
        try TextFile.writeAtomically(
            try project.export(locale: ExchangeTests.en, document: "doc/article.md", format: .tmx),
            to: folder + "/ours.tmx")
        let script = """
            import sys
            from translate.storage import tmx
            store = tmx.tmxfile.parsefile(sys.argv[1])
            for unit in store.units:
                print(unit.source + "\\t" + (unit.target or ""))
            """
        let result = try Fixtures.runTool("python3", ["-c", script, folder + "/ours.tmx"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let units = try Catalog.read(path: folder + "/Locales/en/article.po").activeUnits
        #expect(lines.count == units.count)
        #expect(lines.contains("Le *service* client\tThe customer *service*"))
    }
}
