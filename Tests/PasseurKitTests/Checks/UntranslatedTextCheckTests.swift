import Testing

@testable import PasseurKit

/// `untranslated-text` on the article's French left in its English catalog, and on software
/// messages left in English. The range starts at the first source-language word.
@Suite struct UntranslatedTextCheckTests {
    static let french =
        "La migration physique du hashrate minier au cours des deux dernières années a été miraculeuse et le "
        + "réseau n’a aucun temps d’arrêt."

    @Test func frenchLeftInTheEnglishCatalogIsFound() {
        // The source with its apostrophes straightened: not identical, still French.
        assertFindings(
            UntranslatedTextCheck(), source: Self.french,
            // « migration », « physique », « temps » are English words too.
            target: "La migration physique du hashrate 1️⃣minier au cours des deux dernières années a été "
                + "miraculeuse et le réseau n'a aucun temps d'arrêt.",
            expected: [
                ("1️⃣", "mostly in fr, the source language: 11 words in the fr dictionary only, 4 in the en one")
            ])
    }

    @Test func anotherUnitsFrenchIsFoundToo() {
        assertFindings(
            UntranslatedTextCheck(), source: "Cependant, Bitcoin a un problème de service client.",
            target: "Nos 1️⃣futurs clients vous remercieront, pourtant nous supprimons les ventes et la part de marché.",
            expected: [
                ("1️⃣", "mostly in fr, the source language: 8 words in the fr dictionary only, 3 in the en one")
            ])
    }

    @Test func englishLeftInAGermanSoftwareCatalogIsFound() {
        assertFindings(
            UntranslatedTextCheck(), source: "Report bugs to the maintainers of this software.",
            target: "Fehler bitte melden: 1️⃣please report these bugs to the maintainers of this software.",
            locale: "de", markup: .plain,
            expected: [
                ("1️⃣", "mostly in en, the source language: 7 words in the en dictionary only, 2 in the de one")
            ])
    }

    @Test func translationsAreNotFound() {
        assertFindings(
            UntranslatedTextCheck(), source: Self.french,
            target: "The physical migration of mining hashrate over the past two years has been miraculous, and the "
                + "network has had zero downtime.",
            expected: [])
        assertFindings(
            UntranslatedTextCheck(), source: "Report bugs to: %s\n", target: "Melden Sie Fehler an: %s\n",
            locale: "de", markup: .plain, expected: [])
        // A German translation keeping English command names and values.
        assertFindings(
            UntranslatedTextCheck(), source: "git notes [--ref <notes-ref>] prune [-n] [-v]",
            target: "git notes [--ref <Notiz-Referenz>] prune [-n] [-v]", locale: "de",
            markup: .plain, expected: [])
    }

    @Test func aTargetIdenticalToItsSourceIsLeftToIdenticalToSource() {
        assertFindings(UntranslatedTextCheck(), source: Self.french, target: Self.french, expected: [])
    }

    @Test func aFewWordsAreNotEnough() {
        // Three French words only: cognates and quotations are as many.
        assertFindings(
            UntranslatedTextCheck(), source: "Je ne changerais rien au processus.",
            target: "Je ne changerais rien au processus !", expected: [])
    }

    @Test func namesAndGlossaryTermsAreNoEvidence() {
        // Names, kept terms and the words neither language knows do not make a translation French.
        assertFindings(
            UntranslatedTextCheck(), source: "x",
            target: "Maxx Mannheimer minted wholecoiners, shitcoiners and no-coiners with Satoshi Nakamoto.",
            expected: [])
    }

    @Test func withoutADictionaryOrWithOneLanguageNothingIsFound() {
        // No Italian dictionary is installed; a French target of a French source is no translation left.
        assertFindings(
            UntranslatedTextCheck(), source: "x", target: Self.french, locale: "it", expected: [])
        assertFindings(
            UntranslatedTextCheck(), source: "x", target: Self.french, locale: "fr", expected: [])
    }
}
