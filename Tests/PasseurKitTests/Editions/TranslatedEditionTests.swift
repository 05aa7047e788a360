import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct TranslatedEditionTests {
    let segmenter: SentenceSegmenter
    let english = Fixtures.locale("en")

    init() throws {
        segmenter = try SentenceSegmenter(locale: Fixtures.french)
    }

    /// An edition whose segments are `translate(source)`, all translated (nil: missing).
    func edition(
        _ markdown: String, path: String = "doc.md", fallback: FallbackPolicy = .fail,
        _ translate: (String) -> String?
    ) -> TranslatedEdition {
        let document = DocumentReader.read(markdown, path: path).segmented(with: segmenter)
        let segments = document.segments.map { segment in
            let target = translate(segment.text)
            return EditionSegment(
                source: segment.text, target: target, status: target == nil ? .missing : .translated,
                location: segment.location)
        }
        return TranslatedEdition(
            document: document, locale: english, sourceLocale: Fixtures.french, segments: segments,
            fallback: fallback)
    }

    @Test func theIdentityEditionIsTheSourceByteForByte() throws {
        let article = try TextFile.read(Fixtures.articlePath)
        for (name, text) in [("sample.md", MarkdownReaderTests.sample), ("article.md", article)] {
            #expect(edition(text, path: name) { $0 }.sourceFormatText() == text, "\(name)")
        }
        let plain = try TextFile.read(Fixtures.path("documents/le-service-client-bitcoin.txt"))
        #expect(edition(plain, path: "article.txt") { $0 }.sourceFormatText() == plain)
    }

    @Test func theIdentityEditionFromTheCatalogIsTheSource() throws {
        let article = try TextFile.read(Fixtures.articlePath)
        let document = MarkdownReader.read(article, path: "article.md").segmented(with: segmenter)
        let catalog = Catalog(
            units: document.segments.map { TranslationUnit(source: $0.text, targets: [$0.text], state: .reviewed) })
        let edition = TranslatedEdition(
            document: document, catalog: catalog, locale: english, sourceLocale: Fixtures.french, fallback: .fail)
        #expect(edition.untranslated.isEmpty)
        #expect(edition.segments.allSatisfy { $0.isReviewed })
        #expect(edition.sourceFormatText() == article)
    }

    @Test func fuzzyAndEmptyUnitsAreNotPrinted() throws {
        let document = MarkdownReader.read("Un. Deux. Trois. Quatre.\n", path: "d.md").segmented(with: segmenter)
        let catalog = Catalog(units: [
            TranslationUnit(source: "Un.", targets: ["One."], state: .translated),
            TranslationUnit(source: "Deux.", targets: ["Two?"], state: .fuzzy),
            TranslationUnit(source: "Trois.", targets: [""], state: .translated),
        ])
        let edition = TranslatedEdition(
            document: document, catalog: catalog, locale: english, sourceLocale: Fixtures.french, fallback: .source)
        #expect(edition.segments.map(\.status) == [.translated, .fuzzy, .missing, .missing])
        #expect(edition.sourceFormatText() == "One. Deux. Trois. Quatre.\n")
        let marked = TranslatedEdition(
            document: document, catalog: catalog, locale: english, sourceLocale: Fixtures.french, fallback: .mark)
        #expect(marked.sourceFormatText().hasPrefix(#"One. <mark lang="fr">Deux.</mark>"#))
        #expect(marked.plainText() == "One. [fr: Deux.] [fr: Trois.] [fr: Quatre.]\n")
    }

    @Test func translationsReplaceSentencesInsideTheStructure() {
        let translated = edition("# Titre\n\n> Une *citation*. Deux.\n\n- Élément.\n") { source in
            ["Titre": "Title", "Une *citation*.": "A *quote*.", "Deux.": "Two.", "Élément.": "Item."][source]
        }
        #expect(translated.sourceFormatText() == "# Title\n\n> A *quote*. Two.\n\n- Item.\n")
        #expect(translated.plainText() == "Title\n=====\n\n    A quote. Two.\n\n• Item.\n")
        #expect(translated.title == "Title")
        #expect(translated.sourceTitle == "Titre")
    }

    @Test func theRendererFindsEverySegmentAndKeepsTheMarkup() {
        let translated = edition(MarkdownReaderTests.sample) { "EN " + $0 }
        let output = EditionHTMLRenderer(typography: EditionTypography(locale: english)).render(translated)
        #expect(output.segments.count == translated.segments.count)
        #expect(output.headings.map(\.id) == ["section-1", "section-2"])
        #expect(output.html.contains(#"<h1 id="section-1">"#))
        #expect(output.html.contains("<strong>du gras</strong>"))
        #expect(output.html.contains(#"<code>code</code>"#))
        #expect(!output.html.contains("⸨") && !output.html.contains("⸩"))
        // Raw HTML is left out (safe mode); the code block is untouched by typography.
        #expect(!output.html.contains("<div>"))
        #expect(output.html.contains(#"let code = &quot;pas traduit. Jamais.&quot;"#))
        Fixtures.expectGolden(output.html, "edition-sample.html")
    }

    @Test func aPlainTextDocumentIsEscapedNotReadAsMarkdown() {
        let translated = edition("Le *titre* <b>\n\nDeux fois 2 * 3 = 6. Fin & suite.\n", path: "note.txt") {
            $0.replacingOccurrences(of: "Fin", with: "End")
        }
        let output = EditionHTMLRenderer(typography: EditionTypography(locale: english)).render(translated)
        #expect(output.html == "<p>Le *titre* &lt;b&gt;</p>\n<p>Deux fois 2 * 3 = 6. End &amp; suite.</p>\n")
        #expect(output.segments == ["Le *titre* &lt;b&gt;", "Deux fois 2 * 3 = 6.", "End &amp; suite."])
    }

    @Test func underscoreEmphasisSurvivesTheSegmentMarkers() {
        let translated = edition("_Bitcoin_ est là. Il _reste_.\n") { $0 }
        let html = EditionHTMLRenderer(typography: nil).render(translated)
        #expect(html.html == "<p><em>Bitcoin</em> est là. Il <em>reste</em>.</p>\n")
        #expect(html.segments == ["<em>Bitcoin</em> est là.", "Il <em>reste</em>."])
    }

    @Test func fallbackSentencesAreTaggedOrMarked() {
        let translate: (String) -> String? = { $0 == "Un." ? "One." : nil }
        let source = EditionHTMLRenderer(typography: nil).render(
            edition("Un. Deux.\n", fallback: .source, translate))
        #expect(source.html == #"<p>One. <span lang="fr">Deux.</span></p>"# + "\n")
        let mark = EditionHTMLRenderer(typography: nil).render(edition("Un. Deux.\n", fallback: .mark, translate))
        #expect(mark.html.contains(#"<mark class="fallback" lang="fr" title="not translated yet">Deux.</mark>"#))
    }

    @Test func segmentMarkersAvoidCharactersTheTextUses() {
        let output = EditionHTMLRenderer(typography: nil).render(edition("Un ⸨mot⸩. Deux ⁅x⁆.\n") { $0 })
        #expect(output.segments == ["Un ⸨mot⸩.", "Deux ⁅x⁆."])
        #expect(output.html == "<p>Un ⸨mot⸩. Deux ⁅x⁆.</p>\n")
    }

    @Test func datesAreCheckedDays() {
        #expect(EditionDate.secondsSince1970("1970-01-02") == 86_400)
        #expect(EditionDate.secondsSince1970("2000-01-01") == 946_684_800)
        #expect(EditionDate.isValid("2024-02-29"))
        for bad in ["2023-02-29", "2026-13-01", "26-12-02", "2026-12-2", "yesterday", "2026-12-00"] {
            #expect(!EditionDate.isValid(bad), "\(bad)")
        }
    }
}
