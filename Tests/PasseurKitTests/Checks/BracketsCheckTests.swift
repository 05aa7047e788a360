import Testing

@testable import PasseurKit

/// `brackets` gives no range: its findings are asserted by message and count.
@Suite struct BracketsCheckTests {
    @Test func balancedBracketsHaveNoFinding() {
        assertFindings(
            BracketsCheck(), source: "les PNJ (personnage non-joueur) aux critiques",
            target: "NPC (non-player character) answers", expected: [])
    }

    @Test func anUnclosedParenthesisIsReported() {
        assertFindings(
            BracketsCheck(), source: "les PNJ (personnage non-joueur) aux critiques",
            target: "NPC (non-player character answers", expected: [(nil, "unbalanced ()")])
    }

    @Test func eachKindOfBracketIsReportedOnce() {
        assertFindings(
            BracketsCheck(), source: "les PNJ (personnage) {x}", target: "NPC (character)) {x}}",
            expected: [(nil, "unbalanced ()"), (nil, "unbalanced {}")])
    }

    @Test func balancedSquareBracketsHaveNoFinding() {
        // The reader text keeps square brackets that open no link.
        assertFindings(
            BracketsCheck(), source: "Le désespoir est double.", target: "The hopelessness [sic] is twofold.",
            expected: [])
        assertFindings(
            BracketsCheck(), source: "Voir [le guide](https://bitcoin.org).",
            target: "See [the guide](https://bitcoin.org) [sic].", expected: [])
    }

    @Test func anUnclosedSquareBracketIsReported() {
        assertFindings(
            BracketsCheck(), source: "le désespoir (note)", target: "the hopelessness [note",
            expected: [(nil, "unbalanced []")])
        assertFindings(
            BracketsCheck(), source: "le désespoir (note)", target: "the hopelessness note]",
            expected: [(nil, "unbalanced []")])
    }

    @Test func linkSyntaxDoesNotCount() {
        assertFindings(
            BracketsCheck(), source: "Voir [le guide](https://bitcoin.org) (page 2).",
            target: "See [the guide](https://bitcoin.org) (page 2.", expected: [(nil, "unbalanced ()")])
    }

    @Test func bracketsUnbalancedInTheSourceToo() {
        assertFindings(BracketsCheck(), source: "1) le désespoir", target: "1) despair", expected: [])
    }

    @Test func emptyBlankAndEmojiTargetsHaveNoFinding() {
        for target in ["", "   ", "🙂 (de\u{301}sespoir) 🙂"] {
            assertFindings(BracketsCheck(), source: "le (désespoir)", target: target, expected: [])
        }
    }

    @Test func aLongParagraphIsCountedWhole() {
        assertFindings(
            BracketsCheck(), source: "les PNJ (personnage non-joueur)",
            target: CheckFixtures.longText("NPC (non-player character)") + " (", expected: [(nil, "unbalanced ()")])
    }
}
