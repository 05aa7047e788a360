import Testing

@testable import PasseurKit

/// `identical-to-source` gives no range: its findings are asserted by message and count.
@Suite struct IdenticalToSourceCheckTests {
    @Test func aTranslationThatDiffersHasNoFinding() {
        assertFindings(
            IdenticalToSourceCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold.",
            expected: [])
    }

    @Test func namesNumbersAndKeptTermsMayStayTheSame() {
        for text in ["Bitcoin Magazine", "BTC Inc.", "21", "Maxx Mannheimer", "HODL", "Satoshi Nakamoto 🙂"] {
            assertFindings(IdenticalToSourceCheck(), source: text, target: text, expected: [])
        }
    }

    @Test func aSentenceLeftInFrenchIsReported() {
        assertFindings(
            IdenticalToSourceCheck(), source: "Le désespoir est double.", target: "Le désespoir est double.",
            expected: [(nil, "translation is identical to the source")])
    }

    @Test func aDoNotTranslateTermDoesNotHideTheWordsAroundIt() {
        assertFindings(
            IdenticalToSourceCheck(), source: "Le HODL est une stratégie.", target: "Le HODL est une stratégie.",
            locale: "es", expected: [(nil, "translation is identical to the source")])
    }

    @Test func emptyAndBlankTextsAreNotJudged() {
        assertFindings(IdenticalToSourceCheck(), source: "", target: "", expected: [])
        assertFindings(IdenticalToSourceCheck(), source: "  ", target: "  ", expected: [])
    }

    @Test func aLongIdenticalParagraphWithCombiningMarksIsReportedOnce() {
        let text = CheckFixtures.longText("Le de\u{301}sespoir est double 🙂.")
        assertFindings(
            IdenticalToSourceCheck(), source: text, target: text,
            expected: [(nil, "translation is identical to the source")])
    }
}

/// Software messages (plain text, English sources), from Debian's catalogs.
extension IdenticalToSourceCheckTests {
    @Test func softwareMessagesThatAreWordsOfBothLanguagesOrCodeAreNotFlagged() {
        // pidgin.po, gnumeric.po, gcc-12.po (fr): French words too.
        for text in ["minutes", "%s version %s", "argument %qE", "5 minutes", "pixels/%s"] {
            assertFindings(
                IdenticalToSourceCheck(), source: text, target: text, locale: "fr", markup: .plain, expected: [])
        }
        // bash.po, gtk30.po, gawk.po, kcalc.po: usage lines, keys, options, a keyword.
        for text in [
            "disown [-h] [-ar] [jobspec ... | pid ...]", "default:mm",
            "\t-L[fatal|invalid|no-ext]\t--lint[=fatal|invalid|no-ext]\n",
            "sinh", "select",
        ] {
            assertFindings(
                IdenticalToSourceCheck(), source: text, target: text, locale: "fr", markup: .plain, expected: [])
        }
    }

    @Test func anUntranslatedSoftwareMessageIsStillFlagged() {
        // libc.po (fr): English words French has not.
        assertFindings(
            IdenticalToSourceCheck(), source: " - all data: ", target: " - all data: ", locale: "fr", markup: .plain,
            expected: [(nil, "translation is identical to the source")])
        assertFindings(
            IdenticalToSourceCheck(), source: "Cancel the job", target: "Cancel the job", locale: "de", markup: .plain,
            expected: [(nil, "translation is identical to the source")])
    }

    @Test func namesAndOneWordLoanwordsAreNotFlagged() {
        // gnupg2.po, a language name, a rendering option (de).
        for text in ["Pretty Good Privacy (OpenPGP)", "Afrikaans", "Renderer"] {
            assertFindings(
                IdenticalToSourceCheck(), source: text, target: text, locale: "de", markup: .plain, expected: [])
        }
    }
}
