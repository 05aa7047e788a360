import Testing

@testable import PasseurKit

/// `glossary-forbidden` gives the target range of the forbidden term: markers are in the target.
@Suite struct GlossaryForbiddenCheckTests {
    static let wholeCoins =
        "forbidden term \"whole coins\" (wholecoiner): literal back-translation of « pièces entières »; the jargon is wholecoiner; use \"wholecoiner\""
    static let fiduciaryMoney =
        "forbidden term \"Fiduciary money\" (fiat-money): false friend of « monnaie fiduciaire »; use \"fiat\" or \"fiat money\" or \"fiat currency\""

    @Test func aFaithfulTranslationHasNoFinding() {
        assertFindings(
            GlossaryForbiddenCheck(),
            source:
                "D’un autre côté, j’ai fait avaler des dizaines de personnes à l’orange et même frappé quelques pièces entières.",
            target: "On the other hand, I have orange-pilled dozens of people and even minted a few wholecoiners.",
            expected: [])
    }

    @Test func theArticlesFaithfulTranslationsHaveNoFinding() {
        assertFindings(
            GlossaryForbiddenCheck(),
            source:
                "En comparaison, les Bitcoiners se battent avec des shitcoiners, des no-coiners, des sympathisants fiat et même entre eux.",
            target:
                "By comparison, Bitcoiners fight with shitcoiners, no-coiners, fiat sympathizers and even among themselves.",
            expected: [])
        assertFindings(
            GlossaryForbiddenCheck(),
            source:
                "J’ai rendu les têtes d’Ethereum salées, les fanatiques de Ripple silencieux et les amateurs de jetons non fongibles (NFT) se sentent stupides.",
            target:
                "I have made Ethereum heads salty, Ripple fanatics silent and non-fungible token (NFT) enthusiasts feel stupid.",
            expected: [])
    }

    @Test func aForbiddenTermIsAnErrorWithItsReason() {
        assertFindings(
            GlossaryForbiddenCheck(),
            source:
                "D’un autre côté, j’ai fait avaler des dizaines de personnes à l’orange et même frappé quelques pièces entières.",
            target: "On the other hand, I have orange-pilled dozens of people and even minted a few 1️⃣whole coins.",
            expected: [("1️⃣", Self.wholeCoins)])
    }

    @Test func theFalseFriendOfMonnaieFiduciaireIsCaught() {
        assertFindings(
            GlossaryForbiddenCheck(), source: "La monnaie fiduciaire s’effondre.",
            target: "1️⃣Fiduciary money is collapsing.", expected: [("1️⃣", Self.fiduciaryMoney)])
    }

    @Test func everyOccurrenceIsReportedAtItsPlace() {
        assertFindings(
            GlossaryForbiddenCheck(), source: "La monnaie fiduciaire, encore la monnaie fiduciaire.",
            target: "1️⃣Fiduciary money, again 2️⃣fiduciary money.",
            expected: [
                ("1️⃣", Self.fiduciaryMoney),
                (
                    "2️⃣",
                    "forbidden term \"fiduciary money\" (fiat-money): false friend of « monnaie fiduciaire »; use \"fiat\" or \"fiat money\" or \"fiat currency\""
                ),
            ])
    }

    @Test func withoutAGlossaryNothingIsReported() {
        assertFindings(
            GlossaryForbiddenCheck(), source: "La monnaie fiduciaire s’effondre.",
            target: "Fiduciary money is collapsing.", termBase: .none, expected: [])
    }

    @Test func emptyAndBlankTargetsHaveNoFinding() {
        for target in ["", "  \t"] {
            assertFindings(
                GlossaryForbiddenCheck(), source: "La monnaie fiduciaire s’effondre.", target: target, expected: [])
        }
    }

    @Test func theRangeCountsEmojiAndCombiningMarksInUTF16() {
        assertFindings(
            GlossaryForbiddenCheck(), source: "🙂 Le café : la monnaie fiduciaire s’effondre.",
            target: "🙂 The cafe\u{301}: 1️⃣fiduciary money is collapsing.",
            expected: [
                (
                    "1️⃣",
                    "forbidden term \"fiduciary money\" (fiat-money): false friend of « monnaie fiduciaire »; use \"fiat\" or \"fiat money\" or \"fiat currency\""
                )
            ])
    }

    @Test func aTermAtTheEndOfALongParagraphIsFound() {
        let target = CheckFixtures.longText("The hopelessness is twofold.") + " 1️⃣Fiduciary money."
        assertFindings(
            GlossaryForbiddenCheck(), source: "Le désespoir est double. La monnaie fiduciaire.", target: target,
            expected: [("1️⃣", Self.fiduciaryMoney)])
    }
}
