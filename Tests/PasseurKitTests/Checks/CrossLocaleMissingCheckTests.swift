import Testing

@testable import PasseurKit

/// `cross-locale-missing` gives no range: its findings are asserted by locale and message.
@Suite struct CrossLocaleMissingCheckTests {
    static let source = "Le 23 décembre 1913, voir [la loi](https://x.y)."

    @Test func everyLocaleTranslatedHasNoFinding() {
        assertFindings(
            CrossLocaleMissingCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see [the act](https://x.y)."),
                ("es", "El 23 de diciembre de 1913, véase [la ley](https://x.y)."),
                ("de", "Am 23. Dezember 1913, siehe [das Gesetz](https://x.y)."),
            ], expected: [])
    }

    @Test func aLocaleAloneUntranslatedIsFlagged() {
        assertFindings(
            CrossLocaleMissingCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see [the act](https://x.y)."), ("es", nil),
                ("de", "Am 23. Dezember 1913, siehe [das Gesetz](https://x.y)."),
                ("pt-BR", "Em 23 de dezembro de 1913, veja [a lei](https://x.y)."),
            ], expected: [("es", "translated in en, de, pt-BR but not here")])
    }

    @Test func twoLocalesUntranslatedAreOrdinaryWork() {
        assertFindings(
            CrossLocaleMissingCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see [the act](https://x.y)."), ("es", nil), ("de", nil),
                ("pt-BR", "Em 23 de dezembro de 1913, veja [a lei](https://x.y)."),
            ], expected: [])
    }

    @Test func twoLocalesAreTooFewToCompare() {
        assertFindings(
            CrossLocaleMissingCheck(), source: Self.source,
            translations: [("en", "On December 23, 1913, see [the act](https://x.y)."), ("es", nil)], expected: [])
    }

    @Test func blankEmojiAndLongTranslationsCountAsTranslated() {
        assertFindings(
            CrossLocaleMissingCheck(), source: "Bravo 🙂",
            translations: [
                ("en", "  "), ("es", "¡Bravo 🙂!"), ("de", CheckFixtures.longText("Bravo 🙂 gut gemacht.")),
                ("pt-BR", ""),
            ], expected: [])
    }
}
