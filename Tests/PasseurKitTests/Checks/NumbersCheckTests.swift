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
            expected: [(nil, "number 1913 of the source is missing; the translation has 1931")])
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

    @Test func examplesReplacedWithTheTranslationsOwnAreNoFinding() {
        // coreutils' German: a time zone and a size given as examples, localised.
        assertFindings(
            NumbersCheck(), source: "  %z   +hhmm numeric time zone (e.g., -0400)\n",
            target: "  %z     +hhmm numerische Zeitzone (z. B. +0100)\n", locale: "de", markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(), source: "  -h, --human-readable  print sizes in powers of 1024 (e.g., 1023M)\n",
            target: "  -h, --human-readable  Größen in Potenzen von 1024 (z.B. 1K 234M 2G)\n", locale: "de",
            markup: .plain, expected: [])
        // An example dropped, or a number changed outside an example, is still reported.
        assertFindings(
            NumbersCheck(), source: "  %z   +hhmm numeric time zone (e.g., -0400)\n",
            target: "  %z     +hhmm numerische Zeitzone\n", locale: "de", markup: .plain,
            expected: [(nil, "number 0400 of the source is missing")])
        assertFindings(
            NumbersCheck(), source: "print sizes in powers of 1024 (e.g., 1023M)",
            target: "Größen in Potenzen von 1000 (z. B. 1023M)", locale: "de", markup: .plain,
            expected: [(nil, "number 1024 of the source is missing; the translation has 1000")])
    }

    @Test func aMessageToTranslatorsIsNotCompared() {
        // gnupg's French and German catalogs answer the test message with a number.
        assertFindings(
            NumbersCheck(), source: "22 translator: see certreg-ui.c:gpgsm_gencertreq_tty", target: "15",
            locale: "fr", markup: .plain, expected: [])
    }

    @Test func aChangedNumberIsStillFlagged() {
        // gnumeric.po: a year changed; pidgin.po-like: a number spelled wrong.
        assertFindings(
            NumbersCheck(), source: "Copyright © 1998-2020", target: "Copyright © 1998-2010", locale: "fr",
            expected: [
                (nil, "number 2020 of the source is missing; the translation has 2010")
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

/// Numbers read by each language's conventions: software messages from Debian's catalogs.
extension NumbersCheckTests {
    @Test func localNumberFormatsAreTheSameNumber() {
        // gnucash.po (es): the Spanish decimal apostrophe; digikam.po (de, fr): 100K in full.
        assertFindings(
            NumbersCheck(), source: "9,999.00", target: "9.999'00", locale: "es", markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(), source: "(x + 0.33 * y + (x+y) )", target: "(x + 0'33 * y + (x+y) )", locale: "es",
            markup: .plain, expected: [])
        let source =
            "<p><b>MySQL Internal</b> backend is for local database storage with huge collection sizes. This backend is recommend for local collections with more than 100K items.</p>"
        assertFindings(
            NumbersCheck(), source: source,
            target:
                "<p><b>MySQL-Internal</b> ist geeignet als lokale Datenbank für große Sammlungen. Sie wird empfohlen für lokale Sammlungen mit mehr als 100.000 Einträgen.</p>",
            locale: "de", markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(), source: source,
            target:
                "<p>Le moteur <b>MySQL interne</b> sert au stockage local avec de grandes tailles de collection. Ce moteur est recommandé pour les collections locales de plus de 100\u{A0}000 éléments.</p>",
            locale: "fr", markup: .plain, expected: [])
        // gnucash.po (de): the same value, written without decimals.
        assertFindings(
            NumbersCheck(),
            source:
                "On high resolution screens reports tend to be hard to read. This option allows you to scale reports up by the set factor. For example setting this to 2.0 will display reports at twice their typical size.",
            target:
                "Auf hochauflösenden Bildschirmen können Berichte schwer zu lesen sein.\nDiese Option erlaubt das Skalieren der Berichte um den gewählten Faktor.\nZ.B. wird ein Wert von 2 die Berichte mit dem Doppelten ihrer ursprünglichen Größe darstellen.",
            locale: "de", markup: .plain, expected: [])
    }

    @Test func anEnglishCommaBetweenDigitsSeparatesTwoNumbers() {
        // gimp20-std-plug-ins.po (fr, es): (0,1) is a range, not a decimal.
        assertFindings(
            NumbersCheck(), source: "Multiply gradient (0,1)", target: "Multiplier, gradient [0\u{A0}; 1]",
            locale: "fr", markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(), source: "Multiply rand. value (0,1)", target: "Multiplicar valor aleatorio (0,1)",
            locale: "es", markup: .plain, expected: [])
        // gimp20-std-plug-ins.po (de): the English pairs kept, read by German conventions as decimals.
        assertFindings(
            NumbersCheck(), source: "Resulting Guide Bounds: 0,0 to 0,0 (0 areas)",
            target: "Resultierende Hilfslinien-Reichweite: 0,0 bis 0,0 (0 Flächen)", locale: "de", markup: .plain,
            expected: [])
        // A real error: (0,2) became (0,1).
        assertFindings(
            NumbersCheck(), source: "Multiply rand. value (0,2)", target: "Multiplicar valor aleatorio (0,1)",
            locale: "es", markup: .plain,
            expected: [(nil, "number 2 of the source is missing; the translation has 1")])
    }

    @Test func datesAndTimesAreReadWhole() {
        // gedit.po, evolution.po, korganizer.po (de).
        assertFindings(
            NumbersCheck(), source: "01/11/2009 17:52:00", target: "01.11.2009, 17:52:00", locale: "de",
            markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(),
            source: "The last time Empty Trash was run, in days since January 1st, 1970 (Epoch).",
            target: "Die Zeit seit der letzten Papierkorbleerung in Tagen seit dem 01.01.1970.", locale: "de",
            markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(), source: "2008-08-18", target: "18.08.2008", locale: "de", markup: .plain, expected: [])
        // coreutils.po (de): the examples written for German readers.
        assertFindings(
            NumbersCheck(),
            source:
                "  %x   locale's date representation (e.g., 12/31/99)\n  %X   locale's time representation (e.g., 23:13:48)\n  %y   last two digits of year (00..99)\n  %Y   year\n",
            target:
                "  %x   Datumsrepräsentation der Lokale (z.\u{A0}B. 18.11.2005)\n  %X   Zeitrepräsentation der Lokale (z.\u{A0}B. 15:14:33)\n  %y   die letzten zwei Ziffern des Jahres (00..99)\n  %Y   Jahr\n",
            locale: "de", markup: .plain, expected: [])
    }

    @Test func aNameWithDigitsIsNotGluedToTheNextNumber() {
        // gcc-12.po (es): SH4 340 is no 4340; rhythmbox.po (fr): MP3 128K is no 3128.
        assertFindings(
            NumbersCheck(), source: "Generate code for SH4 340 series (MMU/FPU-less).",
            target: "Genera código para SH4 series 340 (sin MMU/FPU).", locale: "es", markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(), source: "128K MP3", target: "MP3 128K", locale: "fr", markup: .plain, expected: [])
    }

    @Test func aVersionIsReadWholeAndAChangedOneIsFlagged() {
        // gimp20.po (de): the version of the release notes changed.
        assertFindings(
            NumbersCheck(),
            source: "GIMP 2.10.20 comes with new features as well as important bugfixes. Notable changes:",
            target:
                "GIMP 2.10.10 enthält neue Funktionsmerkmale und eine Reihe von Fehlerkorrekturen. Erwähnenswerte Änderungen sind:",
            locale: "de", markup: .plain,
            expected: [
                (nil, "number 2.10.20 of the source is missing; the translation has 2.10.10")
            ])
        // gimp20.po (fr): 3,350 K became 3,500 K; gcc-12.po (es): I0-I7 became 10-17.
        assertFindings(
            NumbersCheck(), source: "3,350 K – Studio \"CP\" light",
            target: "3,500\u{A0}K - Lumière «\u{A0}CP\u{A0}» de studio", locale: "fr", markup: .plain,
            expected: [(nil, "number 3,350 of the source is missing; the translation has 3,500")])
        assertFindings(
            NumbersCheck(), source: "operand 1 should be an unsigned 3-bit value (I0-I7)",
            target: "el operando 1 debería ser un valor de 3 bits sin signo (10-17)", locale: "es", markup: .plain,
            expected: [
                (nil, "numbers 0, 7 of the source are missing; the translation has 10, 17")
            ])
    }

    @Test func aNumberSpelledAfterAnElisionOrInACompoundIsThere() {
        // gcc-12.po (fr), gcc-12.po and kaccess.po (de).
        assertFindings(
            NumbersCheck(), source: "%<-march=%s%>: name of %s must be more than 1 letter",
            target: "%<-march=%s%>: le nom de %s doit avoir plus d'une lettre", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            NumbersCheck(), source: "stack size must be an exact power of 2",
            target: "Stapelgröße muss eine exakte Zweierpotenz sein", locale: "de", markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(),
            source:
                "You pressed the Shift key 5 consecutive times or an application has requested to change this setting.",
            target:
                "Sie haben die Umschalt-Taste fünfmal in Folge gedrückt, oder eine Anwendung möchte diese Einstellung ändern.",
            locale: "de", markup: .plain, expected: [])
        // A real error: the power of 2 became a power of 3.
        assertFindings(
            NumbersCheck(), source: "stack size must be an exact power of 2",
            target: "Stapelgröße muss eine exakte Dreierpotenz sein", locale: "de", markup: .plain,
            expected: [(nil, "number 2 of the source is missing")])
    }

    @Test func aOneShownByThePlaceholderIsThere() {
        // kio5.po (de), ktexteditor5.po (fr): KDE's singular form.
        assertFindings(NumbersCheck(), source: "1 file", target: "%1 Datei", locale: "de", markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(), source: "1 replacement done on %2", target: "%1 remplacement effectué sur %2", locale: "fr",
            markup: .plain, expected: [])
        // e2fsprogs.po (de): block 0 became block %s, a real error.
        assertFindings(
            NumbersCheck(), source: "Warning: could not read block 0: %s\n",
            target: "Warnung: Block %s konnte nicht gelesen werden\n", locale: "de", markup: .plain,
            expected: [(nil, "number 0 of the source is missing")])
    }
}

extension NumbersCheckTests {
    @Test func aSettingOfTheLanguageIsTheTranslators() {
        // gtk30.po (fr): the week starts on Monday in France.
        assertFindings(
            NumbersCheck(), source: "calendar:week_start:0", target: "calendar:week_start:1", locale: "fr",
            markup: .plain, expected: [])
        // A number in a sentence with a colon is compared: gnumeric.po-like.
        assertFindings(
            NumbersCheck(), source: "Copyright: 2020", target: "Copyright : 2010", locale: "fr", markup: .plain,
            expected: [(nil, "number 2020 of the source is missing; the translation has 2010")])
    }
}

extension NumbersCheckTests {
    @Test func characterReferencesAndSuperscriptsAreReadAsWritten() {
        // gnumeric.po (de): &#8482; is ™, not the number 8482; R^2 is R².
        assertFindings(
            NumbersCheck(), source: "MS Excel&#8482; 97/2000/XP", target: "MS Excel™ 97/2000/XP", locale: "de",
            markup: .plain, expected: [])
        assertFindings(
            NumbersCheck(), source: "/Independent Variable/R^2/Slope/Intercept/F/Significance of F",
            target: "/Unabhängige Variable/R²/Steigung/Abschnitt/F/Signifikanz von F", locale: "de", markup: .plain,
            expected: [])
        // A real error: Excel 97 became Excel 95.
        assertFindings(
            NumbersCheck(), source: "MS Excel&#8482; 97/2000/XP", target: "MS Excel™ 95/2000/XP", locale: "de",
            markup: .plain,
            expected: [(nil, "number 97 of the source is missing; the translation has 95")])
    }

    @Test func anOrdinalWrittenOutIsThere() {
        // kcmmouse.po (fr).
        assertFindings(
            NumbersCheck(),
            source: "Change the direction of scrolling for the mouse wheel or the 4th and 5th mouse buttons.",
            target:
                "Changer la direction du défilement pour la molette de la souris ou pour les quatrième ou cinquième boutons de la souris.",
            locale: "fr", markup: .plain, expected: [])
    }
}

extension NumbersCheckTests {
    @Test func timeExamplesLeftOutAreTheTranslators() {
        // gtk30.po (fr): some of the times given as examples kept, the others left out.
        assertFindings(
            NumbersCheck(), source: "Specify the time of print,\n e.g. 15∶30, 2∶35 pm, 14∶15∶20, 11∶46∶30 am, 4 pm",
            target: "Indiquez l’heure de l’impression,\n par ex. 15:30, 14:15:20, etc.", locale: "fr", markup: .plain,
            expected: [])
        // Without any time, the examples are missing.
        assertFindings(
            NumbersCheck(), source: "Specify the time of print,\n e.g. 15∶30, 4 pm",
            target: "Indiquez l’heure de l’impression.", locale: "fr", markup: .plain,
            expected: [(nil, "number 15∶30 of the source is missing"), (nil, "number 4 pm of the source is missing")])
    }

    @Test func samplesAndThirdPartiesAreNoNumbersToKeep() {
        // gnucash.po (es): context `sample`; okular_poppler.po (pt-BR).
        assertFindings(
            NumbersCheck(),
            unit: TranslationUnit(context: "sample", source: "99999", targets: ["12345"], state: .translated),
            locale: "es", expected: [])
        assertFindings(
            NumbersCheck(), source: "Check revocation of digital signatures' certificates using 3rd-party servers",
            target: "Verificar a revogação das assinaturas digitais do certificado usando servidores de terceiros",
            locale: "pt-BR", markup: .plain, expected: [])
    }
}
