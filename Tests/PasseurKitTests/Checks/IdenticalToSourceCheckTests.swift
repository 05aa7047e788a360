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
