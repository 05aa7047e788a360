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
        // bash.po (fr): English words French has not.
        assertFindings(
            IdenticalToSourceCheck(), source: " (core dumped)", target: " (core dumped)", locale: "fr", markup: .plain,
            expected: [(nil, "translation is identical to the source")])
        assertFindings(
            IdenticalToSourceCheck(), source: "fallthru to exit from bb %d", target: "fallthru to exit from bb %d",
            locale: "de", markup: .plain,
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

extension IdenticalToSourceCheckTests {
    @Test func aLoneWordBesideNamesOrMarkupIsPartOfAName() {
        // util-linux.po (de), thunar.po (de), kateproject.po (es).
        for text in ["ONIE boot", "iPod touch", "<span style=\"color:%1;\">%2</span> / 52"] {
            assertFindings(
                IdenticalToSourceCheck(), source: text, target: text, locale: "de", markup: .plain, expected: [])
        }
        // gcc-12.po (de): an internal error left in English.
        assertFindings(
            IdenticalToSourceCheck(), source: "origin points to a different parent",
            target: "origin points to a different parent", locale: "de", markup: .plain,
            expected: [(nil, "translation is identical to the source")])
    }
}
