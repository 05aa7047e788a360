import Testing

@testable import PasseurKit

/// `inconsistent-source` gives no range: its findings are asserted by line and message.
@Suite struct InconsistentSourceCheckTests {
    @Test func differentTranslationsOfDifferentSourcesHaveNoFinding() {
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Le désespoir est double.", "The hopelessness is twofold.", line: 3),
                translatedUnit("La colère est double.", "The anger is twofold.", line: 7),
            ], expected: [])
    }

    @Test func differentSourcesWithOneTranslationAreFlagged() {
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Le désespoir est double.", "The despair is twofold.", line: 3),
                translatedUnit("La colère est double.", "The despair is twofold.", line: 7),
                translatedUnit("Le désespoir est double !", "The despair is twofold.", line: 11),
            ], expected: [(7, "same translation as the source « Le désespoir est double. »")])
    }

    @Test func sourcesDifferingInCaseOrSpacingAreTheSame() {
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Le désespoir est double.", "The despair is twofold.", line: 3),
                translatedUnit("le  désespoir, est double", "The despair is twofold.", line: 7),
                translatedUnit("LE DÉSESPOIR EST DOUBLE", "The  despair is twofold. ", line: 11),
            ], expected: [])
    }

    @Test func shortAndUntranslatedTargetsAreNotCompared() {
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Oui.", "Yes.", line: 3),
                translatedUnit("D’accord.", "Yes.", line: 7),
                translatedUnit("Le désespoir.", nil, line: 11),
                translatedUnit("La colère.", nil, line: 15),
                translatedUnit("Le désespoir est double.", "The despair is twofold.", line: 19),
                translatedUnit("La colère est double.", "The despair is twofold.", line: 23, state: .fuzzy),
            ], expected: [])
    }

    @Test func blankTargetsAreNotCompared() {
        // The ten-character floor is measured once the white space is collapsed: two targets of
        // spaces are no translation of two sources.
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Le désespoir est double.", "            ", line: 3),
                translatedUnit("La colère est double.", "            ", line: 7),
                translatedUnit("Le doute est double.", "   Le doute   ", line: 11),
                translatedUnit("La peur est double.", "Le doute", line: 15),
            ], expected: [])
    }

    @Test func aTargetPaddedWithSpacesIsStillCompared() {
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Le désespoir est double.", "  The despair is twofold.  ", line: 3),
                translatedUnit("La colère est double.", "The despair is twofold.", line: 7),
            ], expected: [(7, "same translation as the source « Le désespoir est double. »")])
    }

    @Test func tenCharactersAreCountedNotBytes() {
        // « 🙂🙂🙂🙂🙂 » is 20 bytes but five characters: too short to compare.
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Bravo", "🙂🙂🙂🙂🙂", line: 3),
                translatedUnit("Super", "🙂🙂🙂🙂🙂", line: 7),
                translatedUnit("Le cafe\u{301} est bon.", "The café is good.", line: 11),
                translatedUnit("Le thé est bon.", "The café is good.", line: 15),
            ], expected: [(15, "same translation as the source « Le cafe\u{301} est bon. »")])
    }

    @Test func longTargetsAreComparedWhole() {
        let long = CheckFixtures.longText("The hopelessness is twofold.")
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Le désespoir est double.", long, line: 3),
                translatedUnit("La colère est double.", long, line: 7),
                translatedUnit("La peur est double.", long + ".", line: 11),
            ], expected: [(7, "same translation as the source « Le désespoir est double. »")])
    }
}

/// Software catalogs (plain text, English sources), from Debian's catalogs.
extension InconsistentSourceCheckTests {
    @Test func softwareSourcesAreComparedWithinTheirFile() {
        // gnumeric-1.12.55.po (fr): « Go to Last » translated as « Aller au premier ». The same
        // two sources in two programs' catalogs say nothing about each other.
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Go to First", "Aller au premier", line: 3, file: "gnumeric-1.12.55.po"),
                translatedUnit("Go to Last", "Aller au premier", line: 5, file: "gnumeric.po"),
            ], markup: .plain, expected: [])
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Go to First", "Aller au premier", line: 3, file: "gnumeric-1.12.55.po"),
                translatedUnit("Go to Last", "Aller au premier", line: 5, file: "gnumeric-1.12.55.po"),
            ], markup: .plain, expected: [(5, "same translation as the source « Go to First »")])
    }

    @Test func softwareSourcesDifferingInAFinalSOrWordOrderAreTheSame() {
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("No change", "Aucune modification", line: 3, file: "kdevmesonmanager.po"),
                translatedUnit("No changes", "Aucune modification", line: 5, file: "kdevmesonmanager.po"),
                translatedUnit("Light Rain Freezing Rain", "Faible pluie verglaçante", line: 7, file: "weather.po"),
                translatedUnit("Light Freezing Rain Rain", "Faible pluie verglaçante", line: 9, file: "weather.po"),
            ], markup: .plain, expected: [])
    }

    @Test func twoWordingsOfOneMeaningAreTheSame() {
        // Judged wrong in the sample of Debian's catalogs: `cannot`, `could not` and `unable to`;
        // `copied` and `copied over`; an `all day event` and an `all-day appointment`.
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit(
                    "Cannot read header from '%s'", "Impossible de lire l’en-tête depuis «\u{A0}%s\u{A0}»", line: 3,
                    file: "gimp20-std-plug-ins.po"),
                translatedUnit(
                    "Could not read header from '%s'", "Impossible de lire l’en-tête depuis «\u{A0}%s\u{A0}»",
                    line: 5, file: "gimp20-std-plug-ins.po"),
                translatedUnit(
                    "Could not open '%s' for writing: %s", "No se pudo abrir «%s» para escritura: %s", line: 7,
                    file: "gimp20-std-plug-ins.po"),
                translatedUnit(
                    "Unable to open '%s' for writing: %s", "No se pudo abrir «%s» para escritura: %s", line: 9,
                    file: "gimp20-std-plug-ins.po"),
                translatedUnit(
                    "Select the files and folders that should be copied over.",
                    "Seleccionar los archivos y carpetas que se deben copiar.", line: 11, file: "dolphin.po"),
                translatedUnit(
                    "Select the files and folders that should be copied.",
                    "Seleccionar los archivos y carpetas que se deben copiar.", line: 13, file: "dolphin.po"),
                translatedUnit(
                    "Create a new all day event", "Cria um novo compromisso de dia inteiro", line: 15,
                    file: "evolution.po"),
                translatedUnit(
                    "Create a new all-day appointment", "Cria um novo compromisso de dia inteiro", line: 17,
                    file: "evolution.po"),
            ], markup: .plain, expected: [])
    }

    @Test func aNegationWordedTwoWaysIsTheSame() {
        // gnome-control-center-2.0.po (pt-BR), evolution.po (es).
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Disabled", "Desabilitado", line: 3, file: "gnome-control-center-2.0.po"),
                translatedUnit("Not Enabled", "Desabilitado", line: 5, file: "gnome-control-center-2.0.po"),
                translatedUnit(
                    "Mark the selected messages as not having been read",
                    "Marcar los mensajes seleccionados como no leídos", line: 7, file: "evolution.po"),
                translatedUnit(
                    "Mark selected messages as unread", "Marcar los mensajes seleccionados como no leídos", line: 9,
                    file: "evolution.po"),
            ], markup: .plain, expected: [])
    }

    @Test func aSoftwareMistranslationInOneFileIsStillFlagged() {
        // kwin.po: « below » translated as « au-dessus ».
        let target = "Activer / Désactiver l'option « Conserver au-dessus » pour la fenêtre active sur %1"
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("Toggle keep above for running window on %1", target, line: 3, file: "kwin.po"),
                translatedUnit("Toggle keep below running window on %1", target, line: 5, file: "kwin.po"),
            ], markup: .plain,
            expected: [(5, "same translation as the source « Toggle keep above for running window on %1 »")])
    }

    @Test func oppositeWordsSharingATranslationAreFlagged() {
        // libc.po (fr): « input » and « output » digits, one translation without either.
        let target = "Pas de chiffre défini et aucun des noms standards dans la table des caractères"
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit(
                    "no input digits defined and none of the standard names in the charmap", target, line: 3,
                    file: "libc.po"),
                translatedUnit(
                    "no output digits defined and none of the standard names in the charmap", target, line: 5,
                    file: "libc.po"),
            ], markup: .plain,
            expected: [
                (
                    5,
                    "same translation as the source « no input digits defined and none of the standard names in the charmap »"
                )
            ])
    }

    @Test func aNegationOneSourceLacksIsFlagged() {
        // make.po (es): the negative message translated as the positive one; dpkg.po (fr): « lock »
        // translated as « unlock ».
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit(
                    "#  File has been updated.", "#  El archivo ha sido actualizado.", line: 3, file: "make.po"),
                translatedUnit(
                    "#  File has not been updated.", "#  El archivo ha sido actualizado.", line: 5, file: "make.po"),
                translatedUnit("unable to lock %s", "impossible de déverrouiller %s", line: 7, file: "dpkg.po"),
                translatedUnit("unable to unlock %s", "impossible de déverrouiller %s", line: 9, file: "dpkg.po"),
            ], markup: .plain,
            expected: [
                (5, "same translation as the source « #  File has been updated. »"),
                (9, "same translation as the source « unable to lock %s »"),
            ])
    }

    @Test func twoOneWordSoftwareSourcesAreALabelsSynonyms() {
        // gimp20-std-plug-ins.po (de).
        assertFindings(
            InconsistentSourceCheck(),
            units: [
                translatedUnit("O_ptions", "_Einstellungen", line: 3, file: "gimp20-std-plug-ins.po"),
                translatedUnit("_Settings", "_Einstellungen", line: 5, file: "gimp20-std-plug-ins.po"),
            ], markup: .plain, expected: [])
    }

    @Test func softwareSourcesInAnotherLanguageAreComparedByTheirLetters() {
        // The opposites and negations are English: French plain sources that differ are reported.
        let units = [
            translatedUnit("Impossible de lire l'en-tête", "Cannot read the header", line: 3, file: "x.po"),
            translatedUnit("Échec de la lecture de l'en-tête", "Cannot read the header", line: 5, file: "x.po"),
        ]
        let context = CheckFixtures.context("en", termBase: .none, markup: .plain, sourceLocale: "fr")
        #expect(
            InconsistentSourceCheck().findings(in: units, context: context).map(\.message) == [
                "same translation as the source « Impossible de lire l'en-tête »"
            ])
    }
}
