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

/// Software messages, from Debian's catalogs: only what the other translations agree on beyond
/// the source is reported.
extension CrossLocaleNumbersCheckTests {
    @Test func whatTheSourceCarriesIsLeftToNumbers() {
        // gcc-12.po: the Spanish I0-I7 → 10-17 is `numbers`' finding, not this check's.
        assertFindings(
            CrossLocaleNumbersCheck(), source: "operand 1 should be an unsigned 3-bit value (I0-I7)",
            translations: [
                ("fr", "l'opérande 1 devrait être une valeur non signée sur 3 bits (I0-I7)"),
                ("de", "Operand 1 sollte ein vorzeichenloser 3-Bit-Wert sein (I0–I7)"),
                ("es", "el operando 1 debería ser un valor de 3 bits sin signo (10-17)"),
            ], markup: .plain, expected: [])
    }

    @Test func aTranslationThatFollowsItsSourceIsNotFlagged() {
        // evolution.po: the source spells the number out, and so does the Spanish.
        let source = "Hour the workday ends on, in twenty four hour format, 0 to 23"
        let others: [(locale: String, target: String?)] = [
            ("fr", "Heure à laquelle la journée de travail se termine, dans le format 24 heures, de 0 à 23"),
            ("de", "Die Stunde im 24-Stunden-Format von 0 bis 23, an der ein Arbeitstag endet"),
            ("pt-BR", "Hora em que o dia de trabalho termina, em formato de 24 horas, 0 a 23"),
        ]
        assertFindings(
            CrossLocaleNumbersCheck(), source: source,
            translations: others + [
                ("es", "Hora en la que acaba la jornada laboral, en formato de veinticuatro horas, de 0 a 23")
            ], markup: .plain, expected: [])
        // A real error: twelve hours where every other translation says 24.
        assertFindings(
            CrossLocaleNumbersCheck(), source: source,
            translations: others + [
                ("es", "Hora en la que acaba la jornada laboral, en formato de 12 horas, de 0 a 23")
            ],
            markup: .plain, expected: [("es", "number or URL 24 is in every other translation but not here")])
    }

    @Test func theDigitsOfAnAddressAreNoNumber() {
        // klipper.po: %C3 in the German and Spanish Wikipedia addresses is no 3.
        assertFindings(
            CrossLocaleNumbersCheck(),
            source:
                "The match pattern is a regular expression. For more information see the <link url=\"https://en.wikipedia.org/wiki/Regular_expression\">Wikipedia entry</link> for this topic.",
            translations: [
                (
                    "fr",
                    "Le schéma de correspondance est une expression régulière. Pour plus d'informations, veuillez consulter <link url=\"https://en.wikipedia.org/wiki/Regular_expression\">la page de Wikipedia</link> concernant ce sujet."
                ),
                (
                    "de",
                    "Der Musterabgleich ist ein regulärer Ausdruck. Besuchen Sie den  <link url=\"https://de.wikipedia.org/wiki/Regul%C3%A4rer_Ausdruck\">Wikipedia-Eintrag</link> für mehr Informationen zu diesem Thema."
                ),
                (
                    "es",
                    "El patrón de coincidencia es una expresión regular. Para más información, consulte la <link url=\"https://es.wikipedia.org/wiki/Expresi%C3%B3n_regular\">entrada de la Wikipedia</link> sobre este tema."
                ),
            ], markup: .plain, expected: [])
    }
}
