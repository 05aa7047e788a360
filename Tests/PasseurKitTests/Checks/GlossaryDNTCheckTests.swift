import Testing

@testable import PasseurKit

/// `glossary-dnt` gives the source range of the term: markers are in the source.
@Suite struct GlossaryDNTCheckTests {
    static let hodl = "do-not-translate term \"HODL\" (hodl) must appear unchanged"

    @Test func aTermKeptUnchangedHasNoFinding() {
        assertFindings(
            GlossaryDNTCheck(), source: "Le HODL est une stratégie.", target: "El HODL es una estrategia.",
            locale: "es", expected: [])
        assertFindings(
            GlossaryDNTCheck(), source: "Satoshi Nakamoto a créé Bitcoin.",
            target: "Satoshi Nakamoto created Bitcoin.", expected: [])
    }

    @Test func theArticlesFaithfulTranslationsHaveNoFinding() {
        assertFindings(
            GlossaryDNTCheck(),
            source:
                "En comparaison, les Bitcoiners se battent avec des shitcoiners, des no-coiners, des sympathisants fiat et même entre eux.",
            target:
                "By comparison, Bitcoiners fight with shitcoiners, no-coiners, fiat sympathizers and even among themselves.",
            expected: [])
        assertFindings(
            GlossaryDNTCheck(),
            source:
                "J’ai rendu les têtes d’Ethereum salées, les fanatiques de Ripple silencieux et les amateurs de jetons non fongibles (NFT) se sentent stupides.",
            target:
                "I have made Ethereum heads salty, Ripple fanatics silent and non-fungible token (NFT) enthusiasts feel stupid.",
            expected: [])
    }

    @Test func aTranslatedTermIsAnError() {
        assertFindings(
            GlossaryDNTCheck(), source: "Le 1️⃣HODL est une stratégie.", target: "Holding is a strategy.",
            locale: "es", expected: [("1️⃣", Self.hodl)])
    }

    @Test func aTermWithAnotherCaseIsNotUnchanged() {
        assertFindings(
            GlossaryDNTCheck(), source: "Le 1️⃣HODL est une stratégie.", target: "El hodl es una estrategia.",
            locale: "es", expected: [("1️⃣", Self.hodl)])
    }

    @Test func eachTermIsReportedOnceAtItsFirstOccurrence() {
        assertFindings(
            GlossaryDNTCheck(), source: "Le 1️⃣HODL, toujours le HODL.", target: "Holding, always holding.",
            expected: [("1️⃣", Self.hodl)])
    }

    @Test func aTermWrittenInAnotherNormalisationFormIsUnchanged() {
        // « Nakamoto » has no accent: the term is looked for as written, and a decomposed
        // neighbour does not hide it.
        assertFindings(
            GlossaryDNTCheck(), source: "Satoshi Nakamoto a cre\u{301}e\u{301} Bitcoin.",
            target: "Satoshi Nakamoto cre\u{301}ó Bitcoin.", locale: "es", expected: [])
    }

    @Test func withoutAGlossaryNothingIsReported() {
        assertFindings(
            GlossaryDNTCheck(), source: "Le HODL est une stratégie.", target: "Holding is a strategy.",
            termBase: .none, expected: [])
    }

    @Test func anEmptyOrBlankTargetLacksTheTerm() {
        for target in ["", "  "] {
            assertFindings(
                GlossaryDNTCheck(), source: "Le 1️⃣HODL est une stratégie.", target: target,
                expected: [("1️⃣", Self.hodl)])
        }
    }

    @Test func theRangeCountsEmojiAndCombiningMarksInUTF16() {
        assertFindings(
            GlossaryDNTCheck(), source: "🙂 Le cafe\u{301} et le 1️⃣HODL.", target: "🙂 The café and holding.",
            expected: [("1️⃣", Self.hodl)])
    }

    @Test func aTermAtTheEndOfALongParagraphIsFound() {
        let source = CheckFixtures.longText("Le désespoir est double.") + " Le 1️⃣HODL."
        assertFindings(
            GlossaryDNTCheck(), source: source, target: CheckFixtures.longText("The hopelessness is twofold."),
            expected: [("1️⃣", Self.hodl)])
    }
}
