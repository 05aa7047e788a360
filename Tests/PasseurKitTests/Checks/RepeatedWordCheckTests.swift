import Testing

@testable import PasseurKit

/// `repeated-word` gives no range: its findings are asserted by message and count.
@Suite struct RepeatedWordCheckTests {
    @Test func aSentenceWithoutRepeatsHasNoFinding() {
        assertFindings(
            RepeatedWordCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold.",
            expected: [])
    }

    @Test func aTypedTwiceWordIsReported() {
        assertFindings(
            RepeatedWordCheck(), source: "Le désespoir est double.", target: "The hopelessness is is twofold.",
            expected: [(nil, "« is is »: repeated word")])
        assertFindings(
            RepeatedWordCheck(), source: "la bouffonnerie", target: "die Possenreißerei ist ist da", locale: "de",
            expected: [(nil, "« ist ist »: repeated word")])
    }

    @Test func aRepeatWhateverItsCaseIsReported() {
        assertFindings(
            RepeatedWordCheck(), source: "Le désespoir est double.", target: "The the hopelessness is twofold.",
            expected: [(nil, "« The The »: repeated word")])
    }

    @Test func grammaticalDoublesAreKept() {
        assertFindings(
            RepeatedWordCheck(), source: "Il dit « nous nous abattons ».", target: "Il dit « nous nous abattons ».",
            locale: "fr", expected: [])
        assertFindings(
            RepeatedWordCheck(), source: "la bouffonnerie qui a imprégné les médias",
            target: "die Possenreißerei, die die Medien durchdrungen hat", locale: "de", expected: [])
        assertFindings(
            RepeatedWordCheck(), source: "x", target: "Ich weiß, dass das das Beste ist.", locale: "de", expected: [])
        assertFindings(
            RepeatedWordCheck(), source: "x", target: "I knew that that was true, and I had had enough.",
            expected: [])
    }

    @Test func aGermanArticleDoubledOutsideARelativeClauseIsReported() {
        assertFindings(
            RepeatedWordCheck(), source: "les médias", target: "Ich kenne die die Medien.", locale: "de",
            expected: [(nil, "« die die »: repeated word")])
    }

    @Test func aRepeatTheSourceHasIsKept() {
        assertFindings(RepeatedWordCheck(), source: "Bora Bora", target: "Bora Bora", expected: [])
    }

    @Test func aRepeatBeforePunctuationIsReported() {
        // The second word is compared without the punctuation that ends its sentence or clause.
        assertFindings(
            RepeatedWordCheck(), source: "Le désespoir est double.",
            target: "The hopelessness is twofold twofold.", expected: [(nil, "« twofold twofold »: repeated word")])
        assertFindings(
            RepeatedWordCheck(), source: "Le désespoir est « double ».",
            target: "Le désespoir est « double double ».", locale: "fr",
            expected: [(nil, "« double double »: repeated word")])
        assertFindings(
            RepeatedWordCheck(), source: "x", target: "Is it twofold twofold? Yes, yes.",
            expected: [(nil, "« twofold twofold »: repeated word")])
    }

    @Test func aWordRepeatedAcrossPunctuationIsKept() {
        // « very, very » and « twofold. Twofold » are written on purpose.
        assertFindings(
            RepeatedWordCheck(), source: "x", target: "It is very, very twofold. Twofold indeed.", expected: [])
    }

    @Test func emptyBlankAndEmojiTargetsHaveNoFinding() {
        for target in ["", "    ", "🙂 🙂 is twofold."] {
            assertFindings(RepeatedWordCheck(), source: "Le désespoir.", target: target, expected: [])
        }
    }

    @Test func combiningMarksAreReadWithTheirLetter() {
        assertFindings(
            RepeatedWordCheck(), source: "Le café.", target: "Le cafe\u{301} cafe\u{301} noir.", locale: "fr",
            expected: [(nil, "« cafe\u{301} cafe\u{301} »: repeated word")])
    }

    @Test func aLongParagraphIsReadWhole() {
        let target = CheckFixtures.longText("The hopelessness is twofold.")
        assertFindings(RepeatedWordCheck(), source: "Le désespoir.", target: target, expected: [])
        assertFindings(
            RepeatedWordCheck(), source: "Le désespoir.", target: target + " and and more.",
            expected: [(nil, "« and and »: repeated word")])
    }
}

/// Software messages, from Debian's catalogs.
extension RepeatedWordCheckTests {
    @Test func metavariablesAndPoliteSieAreNotRepeats() {
        // coreutils.po (fr): the source writes its metavariable twice too; a word and its metavariable.
        assertFindings(
            RepeatedWordCheck(), source: "  -L FILE     FILE exists and is a symbolic link (same as -h)\n",
            target: "  -L FICHIER  FICHIER existe et est un lien symbolique (identique à -h)\n", locale: "fr",
            expected: [])
        assertFindings(
            RepeatedWordCheck(), source: "  -1 FIELD               join on this FIELD of file 1\n",
            target: "  -1 CHAMP               fusionner sur le champ CHAMP du fichier 1\n", locale: "fr", expected: [])
        // kio5.po (de).
        assertFindings(
            RepeatedWordCheck(), source: "The file \"%1\" already exists. Do you wish to overwrite it?",
            target: "Die Datei „%1“ existiert bereits. Möchten Sie sie überschreiben?", locale: "de", expected: [])
    }

    @Test func aRealRepeatInASoftwareMessageIsStillFlagged() {
        // e2fsprogs.po (fr); gcc-12.po (es) translates a repeated term of the source, and no more.
        assertFindings(
            RepeatedWordCheck(), source: "while restoring the image table",
            target: "lors de la restauration de de la table de l'image", locale: "fr",
            expected: [(nil, "« de de »: repeated word")])
        assertFindings(
            RepeatedWordCheck(), source: "invalid use of template template parameter %qT",
            target: "uso no válido del parámetro de plantilla plantilla %qT", locale: "es", expected: [])
        // More repeats than the source: each is reported.
        assertFindings(
            RepeatedWordCheck(), source: "invalid use of template template parameter %qT",
            target: "uso no no válido del parámetro de plantilla plantilla %qT", locale: "es",
            expected: [(nil, "« no no »: repeated word"), (nil, "« plantilla plantilla »: repeated word")])
    }
}

extension RepeatedWordCheckTests {
    @Test func germanRelativeAfterAPrepositionAndAMetavariableNamedTwiceAreNotRepeats() {
        // kdevdebuggercommon.po, coreutils.po (de).
        assertFindings(
            RepeatedWordCheck(), source: "Continues the execution at the line where the cursor is.",
            target: "Setzt die Ausführung in der Quelltextzeile fort, in der der Cursor steht.", locale: "de",
            expected: [])
        assertFindings(
            RepeatedWordCheck(), source: "  -o FORMAT              obey FORMAT while constructing output line\n",
            target: "  -o FORMAT              FORMAT benutzen, wenn Ausgabezeilen erstellt werden\n", locale: "de",
            expected: [])
        // pidgin.po (de): a real slip.
        assertFindings(
            RepeatedWordCheck(), source: "Unable to ping user %s",
            target: "Benutzer %s konnte nicht nicht angepingt werden",
            locale: "de", expected: [(nil, "« nicht nicht »: repeated word")])
    }
}
