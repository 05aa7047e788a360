import Testing

@testable import PasseurKit

/// `numbers` gives no range: its findings are asserted by message and count.
@Suite struct NumbersCheckTests {
    @Test func aDateWhoseNumbersMoveHasNoFinding() {
        assertFindings(
            NumbersCheck(),
            source:
                "A l’époque, je ne savais pas que ce que nous vivons n’est pas le capitalisme depuis le 23 décembre 1913.",
            target: "At the time, I did not know that what we live in has not been capitalism since December 23, 1913.",
            expected: [])
    }

    @Test func localeFormattingIsTheSameNumber() {
        assertFindings(
            NumbersCheck(), source: "Il y a 1 000,5 bitcoins et 21 millions au total.",
            target: "Es gibt 1.000,5 Bitcoins und insgesamt 21 Millionen.", locale: "de", expected: [])
        assertFindings(
            NumbersCheck(), source: "Il y a 1 000,5 bitcoins.", target: "There are 1,000.5 bitcoins.", expected: [])
        assertFindings(
            NumbersCheck(), source: "Il y a 21\u{202F}000\u{A0}000 unités.", target: "There are 21,000,000 units.",
            expected: [])
    }

    @Test func aChangedNumberIsMissingAndTheNewOneNamed() {
        assertFindings(
            NumbersCheck(), source: "depuis le 23 décembre 1913.", target: "since December 23, 1931.",
            expected: [(nil, "number 1913 of the source is missing"), (nil, "numbers 1931 are not in the source")])
    }

    @Test func aDroppedNumberIsMissing() {
        assertFindings(
            NumbersCheck(), source: "au cours des 2 dernières années", target: "over the last few years",
            expected: [(nil, "number 2 of the source is missing")])
    }

    @Test func aNumberBeyondTwelveSpelledOutIsNotRecognised() {
        assertFindings(
            NumbersCheck(), source: "au cours des 23 dernières années", target: "over the last twenty-three years",
            expected: [(nil, "number 23 of the source is missing")])
        assertFindings(
            NumbersCheck(), source: "au cours des 3 dernières années", target: "over the last three years",
            expected: [])
    }

    @Test func aNumberOnlyInTheTranslationIsNotReportedAlone() {
        assertFindings(
            NumbersCheck(), source: "Le désespoir est double.", target: "The hopelessness is 2-fold.", expected: [])
    }

    @Test func aNumberRepeatedInTheSourceIsExpectedAsOften() {
        assertFindings(
            NumbersCheck(), source: "21 millions, oui, 21 millions.", target: "21 million, yes, million.",
            expected: [(nil, "number 21 of the source is missing")])
    }

    @Test func anEmptyOrBlankTargetLacksEveryNumber() {
        for target in ["", " \u{A0}"] {
            assertFindings(
                NumbersCheck(), source: "Le 23 décembre 1913.", target: target,
                expected: [(nil, "number 23 of the source is missing"), (nil, "number 1913 of the source is missing")])
        }
    }

    @Test func combiningMarksAndEmojiAroundNumbersDoNotMatter() {
        assertFindings(
            NumbersCheck(), source: "Le cafe\u{301} coûte 3,50 € 🙂.", target: "The café costs €3.50 🙂.", expected: [])
    }

    @Test func aLongParagraphIsComparedWhole() {
        let source = CheckFixtures.longText("Le 23 décembre 1913, 21 millions.")
        let target = CheckFixtures.longText("On December 23, 1913, 21 million.")
        assertFindings(NumbersCheck(), source: source, target: target, expected: [])
        assertFindings(
            NumbersCheck(), source: source + " 1971", target: target,
            expected: [(nil, "number 1971 of the source is missing")])
    }
}

/// Software messages, from Debian's French catalogs.
extension NumbersCheckTests {
    @Test func aSmallNumberSpelledOutIsThere() {
        // kio5.po, gnupg2.po, nano.po, digikam.po.
        assertFindings(NumbersCheck(), source: "1 Folder", target: "Un dossier", locale: "fr", expected: [])
        assertFindings(
            NumbersCheck(), source: "Name must be at least 5 characters long\n",
            target: "Le nom doit contenir au moins cinq caractères\n", locale: "fr", expected: [])
        assertFindings(
            NumbersCheck(), source: "Got 0 parsable lines from command: %s",
            target: "La commande « %s » n'a produit aucune ligne analysable", locale: "fr", expected: [])
        assertFindings(
            NumbersCheck(), source: "Photo of a work whose author died more than 100 years ago",
            target: "Photo d'une œuvre dont l'auteur est décédé depuis plus de cent ans.", locale: "fr", expected: [])
    }

    @Test func aChangedNumberIsStillFlagged() {
        // gnumeric.po: a year changed; pidgin.po-like: a number spelled wrong.
        assertFindings(
            NumbersCheck(), source: "Copyright © 1998-2020", target: "Copyright © 1998-2010", locale: "fr",
            expected: [
                (nil, "number 2020 of the source is missing"), (nil, "numbers 2010 are not in the source"),
            ])
        assertFindings(
            NumbersCheck(), source: "Name must be at least 5 characters long\n",
            target: "Le nom doit contenir au moins six caractères\n", locale: "fr",
            expected: [(nil, "number 5 of the source is missing")])
    }
}

extension NumbersCheckTests {
    @Test func leadingZerosDoNotCount() {
        // evolution.po (fr).
        assertFindings(NumbersCheck(), source: "05 minutes", target: "5 minutes", locale: "fr", expected: [])
    }
}
