import Testing

@testable import PasseurKit

/// `cross-locale-markup` gives no range: its findings are asserted by locale and message.
@Suite struct CrossLocaleMarkupCheckTests {
    static let source = "Le 23 décembre 1913, voir [la loi](https://x.y)."

    @Test func translationsThatAgreeHaveNoFinding() {
        assertFindings(
            CrossLocaleMarkupCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see [the act](https://x.y)."),
                ("es", "El 23 de diciembre de 1913, véase [la ley](https://x.y)."),
                ("de", "Am 23. Dezember 1913, siehe [das Gesetz](https://x.y)."),
            ], expected: [])
    }

    @Test func aLinkEveryOtherLocaleCarriesIsExpectedHere() {
        assertFindings(
            CrossLocaleMarkupCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see [the act](https://x.y)."),
                ("es", "El 23 de diciembre de 1913, véase la ley."),
                ("de", "Am 23. Dezember 1913, siehe [das Gesetz](https://x.y)."),
                ("pt-BR", "Em 23 de dezembro de 1931, veja [a lei](https://x.y)."),
            ], expected: [("es", "inline code link(https://x.y) is in every other translation but not here")])
    }

    @Test func emphasisEveryOtherLocaleAddsIsExpectedHere() {
        assertFindings(
            CrossLocaleMarkupCheck(), source: "Le désespoir est double.",
            translations: [
                ("en", "The hopelessness is *twofold*."), ("es", "La desesperación es *doble*."),
                ("de", "Die Verzweiflung ist doppelt."),
            ], expected: [("de", "inline code emphasis is in every other translation but not here")])
    }

    @Test func twoTranslationsAreTooFewToCompare() {
        assertFindings(
            CrossLocaleMarkupCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see [the act](https://x.y)."),
                ("es", "El 23 de diciembre de 1913, véase la ley."), ("de", nil),
            ], expected: [])
    }

    @Test func aBlankTranslationLacksTheMarkup() {
        assertFindings(
            CrossLocaleMarkupCheck(), source: "Le désespoir est **double**.",
            translations: [
                ("en", "The hopelessness is **twofold**."), ("es", " "), ("de", "Die Verzweiflung ist **doppelt**."),
            ], expected: [("es", "inline code strong is in every other translation but not here")])
    }

    @Test func emojiAndLongTranslationsAreReadWhole() {
        assertFindings(
            CrossLocaleMarkupCheck(), source: "Le désespoir est **double** 🙂.",
            translations: [
                ("en", CheckFixtures.longText("The hopelessness is **twofold** 🙂.")),
                ("es", "La desesperación es doble 🙂."), ("de", "Die Verzweiflung ist **doppelt** 🙂."),
                ("pt-BR", "O desespero é **duplo** 🙂."),
            ], expected: [("es", "inline code strong is in every other translation but not here")])
    }
}
