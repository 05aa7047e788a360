import Testing

@testable import PasseurKit

/// `inconsistent-translation` gives no range: its findings are asserted by line and message.
@Suite struct InconsistentTranslationCheckTests {
    @Test func oneTranslationPerSourceHasNoFinding() {
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Le désespoir est double.", "The hopelessness is twofold.", line: 3),
                translatedUnit(
                    "Nos futurs clients vous remercieront.", "Our future customers will thank you.", line: 7),
                translatedUnit("Le désespoir est double.", "The hopelessness is twofold.", line: 11),
            ], expected: [])
    }

    @Test func theSameSourceTranslatedTwoWaysIsFlaggedOnce() {
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Le désespoir est double.", "The despair is twofold.", line: 3),
                translatedUnit(
                    "Nos futurs clients vous remercieront.", "Our future customers will thank you.", line: 7),
                translatedUnit("Le désespoir est double.", "Despair is double.", line: 11),
                translatedUnit("Le désespoir est double.", "The despair  is twofold.", line: 15),
            ],
            expected: [(11, "translated differently elsewhere (x.po:3): « The despair is twofold. »")])
    }

    @Test func translationsThatDifferOnlyInSpacesAreTheSame() {
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Voilà à quoi ça sert.", "Voilà à quoi ça sert.", line: 3),
                translatedUnit("Voilà à quoi ça sert.", " Voilà\u{A0}à  quoi\u{2009}ça sert.\u{3000}", line: 7),
                translatedUnit("Voilà à quoi ça sert.", "Voilà\u{A0}à quoi\u{202F}ça\tsert.", line: 11),
                translatedUnit("Voilà à quoi ça sert.", "Voilà à quoi ça sert !", line: 15),
            ], locale: "fr",
            expected: [(15, "translated differently elsewhere (x.po:3): « Voilà à quoi ça sert. »")])
    }

    @Test func unitsOfAnotherContextAreComparedApart() {
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Ouvrir", "Open", line: 3),
                translatedUnit("Ouvrir", "Opening", line: 7, context: "menu"),
                translatedUnit("Ouvrir", "Open up", line: 11, context: "menu"),
            ],
            expected: [(11, "translated differently elsewhere (x.po:7): « Opening »")])
    }

    @Test func untranslatedAndFuzzyUnitsAreNotCompared() {
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Le désespoir est double.", nil, line: 3),
                translatedUnit("Le désespoir est double.", "Despair.", line: 7, state: .fuzzy),
                translatedUnit("Le désespoir est double.", "The hopelessness is twofold.", line: 11),
            ], expected: [])
    }

    @Test func anEmptyOrBlankTranslationMarkedTranslatedDiffers() {
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Le désespoir est double.", "The hopelessness is twofold.", line: 3),
                translatedUnit("Le désespoir est double.", "", line: 7),
                translatedUnit("Le désespoir est double.", "   ", line: 11),
            ],
            expected: [
                (7, "translated differently elsewhere (x.po:3): « The hopelessness is twofold. »"),
                (11, "translated differently elsewhere (x.po:3): « The hopelessness is twofold. »"),
            ])
    }

    @Test func emojiAndCombiningMarksAreComparedAsWritten() {
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Bravo 🙂", "Well done 🙂", line: 3),
                translatedUnit("Bravo 🙂", "Well done 🙂", line: 7),
                translatedUnit("Bravo 🙂", "Well done 🙃", line: 11),
            ], expected: [(11, "translated differently elsewhere (x.po:3): « Well done 🙂 »")])
    }

    @Test func longTranslationsAreComparedWhole() {
        let long = CheckFixtures.longText("The hopelessness is twofold.")
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Le désespoir est double.", long, line: 3),
                translatedUnit("Le désespoir est double.", long + "  ", line: 7),
                translatedUnit("Le désespoir est double.", long + "!", line: 11),
            ], expected: [(11, "translated differently elsewhere (x.po:3): « \(long) »")])
    }
}

/// Software catalogs (plain text), from Debian's French catalogs.
extension InconsistentTranslationCheckTests {
    @Test func translatorCreditsAreNotCompared() {
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Your emails", "jcorn@free.fr", line: 3, file: "a.po"),
                translatedUnit("Your emails", "sdepiets@gmail.com", line: 5, file: "b.po"),
            ], markup: .plain, expected: [])
    }

    @Test func softwareTranslationsDifferingInCaseAcceleratorOrEllipsisAreTheSame() {
        // kate.po and digikam.po; korganizer.po and digikam.po; util-linux.po and pidgin.po.
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("&Tools", "O&utils", line: 3, file: "digikam.po"),
                translatedUnit("&Tools", "Ou&tils", line: 5, file: "kate.po"),
                translatedUnit("Edit...", "Modifier…", line: 7, file: "digikam.po"),
                translatedUnit("Edit...", "Modifier...", line: 9, file: "korganizer.po"),
                translatedUnit("User ID", "ID Utilisateur", line: 11, file: "pidgin.po"),
                translatedUnit("User ID", "ID utilisateur", line: 13, file: "util-linux.po"),
            ], markup: .plain, expected: [])
    }

    @Test func aOneWordSourceIsComparedWithinItsFileOnly() {
        // digikam.po and kdeconnect-kcm.po: « Edit » is a verb in one, a menu's noun in the other.
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Edit", "Modifier", line: 3, file: "digikam.po"),
                translatedUnit("Edit", "Édition", line: 5, file: "kdeconnect-kcm.po"),
                translatedUnit("Reset", "Réinitialiser", line: 7, file: "digikam.po"),
                translatedUnit("Reset", "Remise à zéro", line: 9, file: "digikam.po"),
            ], markup: .plain,
            expected: [(9, "translated differently elsewhere (digikam.po:7): « Réinitialiser »")])
    }

    @Test func realSoftwareInconsistenciesAreStillFlagged() {
        // gimp20.po and gimp20-script-fu.po; gnome-control-center-2.0.po and rhythmbox.po.
        assertFindings(
            InconsistentTranslationCheck(),
            units: [
                translatedUnit("Highlight opacity", "Opacité d’éclairage", line: 3, file: "gimp20-script-fu.po"),
                translatedUnit("Highlight opacity", "Opacité de mise en évidence", line: 5, file: "gimp20.po"),
                translatedUnit("Pause playback", "Mettre en pause", line: 7, file: "gnome-control-center-2.0.po"),
                translatedUnit("Pause playback", "Met la lecture en pause", line: 9, file: "rhythmbox.po"),
            ], markup: .plain,
            expected: [
                (5, "translated differently elsewhere (gimp20-script-fu.po:3): « Opacité d’éclairage »"),
                (9, "translated differently elsewhere (gnome-control-center-2.0.po:7): « Mettre en pause »"),
            ])
    }

    @Test(arguments: [
        ("Edit", true), ("  _Open…\n", true), ("Ou&tils", true), ("", true), ("Show Message", false),
        ("Save\tAll", false), ("Mettre\u{A0}en pause", false), ("Sí ", true),
    ])
    func aOneWordSourceIsOneRunOfNonSpaces(source: String, isOneWord: Bool) {
        #expect(InconsistentTranslationCheck.isOneWord(source) == isOneWord)
    }
}
