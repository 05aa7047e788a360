import Foundation
import PasseurKit
import Testing

/// The README's "Library" example, compiled against the public API only (no `@testable`).
@Suite struct LibraryExampleTests {
    @Test func theReadmeExampleRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passeur-library-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer {
            do { try FileManager.default.removeItem(atPath: folder) } catch { Issue.record(error) }
        }
        let here = SourceLocation(file: "example", line: 1, column: 1)

        // Segment a text.
        let fr = try LocaleTag("fr", at: here)
        let en = try LocaleTag("en", at: here)
        let segmenter = try SentenceSegmenter(locale: fr)
        let document = DocumentReader.read(
            "# Le service client\n\nM. Dupont achète du bitcoin. Il le garde !\n", path: "article.md"
        ).segmented(with: segmenter)
        #expect(
            document.segments.map(\.text) == ["Le service client", "M. Dupont achète du bitcoin.", "Il le garde !"])

        // Make a catalog of its segments, translate one, write it as PO and read it back.
        var (catalog, _) = CatalogUpdate().update(
            Catalog(header: [("Language", "en")]), with: CatalogUpdate.SourceSegment.segments(of: document))
        catalog.units[1].target = "Mr Dupont buys bitcoin."
        catalog.units[1].state = .translated
        let poPath = folder + "/en.po"
        try catalog.write(to: poPath)
        let reread = try Catalog.read(path: poPath)
        #expect(reread.units.map(\.target) == ["", "Mr Dupont buys bitcoin.", ""])

        // Exchange it with a translator's tool: XLIFF 2 out, back in.
        let xliff = try XLIFF2Format.write(
            ExchangeFile(catalog: reread, path: poPath, sourceLocale: fr, targetLocale: en, document: "article.md"))
        let back = try XLIFF2Format.read(xliff, file: "en.xlf", sourceLocale: "fr", targetLocale: "en")
        var merged = reread
        #expect(CatalogImport().merge(back, into: &merged).changed == false)

        // Run the checks on it.
        let settings = CheckRunner.Settings(
            sourceLocale: fr, disabledChecks: [], severities: [:], localeSettings: [:])
        let findings = try CheckRunner(settings: settings, glossary: nil).run(
            [.init(document: "article.md", catalogs: [(en, "en.po", reread)])], locales: [en])
        #expect(findings.contains { $0.checkID == "untranslated" })

        // Build an edition from a workspace of values (or `Project(root:).load(…)` for a project on disk).
        let config = try ProjectConfig(
            yaml: "name: demo\nsource-locale: fr\ntarget-locales: [en]\ndocuments: [article.md]\n",
            file: "passeur.yaml")
        let workspace = Workspace(
            config: config, locales: [en], sources: [.init(document: document, bytes: [])],
            catalogs: ["en": ["article.md": .init(path: "en.po", bytes: [], catalog: reread)]])
        let built = try EditionBuilder(
            workspace: workspace, options: .init(locales: [en], formats: [.md], fallback: .source)
        ).build(findings: [])
        let markdown = try #require(built.first?.files.first { $0.name == "article.md" }).bytes
        #expect(String(decoding: markdown, as: UTF8.self).contains("Mr Dupont buys bitcoin. Il le garde !"))
    }
}
