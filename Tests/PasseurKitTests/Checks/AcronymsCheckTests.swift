import Testing

@testable import PasseurKit

/// `acronyms` gives no range: its findings are asserted by message and count.
@Suite struct AcronymsCheckTests {
    @Test func keptAcronymsHaveNoFinding() {
        assertFindings(
            AcronymsCheck(), source: "les critiques de la théorie monétaire moderne (MMT).",
            target: "criticisms of Modern Monetary Theory (MMT).", expected: [])
        assertFindings(AcronymsCheck(), source: "Le G7 et le B2B.", target: "The G7 and B2B.", expected: [])
    }

    @Test func anAcronymTheGlossaryRendersMayChange() {
        assertFindings(
            AcronymsCheck(), source: "les réponses des PNJ (personnage non-joueur).",
            target: "the answers of NPCs (non-player characters).", expected: [])
    }

    @Test func withoutTheGlossaryTheRenderedAcronymIsMissing() {
        assertFindings(
            AcronymsCheck(), source: "les réponses des PNJ (personnage non-joueur).",
            target: "the answers of NPCs (non-player characters).", termBase: .none,
            expected: [(nil, "acronym PNJ of the source is missing")])
    }

    @Test func aDroppedAcronymIsReported() {
        assertFindings(
            AcronymsCheck(), source: "les amateurs de jetons non fongibles (NFT).",
            target: "non-fungible token enthusiasts.", expected: [(nil, "acronym NFT of the source is missing")])
    }

    @Test func eachDroppedAcronymIsReportedOnce() {
        assertFindings(
            AcronymsCheck(), source: "Le G7 et le B2B.", target: "The group and the market.",
            expected: [(nil, "acronym G7 of the source is missing"), (nil, "acronym B2B of the source is missing")])
        assertFindings(
            AcronymsCheck(), source: "La MMT, encore la MMT.", target: "The theory, again the theory.",
            expected: [(nil, "acronym MMT of the source is missing")])
    }

    @Test func anEmptyOrBlankTargetLacksTheAcronym() {
        for target in ["", "  "] {
            assertFindings(
                AcronymsCheck(), source: "les NFT", target: target,
                expected: [(nil, "acronym NFT of the source is missing")])
        }
    }

    @Test func emojiAndCombiningMarksAroundAcronymsDoNotMatter() {
        assertFindings(
            AcronymsCheck(), source: "🙂 la the\u{301}orie (MMT) 🙂", target: "🙂 the theory (MMT) 🙂", expected: [])
    }

    @Test func aLongParagraphIsComparedWhole() {
        assertFindings(
            AcronymsCheck(), source: CheckFixtures.longText("La théorie (MMT) et les NFT."),
            target: CheckFixtures.longText("The theory (MMT) and tokens."),
            expected: [(nil, "acronym NFT of the source is missing")])
    }
}
