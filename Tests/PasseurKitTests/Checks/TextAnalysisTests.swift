import PasseurTestSupport
import Testing

@testable import PasseurKit

/// What `TextAnalysis` finds in one text.
@Suite struct TextAnalysisTests {
    @Test func readerTextAndTextWithoutCodesRemoveDifferentThings() {
        let analysis = TextAnalysis("Voir [le *livre*](https://x.y \"titre\") et `code`.")
        #expect(analysis.readerText == "Voir le livre et code.")
        #expect(analysis.textWithoutCodes == "Voir le livre et .")
        #expect(analysis.inlineCodes == ["link(https://x.y)", "emphasis", "code(`code`)"])
    }

    @Test func readerTextKeepsSquareBracketsThatOpenNoLink() {
        #expect(
            TextAnalysis("Le [sic] et [le guide](https://x.y) et ![logo](l.png).").readerText
                == "Le [sic] et le guide et logo.")
        #expect(TextAnalysis("Un [a [b](https://x.y)] et \\[c\\] et `t[0]`.").readerText == "Un [a b] et [c] et t[0].")
    }

    @Test func numbersAreNormalisedAcrossLocaleFormats() {
        #expect(TextAnalysis("« 1 000,5 » et 23").numbers == ["1000.5", "23"])
        #expect(TextAnalysis("1,000.5 and 1.000,5").numbers == ["1000.5", "1000.5"])
        #expect(TextAnalysis("le 23 1913").numbers == ["23", "1913"])
        #expect(TextAnalysis("Aucun chiffre.").numbers == [])
    }

    @Test(arguments: [
        ("%s", "copied %s to %s", "copied   to  "), ("%15zu", "%15zu bytes", "  bytes"), ("é", "été", " t "),
        ("%d", "", ""), ("abc", "ab", "ab"), ("%1$s", "« %1$s »", "«   »"),
    ])
    func replacingEveryOccurrenceIsFoundationsReplacement(needle: String, text: String, expected: String) {
        #expect(TextAnalysis.replacingEvery(needle, in: text, with: " ") == expected)
        #expect(
            TextAnalysis.replacingEvery(needle, in: text, with: " ") == text.replacingOccurrences(of: needle, with: " ")
        )
    }

    @Test func addressesAcronymsWordsAndLength() {
        let analysis = TextAnalysis(
            "Écrivez à info@example.org ou voyez https://bitcoin.org, le *MMT* et les NFT de G20.",
            locale: Fixtures.locale("fr"))
        #expect(analysis.urlsAndEmails == ["info@example.org", "https://bitcoin.org"])
        #expect(analysis.acronyms == ["MMT", "NFT", "G20"])
        #expect(analysis.words.prefix(3) == ["Écrivez", "à", "info"])
        #expect(TextAnalysis("*Été*").length == 3)
        #expect(TextAnalysis("Pas d’acronyme ici.").acronyms == [])
    }

    @Test func eachPartIsComputedOnceAndShared() {
        let analysis = TextAnalysis("Le *bloc* 21.")
        let context = CheckContext(locale: Fixtures.locale("en"), catalogPath: "x.po", glossary: nil)
        var shared = context
        shared.sourceAnalysis = analysis
        let unit = TranslationUnit(source: "Le *bloc* 21.", targets: ["The *block* 21."], state: .translated)
        #expect(shared.source(of: unit) === analysis)
        #expect(context.source(of: unit) !== analysis)
        #expect(context.target(of: unit).numbers == ["21"])
    }
}

/// How digits are read as numbers in each language (`NumberToken`).
extension TextAnalysisTests {
    @Test func numbersAreReadByTheLanguagesConventions() {
        let english = Fixtures.locale("en")
        #expect(TextAnalysis("9,999.00 and 1,048,576", locale: english).numbers == ["9999", "1048576"])
        #expect(TextAnalysis("9.999'00 y 0'33", locale: Fixtures.locale("es")).numbers == ["9999", "0.33"])
        #expect(TextAnalysis("(0,1)", locale: english).numbers == ["0", "1"])
        #expect(TextAnalysis("(0,1)", locale: Fixtures.locale("es")).numbers == ["0.1"])
        #expect(TextAnalysis("SH4 340, MP3 128K", locale: english).numbers == ["4", "340", "3", "128"])
        #expect(TextAnalysis("GIMP 2.10.20, 192.168.1.1", locale: english).numbers == ["2.10.20", "192.168.1.1"])
        #expect(
            TextAnalysis("01/11/2009 17:52:00, 01.11.2009, 2009-11-01", locale: english).numbers == [
                "1/11/2009", "17:52:00", "1/11/2009", "1/11/2009",
            ])
        #expect(
            TextAnalysis("15∶30, 2.0 et 1 000,50", locale: Fixtures.locale("fr")).numbers == ["15:30", "2", "1000.5"])
    }
}
