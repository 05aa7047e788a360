import PasseurTestSupport
import Testing

@testable import PasseurKit

/// The engines on values: a workspace built in memory, no project folder.
@Suite struct EngineTests {
    static let article = """
        # Le *service* client

        Le désespoir est **double**. La pilule orange a un prix !

        Nos futurs clients vous remercieront.

        """

    static let fr = Fixtures.locale("fr")
    static let en = Fixtures.locale("en")

    /// A workspace of the article with an English catalog in which `translated` sources have a translation.
    static func workspace(translated: [String: String] = [:]) throws -> Workspace {
        let config = try ProjectConfig(
            yaml: "name: demo\nsource-locale: fr\ntarget-locales: [en]\ndocuments: [article.md]\n", file: "passeur.yaml"
        )
        let document = DocumentReader.read(article, path: "article.md").segmented(
            with: try SentenceSegmenter(locale: fr))
        var (catalog, _) = CatalogUpdate().update(
            Catalog(header: [("Language", "en")]), with: CatalogUpdate.SourceSegment.segments(of: document))
        for i in catalog.units.indices {
            if let target = translated[catalog.units[i].source] {
                catalog.units[i].target = target
                catalog.units[i].state = .translated
            }
        }
        let bytes = Array(try catalog.poText.utf8)
        return Workspace(
            config: config, locales: [en], sources: [.init(document: document, bytes: Array(article.utf8))],
            catalogs: ["en": ["article.md": .init(path: "Locales/en/article.po", bytes: bytes, catalog: catalog)]])
    }

    static let translations = [
        "Le *service* client": "The customer *service*",
        "Le désespoir est **double**.": "Despair is **twofold**.",
        "La pilule orange a un prix !": "The orange pill has a price!",
        "Nos futurs clients vous remercieront.": "Our future customers will thank you.",
    ]

    @Test func statisticsCountTheCurrentSourceAgainstTheCatalog() throws {
        let workspace = try Self.workspace(translated: ["Le désespoir est **double**.": "Despair is **twofold**."])
        let rows = try CatalogStatistics(workspace: workspace).rows()
        #expect(rows.count == 1)
        #expect(rows[0].segments == 4 && rows[0].translated == 1 && rows[0].untranslated == 3)
        #expect(rows[0].translatedWords == 4 && rows[0].sourceWords == 18)
    }

    @Test func importMergesByIDAndSourceAndProtectsReviewedWork() throws {
        var catalog = try #require(Self.workspace().catalog(document: "article.md", locale: Self.en)).catalog
        let reviewed = try #require(catalog.units.firstIndex { $0.source == "La pilule orange a un prix !" })
        catalog.units[reviewed].target = "The orange pill costs something!"
        catalog.units[reviewed].state = .reviewed
        let here = SourceLocation(file: "in.csv", line: 2, column: 1)
        let file = ExchangeFile(
            sourceLocale: "fr", targetLocale: "en", original: nil,
            units: [
                .init(
                    id: "", source: "Le désespoir est **double**.", target: "Despair is **twofold**.", state: nil,
                    location: here),
                .init(
                    id: "", source: "La pilule orange a un prix !", target: "The orange pill has a price!", state: nil,
                    location: here),
                .init(
                    id: "", source: "Une phrase inconnue.", target: "An unknown sentence.", state: nil, location: here),
                .init(
                    id: "", source: "Nos futurs clients vous remercieront.", target: "   ", state: nil, location: here),
                .init(
                    id: "", source: "Le *service* client", target: "The customer service", state: nil, location: here),
            ])
        var merged = catalog
        let (items, changed) = CatalogImport().merge(file, into: &merged)
        #expect(changed)
        #expect(
            items.map(\.outcome) == [.updated, .protected, .unknown, .empty, .updated])
        #expect(merged.units.first { $0.source == "Le désespoir est **double**." }?.state == .translated)
        #expect(merged.units[reviewed] == catalog.units[reviewed])
        // With force, reviewed work is replaced.
        var forced = catalog
        _ = CatalogImport(force: true).merge(file, into: &forced)
        #expect(forced.units[reviewed].target == "The orange pill has a price!")
    }

    @Test func pretranslationFillsOnlyUntranslatedUnits() throws {
        let workspace = try Self.workspace(translated: ["Le désespoir est **double**.": "Despair is **doubled**."])
        var catalog = try #require(workspace.catalog(document: "article.md", locale: Self.en)).catalog
        let memory = TranslationMemory(entries: [
            .init(source: "Le désespoir est **double**.", target: "Despair is **twofold**.", origin: "old.tmx"),
            .init(
                source: "Nos futurs clients vous remercieront.", target: "Our future customers will thank you.",
                origin: "old.tmx"),
            .init(
                source: "Nos futurs clients nous remercieront.", target: "Our future customers will thank us.",
                origin: "old.tmx"),
            .init(source: "La pilule rouge a un prix !", target: "The red pill has a price!", origin: "old.tmx"),
        ])
        let report = Pretranslator(minScore: 70).pretranslate(&catalog, path: "en.po", memory: memory)
        #expect(report == .init(catalog: "en.po", exact: 1, fuzzy: 1, untouched: 1))
        #expect(
            catalog.units.first { $0.source == "Le désespoir est **double**." }?.target == "Despair is **doubled**.")
        let fuzzy = try #require(catalog.units.first { $0.source == "La pilule orange a un prix !" })
        #expect(fuzzy.state == .fuzzy && fuzzy.target == "The red pill has a price!")
        #expect(fuzzy.translatorComments.last?.hasPrefix(Pretranslator.memoryCommentPrefix) == true)
    }

    @Test func editionBuilderAssemblesOrRefusesWithoutFiles() throws {
        let done = try Self.workspace(translated: Self.translations)
        let options = EditionBuilder.Options(locales: [Self.en], formats: [.md, .txt])
        let built = try EditionBuilder(workspace: done, options: options).build(findings: [])
        #expect(built.count == 1 && built[0].result.isBuilt)
        #expect(built[0].files.map(\.name) == ["article.md", "article.txt", "manifest.json"])
        let markdown = String(decoding: try #require(built[0].files.first?.bytes), as: UTF8.self)
        #expect(markdown.hasPrefix("# The customer *service*\n\nDespair is **twofold**. The orange pill has a price!"))
        // One missing translation refuses the locale under the default `fail` policy.
        var partial = Self.translations
        partial["Nos futurs clients vous remercieront."] = nil
        let refused = try EditionBuilder(workspace: Self.workspace(translated: partial), options: options)
            .build(findings: [])
        #expect(!refused[0].result.isBuilt && refused[0].files.isEmpty)
        #expect(refused[0].result.refusals.first?.contains("1 segment not translated") == true)
        // A check error refuses it too, unless allowed.
        let error = Finding(
            checkID: "numbers", severity: .error, locale: "en",
            location: SourceLocation(file: "Locales/en/article.po", line: 9, column: 1), source: "x", message: "y")
        #expect(try !EditionBuilder(workspace: done, options: options).build(findings: [error])[0].result.isBuilt)
    }

    @Test func aStaleCatalogIsRefused() throws {
        var workspace = try Self.workspace(translated: Self.translations)
        workspace.catalogs["en"]?["article.md"]?.catalog.units.removeLast()
        let options = EditionBuilder.Options(locales: [Self.en], formats: [.md])
        #expect(throws: EditionBuilder.Error.staleCatalog("Locales/en/article.po", missing: 1, extra: 0, segments: 4)) {
            try EditionBuilder(workspace: workspace, options: options).build(findings: [])
        }
    }

    @Test(arguments: ExchangeFormat.allCases)
    func everyFormatReadsBackWhatItWrites(_ format: ExchangeFormat) throws {
        let workspace = try Self.workspace(translated: ["Le désespoir est **double**.": "Despair is **twofold**."])
        let catalog = try #require(workspace.catalog(document: "article.md", locale: Self.en))
        let file = ExchangeFile(
            catalog: catalog.catalog, path: catalog.path, sourceLocale: Self.fr, targetLocale: Self.en,
            document: "article.md")
        let bytes = try format.format.write(file)
        let read = try format.format.read(bytes, file: "export", sourceLocale: "fr", targetLocale: "en")
        #expect(read.units.count == file.units.count)
        // An untouched export imports as no change at all: every unit found, codes and all.
        var copy = catalog.catalog
        let (items, changed) = CatalogImport().merge(read, into: &copy)
        #expect(!changed && copy == catalog.catalog)
        #expect(items.map(\.outcome) == [.empty, .unchanged, .empty, .empty])
        // Written twice, the same bytes.
        #expect(try format.format.write(file) == bytes)
    }

    @Test func aMultilingualMemoryKeepsEveryLanguage() throws {
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="fr" o-tmf="t"/>
            <body><tu tuid="1"><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="de"><seg>Hallo.</seg></tuv></tu>
            <tu tuid="2"><tuv xml:lang="en"><seg>No source.</seg></tuv></tu></body></tmx>
            """
        let german = try TMXReader.read(Array(tmx.utf8), file: "m.tmx", sourceLocale: "fr", targetLocale: "de")
        #expect(german.units.count == 1)
        #expect(
            german.units[0].target == "Hallo." && german.units[0].otherTexts == [.init(locale: "en", text: "Hello.")])
        #expect(german.units[0].location.line == 3)
        let any = try TMXReader.read(Array(tmx.utf8), file: "m.tmx", sourceLocale: "fr", targetLocale: nil)
        #expect(any.targetLocale == nil && any.units[0].target == nil && any.units[0].otherTexts.count == 2)
    }
}
