import Testing

@testable import PasseurKit

/// `cross-locale-length` gives no range: its findings are asserted by locale and message.
@Suite struct CrossLocaleLengthCheckTests {
    static let source = "Le 23 décembre 1913, voir la loi ici."

    @Test func comparableLengthsHaveNoFinding() {
        assertFindings(
            CrossLocaleLengthCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see the act."), ("es", "El 23 de diciembre de 1913, véase la ley."),
                ("de", "Am 23. Dezember 1913, siehe das Gesetz."), ("pt-BR", "Em 23 de dezembro de 1913, veja a lei."),
            ], expected: [])
    }

    @Test func anOutlierLengthIsFlagged() {
        assertFindings(
            CrossLocaleLengthCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see the act."), ("es", "El 23 de diciembre de 1913, véase la ley."),
                (
                    "de",
                    "Am 23. Dezember 1913, siehe das Gesetz des Kongresses, der Regierung, der Notenbank und aller anderen Beteiligten dieser Geschichte."
                ),
                ("pt-BR", "Em 23 de dezembro de 1913, veja a lei."),
            ], expected: [("de", "length ratio 3.57 against a median of 1.11 across locales")])
    }

    @Test func aShortOutlierIsFlagged() {
        assertFindings(
            CrossLocaleLengthCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see the act."), ("es", "El 23."),
                ("de", "Am 23. Dezember 1913, siehe das Gesetz."), ("pt-BR", "Em 23 de dezembro de 1913, veja a lei."),
            ], expected: [("es", "length ratio 0.16 against a median of 1.03 across locales")])
    }

    @Test func shortSourcesAndFewTranslationsAreNotJudged() {
        assertFindings(
            CrossLocaleLengthCheck(), source: "Le désespoir.",
            translations: [("en", "Despair."), ("es", "La desesperación."), ("de", "Die Verzweiflung ist doppelt.")],
            expected: [])
        assertFindings(
            CrossLocaleLengthCheck(), source: Self.source,
            translations: [("en", "On December 23, 1913, see the act."), ("es", "El 23."), ("de", nil)], expected: [])
    }

    @Test func blankTranslationsAreOutliers() {
        assertFindings(
            CrossLocaleLengthCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see the act."), ("es", "  "),
                ("de", "Am 23. Dezember 1913, siehe das Gesetz."), ("pt-BR", "Em 23 de dezembro de 1913, veja a lei."),
            ], expected: [("es", "length ratio 0.05 against a median of 1.03 across locales")])
    }

    @Test func aLongTranslationWithEmojiIsMeasuredWhole() {
        assertFindings(
            CrossLocaleLengthCheck(), source: Self.source,
            translations: [
                ("en", "On December 23, 1913, see the act 🙂."), ("es", "El 23 de diciembre de 1913, véase la ley 🙂."),
                ("de", CheckFixtures.longText("Am 23. Dezember 1913, siehe das Gesetz 🙂.", times: 5)),
                ("pt-BR", "Em 23 de dezembro de 1913, veja a lei 🙂."),
            ], expected: [("de", "length ratio 5.65 against a median of 1.16 across locales")])
    }
}

/// Software messages, from Debian's catalogs.
extension CrossLocaleLengthCheckTests {
    @Test func softwareMessagesAreNotJudged() {
        // digikam.po (de): condensed on purpose; a document's sentence as short is still flagged.
        let translations: [(locale: String, target: String?)] = [
            ("de", "Nur Experten"),
            ("fr", "Définir les options de connexion au serveur MySQL.\nPour les utilisateurs avancés uniquement."),
            ("es", "Establecer las opciones de conexión del servidor MySQL.\nSolo para usuarios avanzados."),
            ("pt-BR", "Definir as opções de conexão do servidor MySQL.\nApenas para usuários avançados."),
        ]
        let source = "Set the MySQL server connection options.\nFor advanced users only."
        assertFindings(
            CrossLocaleLengthCheck(), source: source, translations: translations, markup: .plain, expected: [])
        assertFindings(
            CrossLocaleLengthCheck(), source: source, translations: translations,
            expected: [("de", "length ratio 0.18 against a median of 1.31 across locales")])
    }
}
