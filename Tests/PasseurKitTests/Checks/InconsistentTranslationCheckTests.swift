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
