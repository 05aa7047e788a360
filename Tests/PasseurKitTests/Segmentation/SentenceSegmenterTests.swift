import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct SentenceSegmenterTests {
    let segmenter: SentenceSegmenter

    init() throws {
        segmenter = try SentenceSegmenter(locale: Fixtures.french)
    }

    @Test func articleSegmentationMatchesGolden() throws {
        let document = try MarkdownReader.read(path: Fixtures.articlePath).segmented(with: segmenter)
        Fixtures.expectGolden(SegmentationReport(document: document).render(.tsv), "article.segments.tsv")
        #expect(document.segments.count == 75)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let sentences: [String]
        var testDescription: String { text }
    }

    static let frenchCases: [Case] = [
        // Closing guillemet after ! with NBSP (U+00A0) and narrow NBSP (U+202F) before it.
        Case(
            text: "Il répond de « amusez-vous à rester pauvre !\u{A0}» Peut-être apprécieriez-vous cette franchise.",
            sentences: [
                "Il répond de « amusez-vous à rester pauvre !\u{A0}»", "Peut-être apprécieriez-vous cette franchise.",
            ]),
        Case(
            text: "Il a dit « c’est fini.\u{202F}» Puis il est parti.",
            sentences: ["Il a dit « c’est fini.\u{202F}»", "Puis il est parti."]),
        Case(
            text: "« Quoi ? » dit-il. Fin ! « Non » répondit-elle.",
            sentences: ["« Quoi ? » dit-il.", "Fin !", "« Non » répondit-elle."]),
        Case(text: "C’est fini.« Début » ok.", sentences: ["C’est fini.", "« Début » ok."]),
        Case(
            text: "Voir M. Dupont et MM. Durand, Mme. Martin, Dr. House et Pr. Tournesol. Ils arrivent.",
            sentences: ["Voir M. Dupont et MM. Durand, Mme. Martin, Dr. House et Pr. Tournesol.", "Ils arrivent."]),
        Case(
            text: "Lisez le chap. 3, cf. Le Monde, p. ex. Ceci. Fin.",
            sentences: ["Lisez le chap. 3, cf. Le Monde, p. ex. Ceci.", "Fin."]),
        Case(
            text: "En 50 av. J.-C. Les Romains régnaient. Bien.",
            sentences: ["En 50 av. J.-C.", "Les Romains régnaient.", "Bien."]),
        Case(
            text: "J.-C. Decaux et les U.S. Marines sont là. Oui.",
            sentences: ["J.-C. Decaux et les U.S. Marines sont là.", "Oui."]),
        Case(
            text: "Le 3 janv. 2020 il neigeait. Le 4 déc. Noël approchait.",
            sentences: ["Le 3 janv. 2020 il neigeait.", "Le 4 déc. Noël approchait."]),
        Case(
            text: "Des pommes, des poires, etc. et des noix. Etc. Fin.",
            sentences: ["Des pommes, des poires, etc. et des noix.", "Etc.", "Fin."]),
        Case(
            text: "Il attendit… puis partit. Il attendit… Personne ne vint.",
            sentences: ["Il attendit… puis partit.", "Il attendit…", "Personne ne vint."]),
        Case(
            text: "Vraiment ? oui, vraiment. Ah ! mon Dieu.",
            sentences: ["Vraiment ? oui, vraiment.", "Ah ! mon Dieu."]),
        Case(text: "Est-ce pragmatique ? Je ne crois pas.", sentences: ["Est-ce pragmatique ?", "Je ne crois pas."]),
    ]

    @Test(arguments: frenchCases)
    func frenchRules(_ c: Case) {
        #expect(segmenter.sentences(in: c.text) == c.sentences)
    }

    @Test func plainICUBreaksWhereTheRulesDoNot() throws {
        // The reason the rules exist: ICU's plain French iterator breaks after « M. ».
        let icu = try ICUBreakIterator(.sentence, locale: "fr")
        let text = Array("Voir M. Dupont demain.".utf16)
        #expect(icu.boundaries(text).count == 2)
        #expect(segmenter.sentences(in: "Voir M. Dupont demain.") == ["Voir M. Dupont demain."])
    }

    @Test func noBoundaryInsideProtectedRanges() {
        let text = "Lisez [le guide. Il aide](https://x.y). Puis partez."
        let units = Array(text.utf16)
        let link = 6..<38
        let ranges = segmenter.sentenceRanges(in: units, protected: [link])
        let sentences = ranges.map { String(decoding: units[$0], as: UTF16.self) }
        #expect(sentences == ["Lisez [le guide. Il aide](https://x.y).", "Puis partez."])
    }

    @Test func lineEndsInsideABlockAreNotParagraphEnds() {
        #expect(
            segmenter.sentences(in: "Une phrase qui\ncontinue. Une autre.") == [
                "Une phrase qui\ncontinue.", "Une autre.",
            ])
    }

    @Test func projectAbbreviationsAreHonoured() throws {
        let custom = try SentenceSegmenter(locale: Fixtures.french, abbreviations: ["N.D.L.R"])
        #expect(custom.sentences(in: "Voir N.D.L.R. Dupont.") == ["Voir N.D.L.R. Dupont."])
    }

    @Test func emptyAndBlankTextGiveNoSentence() {
        #expect(segmenter.sentences(in: "").isEmpty)
        #expect(segmenter.sentences(in: " \u{A0} ").isEmpty)
    }

    @Test func otherLanguagesUseTheirOwnAbbreviations() throws {
        let english = try SentenceSegmenter(locale: Fixtures.locale("en"))
        #expect(
            english.sentences(in: "Mr. Smith met Dr. Jones. They talked.") == [
                "Mr. Smith met Dr. Jones.", "They talked.",
            ])
        let german = try SentenceSegmenter(locale: Fixtures.locale("de"))
        #expect(
            german.sentences(in: "Er sagte „Nein!“ Dann ging er. Vgl. Kap. 3.") == [
                "Er sagte „Nein!“", "Dann ging er.", "Vgl. Kap. 3.",
            ])
    }
}
