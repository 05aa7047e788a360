import Testing

@testable import PasseurKit

/// `spelling` gives no range: its findings are asserted by message and count. The suggestions
/// are those of the Hunspell dictionaries installed with the project's prerequisites.
@Suite struct SpellingCheckTests {
    @Test func wellSpelledTranslationsHaveNoFinding() {
        assertFindings(
            SpellingCheck(), source: "x",
            target: "By comparison, Bitcoiners fight with shitcoiners, no-coiners and fiat sympathizers.",
            expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "Die Verzweiflung ist doppelt, sagte Maxx Mannheimer über HODL.",
            locale: "de", expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "¿Es pragmático? La desesperación es doble.", locale: "es",
            expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "Isso não é pragmático? O desespero é duplo.", locale: "pt-BR",
            expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "Le désespoir est double, et l’auto-conservation aussi.",
            locale: "fr", expected: [])
    }

    @Test func productivePrefixesWrittenSolidAreAccepted() {
        assertFindings(
            SpellingCheck(), source: "x", target: "Maxx es un exgerente; es tan multidisciplinar que parece frívolo.",
            locale: "es", expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "Bitcoin ist so multidisziplinär, dass es frivol wirkt.",
            locale: "de", expected: [])
    }

    @Test func aMisspelledWordIsReportedWithSuggestions() {
        assertFindings(
            SpellingCheck(), source: "x", target: "By comparsion, Bitcoiners fight with shitcoiners.",
            expected: [
                (
                    nil,
                    "« comparsion » is not in the en dictionary; did you mean « comparison », « compassion », « compression »?"
                )
            ])
        assertFindings(
            SpellingCheck(), source: "x", target: "Die Verzweiflung ist dopelt.", locale: "de",
            expected: [(nil, "« dopelt » is not in the de dictionary; did you mean « doppelt », « doppeln »?")])
        assertFindings(
            SpellingCheck(), source: "x", target: "O desespero é dupplo.", locale: "pt-BR",
            expected: [
                (nil, "« dupplo » is not in the pt-BR dictionary; did you mean « duplo », « duplico », « dupleto »?")
            ])
    }

    @Test func aMisspelledWordAfterAPrefixIsReported() {
        assertFindings(
            SpellingCheck(), source: "x", target: "Es un exgernte.", locale: "es",
            expected: [(nil, "« exgernte » is not in the es dictionary; did you mean « gerente »?")])
        assertFindings(
            SpellingCheck(), source: "x", target: "Es ist multidisziplinärx.", locale: "de",
            expected: [(nil, "« multidisziplinärx » is not in the de dictionary; did you mean « interdisziplinär »?")])
    }

    @Test func namesCodeAndAddressesAreNotRead() {
        assertFindings(
            SpellingCheck(), source: "x", target: "Maxx Mannheimer typed `hodlx` at https://bitcoin.org/xqzt.",
            expected: [])
    }

    @Test func aWordIsReportedOnce() {
        assertFindings(
            SpellingCheck(), source: "x", target: "By comparsion, and by comparsion again.",
            expected: [
                (
                    nil,
                    "« comparsion » is not in the en dictionary; did you mean « comparison », « compassion », « compression »?"
                )
            ])
    }

    @Test func emptyBlankAndEmojiTargetsHaveNoFinding() {
        for target in ["", "  \n", "🙂 🎉"] {
            assertFindings(SpellingCheck(), source: "x", target: target, expected: [])
        }
    }

    @Test func combiningMarksAreReadWithTheirLetter() {
        // « désespoir » with a decomposed é.
        assertFindings(
            SpellingCheck(), source: "x", target: "Le de\u{301}sespoir est double.", locale: "fr", expected: [])
    }

    @Test func aLongParagraphIsReadWhole() {
        let target = CheckFixtures.longText("The hopelessness is twofold.")
        assertFindings(SpellingCheck(), source: "x", target: target, expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: target + " By comparsion.",
            expected: [
                (
                    nil,
                    "« comparsion » is not in the en dictionary; did you mean « comparison », « compassion », « compression »?"
                )
            ])
    }
}
