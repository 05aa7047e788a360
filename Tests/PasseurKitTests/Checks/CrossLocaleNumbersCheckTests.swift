import Testing

@testable import PasseurKit

/// `cross-locale-numbers` gives no range: its findings are asserted by locale and message.
@Suite struct CrossLocaleNumbersCheckTests {
    static let source = "Le 23 décembre 1913, voir [la loi](https://x.y)."

    @Test func translationsThatAgreeHaveNoFinding() {
        assertFindings(
            CrossLocaleNumbersCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see [the act](https://x.y)."),
                ("es", "El 23 de diciembre de 1913, véase [la ley](https://x.y)."),
                ("de", "Am 23. Dezember 1913, siehe [das Gesetz](https://x.y)."),
                ("pt-BR", "Em 23 de dezembro de 1913, veja [a lei](https://x.y)."),
            ], expected: [])
    }

    @Test func whatEveryOtherLocaleCarriesIsExpectedHere() {
        assertFindings(
            CrossLocaleNumbersCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see [the act](https://x.y)."),
                ("es", "El 23 de diciembre de 1913, véase la ley."),
                ("de", "Am 23. Dezember 1913, siehe [das Gesetz](https://x.y)."),
                ("pt-BR", "Em 23 de dezembro de 1931, veja [a lei](https://x.y)."),
            ],
            expected: [
                ("es", "number or URL https://x.y is in every other translation but not here"),
                ("pt-BR", "number or URL 1913 is in every other translation but not here"),
            ])
    }

    @Test func whatOnlySomeLocalesCarryIsNotExpected() {
        assertFindings(
            CrossLocaleNumbersCheck(), source: "Il y a trois ans.",
            translations: [
                ("en", "3 years ago."), ("es", "Hace tres años."), ("de", "Vor 3 Jahren."), ("pt-BR", "Há três anos."),
            ],
            expected: [])
    }

    @Test func untranslatedLocalesAreLeftOut() {
        assertFindings(
            CrossLocaleNumbersCheck(), source: "Il y a trois ans.",
            translations: [("en", "3 years ago."), ("es", nil), ("de", "Vor 3 Jahren."), ("pt-BR", "Há 3 anos.")],
            expected: [])
    }

    @Test func aBlankTranslationLacksWhatTheOthersAgreeOn() {
        assertFindings(
            CrossLocaleNumbersCheck(), source: "Il y a trois ans.",
            translations: [("en", "3 years ago."), ("es", "   "), ("de", "Vor 3 Jahren."), ("pt-BR", "Há 3 anos.")],
            expected: [("es", "number or URL 3 is in every other translation but not here")])
    }

    @Test func emojiAndLongTranslationsAreReadWhole() {
        assertFindings(
            CrossLocaleNumbersCheck(), source: "Il y a vingt-trois ans 🙂.",
            translations: [
                ("en", CheckFixtures.longText("23 years ago 🙂.")), ("es", "Hace veintitrés años 🙂."),
                ("de", "Vor 23 Jahren 🙂."), ("pt-BR", "Há 23 anos 🙂."),
            ], expected: [("es", "number or URL 23 is in every other translation but not here")])
    }

    @Test func aSmallNumberOrAnOrdinalSpelledOutIsThere() {
        // gimp20.po, gnucash.po (de).
        assertFindings(
            CrossLocaleNumbersCheck(), source: "Parse error, didn't find 2 integers",
            translations: [
                ("fr", "Erreur d'analyse, 2 entiers non trouvés"),
                ("de", "Verarbeitungsfehler. Es konnten keine zwei Ganzzahlen gefunden werden"),
                ("es", "Error de análisis, no se encontraron 2 enteros"),
            ], expected: [])
        assertFindings(
            CrossLocaleNumbersCheck(), source: "3rd Sat",
            translations: [("fr", "3e samedi"), ("de", "Dritter Samstag"), ("es", "3er sábado")], expected: [])
    }
}
