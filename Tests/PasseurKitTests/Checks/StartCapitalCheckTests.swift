import Testing

@testable import PasseurKit

/// `start-capital` gives no range: its findings are asserted by message and count.
@Suite struct StartCapitalCheckTests {
    @Test func aCapitalAfterQuotesHasNoFinding() {
        assertFindings(StartCapitalCheck(), source: "« Quoi ? » dit-il.", target: "“What?” he said.", expected: [])
        assertFindings(
            StartCapitalCheck(), source: "Est-ce pragmatique ?", target: "¿Es pragmático?", locale: "es", expected: [])
    }

    @Test func aLowerCaseStartIsReported() {
        assertFindings(
            StartCapitalCheck(), source: "Le désespoir est double.", target: "the hopelessness is twofold.",
            expected: [(nil, "the translation starts with a lower-case letter")])
    }

    @Test func leadingMarksAndMarkupAreSkipped() {
        assertFindings(
            StartCapitalCheck(), source: "« Quoi ? » dit-il.", target: "“what?” he said.",
            expected: [(nil, "the translation starts with a lower-case letter")])
        assertFindings(
            StartCapitalCheck(), source: "Est-ce pragmatique ?", target: "¿es pragmático?", locale: "es",
            expected: [(nil, "the translation starts with a lower-case letter")])
        assertFindings(
            StartCapitalCheck(), source: "**Le** désespoir est double.", target: "**the** hopelessness is twofold.",
            expected: [(nil, "the translation starts with a lower-case letter")])
    }

    @Test func aSourceStartingLowerCaseOrWithADigitIsNotChecked() {
        assertFindings(StartCapitalCheck(), source: "bitcoin est rare.", target: "bitcoin is scarce.", expected: [])
        assertFindings(
            StartCapitalCheck(), source: "21 millions au total.", target: "twenty-one million in all.", expected: [])
    }

    @Test func emptyBlankAndEmojiStartsHaveNoFinding() {
        for target in ["", "   ", "🙂 the hopelessness."] {
            assertFindings(StartCapitalCheck(), source: "Le désespoir.", target: target, expected: [])
        }
    }

    @Test func combiningMarksAreReadWithTheirLetter() {
        assertFindings(
            StartCapitalCheck(), source: "E\u{301}tait-ce pragmatique ?", target: "e\u{301}tait-ce pragmatique ?",
            locale: "fr", expected: [(nil, "the translation starts with a lower-case letter")])
        assertFindings(
            StartCapitalCheck(), source: "E\u{301}tait-ce pragmatique ?", target: "E\u{301}ra pragmático?",
            locale: "es", expected: [])
    }

    @Test func aLongParagraphIsJudgedByItsStart() {
        assertFindings(
            StartCapitalCheck(), source: "Le désespoir.", target: CheckFixtures.longText("the hopelessness."),
            expected: [(nil, "the translation starts with a lower-case letter")])
    }
}
