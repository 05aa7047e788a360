import Testing

@testable import PasseurKit

/// `glossary-missing` gives the source range of the term not rendered: markers are in the source.
@Suite struct GlossaryMissingCheckTests {
    @Test func aFaithfulTranslationHasNoFinding() {
        assertFindings(
            GlossaryMissingCheck(),
            source:
                "En comparaison, les Bitcoiners se battent avec des shitcoiners, des no-coiners, des sympathisants fiat et même entre eux.",
            target:
                "By comparison, Bitcoiners fight with shitcoiners, no-coiners, fiat sympathizers and even among themselves.",
            expected: [])
        assertFindings(
            GlossaryMissingCheck(),
            source:
                "J’ai rendu les têtes d’Ethereum salées, les fanatiques de Ripple silencieux et les amateurs de jetons non fongibles (NFT) se sentent stupides.",
            target:
                "I have made Ethereum heads salty, Ripple fanatics silent and non-fungible token (NFT) enthusiasts feel stupid.",
            expected: [])
    }

    @Test func aMissingTermNamesTheExpectedRenderings() {
        assertFindings(
            GlossaryMissingCheck(), source: "Le 1️⃣service client Bitcoin", target: "Bitcoin's help desk",
            expected: [
                (
                    "1️⃣",
                    "« service client » (customer-service) is not rendered; expected \"customer service\" or \"customer support\""
                )
            ])
    }

    @Test func aTermRenderedWithAForbiddenTermIsMissing() {
        assertFindings(
            GlossaryMissingCheck(), source: "La 1️⃣monnaie fiduciaire s’effondre.",
            target: "Fiduciary money is collapsing.",
            expected: [
                (
                    "1️⃣",
                    "« monnaie fiduciaire » (fiat-money) is not rendered; expected \"fiat\" or \"fiat money\" or \"fiat currency\""
                )
            ])
    }

    @Test func aTermRenderedLiterallyIsMissing() {
        assertFindings(
            GlossaryMissingCheck(),
            source:
                "D’un autre côté, j’ai fait avaler des dizaines de personnes à l’orange et même frappé quelques 1️⃣pièces entières.",
            target: "On the other hand, I have orange-pilled dozens of people and even minted a few whole coins.",
            expected: [("1️⃣", "« pièces entières » (wholecoiner) is not rendered; expected \"wholecoiner\"")])
    }

    @Test func eachConceptIsReportedOnceAtItsFirstOccurrence() {
        assertFindings(
            GlossaryMissingCheck(), source: "Le 1️⃣service client, encore le service client.",
            target: "The help desk, the help desk again.",
            expected: [
                (
                    "1️⃣",
                    "« service client » (customer-service) is not rendered; expected \"customer service\" or \"customer support\""
                )
            ])
    }

    @Test func doNotTranslateTermsAreLeftToTheirCheck() {
        assertFindings(
            GlossaryMissingCheck(), source: "Le HODL est une stratégie.", target: "Holding is a strategy.",
            locale: "es",
            expected: [])
    }

    @Test func withoutAGlossaryNothingIsReported() {
        assertFindings(
            GlossaryMissingCheck(), source: "Le service client Bitcoin", target: "Bitcoin's help desk", termBase: .none,
            expected: [])
    }

    @Test func anEmptyOrBlankTargetLacksEveryTerm() {
        for target in ["", "   "] {
            assertFindings(
                GlossaryMissingCheck(), source: "Le 1️⃣service client", target: target,
                expected: [
                    (
                        "1️⃣",
                        "« service client » (customer-service) is not rendered; expected \"customer service\" or \"customer support\""
                    )
                ])
        }
    }

    @Test func theRangeCountsEmojiAndCombiningMarksInUTF16() {
        assertFindings(
            GlossaryMissingCheck(), source: "🙂 Le cafe\u{301}, le 1️⃣service client.",
            target: "🙂 The café, the help desk.",
            expected: [
                (
                    "1️⃣",
                    "« service client » (customer-service) is not rendered; expected \"customer service\" or \"customer support\""
                )
            ])
    }

    @Test func aTermAtTheEndOfALongParagraphIsFound() {
        let source = CheckFixtures.longText("Le désespoir est double.") + " Le 1️⃣service client."
        assertFindings(
            GlossaryMissingCheck(), source: source, target: CheckFixtures.longText("The hopelessness is twofold."),
            expected: [
                (
                    "1️⃣",
                    "« service client » (customer-service) is not rendered; expected \"customer service\" or \"customer support\""
                )
            ])
    }
}
