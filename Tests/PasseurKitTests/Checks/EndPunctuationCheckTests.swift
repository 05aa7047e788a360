import Testing

@testable import PasseurKit

/// `end-punctuation` gives no range: its findings are asserted by message and count.
@Suite struct EndPunctuationCheckTests {
    @Test func theSameKindOfEndingHasNoFinding() {
        assertFindings(
            EndPunctuationCheck(), source: "Ou plus important encore, est-ce pragmatique ?",
            target: "Or more importantly, is it pragmatic?", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Ou plus important encore, est-ce pragmatique ?",
            target: "O, más importante aún, ¿es pragmático?", locale: "es", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Et pourtant…", target: "And yet...", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Voici la liste :", target: "Here is the list:", expected: [])
    }

    @Test func closingQuotesAndEmphasisAfterTheMarkAreIgnored() {
        assertFindings(
            EndPunctuationCheck(), source: "de « amusez-vous à rester pauvre ».",
            target: "to “have fun staying poor.”", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Le désespoir est **double** !", target: "Hopelessness is **twofold!**",
            expected: [])
    }

    @Test func aQuestionTurnedIntoAStatementIsReported() {
        assertFindings(
            EndPunctuationCheck(), source: "Ou plus important encore, est-ce pragmatique ?",
            target: "Or more importantly, it is pragmatic.",
            expected: [(nil, "the source ends with a question mark, the translation with a full stop")])
    }

    @Test func aDroppedStopOrEllipsisIsReported() {
        assertFindings(
            EndPunctuationCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold",
            expected: [(nil, "the source ends with a full stop, the translation with no punctuation")])
        assertFindings(
            EndPunctuationCheck(), source: "Et pourtant…", target: "And yet!",
            expected: [(nil, "the source ends with an ellipsis, the translation with an exclamation mark")])
        assertFindings(
            EndPunctuationCheck(), source: "Voici la liste :", target: "Here is the list..",
            expected: [(nil, "the source ends with a colon, the translation with a full stop")])
    }

    @Test func anEmptyOrBlankTargetHasNoPunctuation() {
        for target in ["", " \u{A0} "] {
            assertFindings(
                EndPunctuationCheck(), source: "Est-ce pragmatique ?", target: target,
                expected: [(nil, "the source ends with a question mark, the translation with no punctuation")])
        }
    }

    @Test func combiningMarksAndEmojiBeforeTheMarkDoNotMatter() {
        assertFindings(
            EndPunctuationCheck(), source: "C’est le café !", target: "It’s the cafe\u{301} 🙂!", expected: [])
    }

    @Test func aLongParagraphIsJudgedByItsEnd() {
        let target = CheckFixtures.longText("Is it pragmatic? It is.")
        assertFindings(EndPunctuationCheck(), source: "Est-ce pragmatique ? Oui.", target: target, expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Est-ce pragmatique ?", target: target,
            expected: [(nil, "the source ends with a question mark, the translation with a full stop")])
    }
}
