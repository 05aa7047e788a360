import Testing

@testable import PasseurKit

/// `end-punctuation` gives no range: its findings are asserted by message and count.
@Suite struct EndPunctuationCheckTests {
    @Test func theSameKindOfEndingHasNoFinding() {
        assertFindings(
            EndPunctuationCheck(), source: "Ou plus important encore, est-ce pragmatique ?",
            target: "Or more importantly, is it pragmatic?", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Ou plus important encore, est-ce pragmatique ?",
            target: "O, más importante aún, ¿es pragmático?", locale: "es", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Et pourtant…", target: "And yet...", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Voici la liste :", target: "Here is the list:", expected: [])
    }

    @Test func closingQuotesAndEmphasisAfterTheMarkAreIgnored() {
        assertFindings(
            EndPunctuationCheck(), source: "de « amusez-vous à rester pauvre ».",
            target: "to “have fun staying poor.”", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Le désespoir est **double** !", target: "Hopelessness is **twofold!**",
            expected: [])
    }

    @Test func aQuestionTurnedIntoAStatementIsReported() {
        assertFindings(
            EndPunctuationCheck(), source: "Ou plus important encore, est-ce pragmatique ?",
            target: "Or more importantly, it is pragmatic.",
            expected: [(nil, "the source ends with a question mark, the translation with a full stop")])
    }

    @Test func aDroppedStopOrEllipsisIsReported() {
        assertFindings(
            EndPunctuationCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold",
            expected: [(nil, "the source ends with a full stop, the translation with no punctuation")])
        assertFindings(
            EndPunctuationCheck(), source: "Et pourtant…", target: "And yet!",
            expected: [(nil, "the source ends with an ellipsis, the translation with an exclamation mark")])
        assertFindings(
            EndPunctuationCheck(), source: "Voici la liste :", target: "Here is the list..",
            expected: [(nil, "the source ends with a colon, the translation with a full stop")])
    }

    @Test func anEmptyOrBlankTargetHasNoPunctuation() {
        for target in ["", " \u{A0} "] {
            assertFindings(
                EndPunctuationCheck(), source: "Est-ce pragmatique ?", target: target,
                expected: [(nil, "the source ends with a question mark, the translation with no punctuation")])
        }
    }

    @Test func combiningMarksAndEmojiBeforeTheMarkDoNotMatter() {
        assertFindings(
            EndPunctuationCheck(), source: "C’est le café !", target: "It’s the cafe\u{301} 🙂!", expected: [])
    }

    @Test func aLongParagraphIsJudgedByItsEnd() {
        let target = CheckFixtures.longText("Is it pragmatic? It is.")
        assertFindings(EndPunctuationCheck(), source: "Est-ce pragmatique ? Oui.", target: target, expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Est-ce pragmatique ?", target: target,
            expected: [(nil, "the source ends with a question mark, the translation with a full stop")])
    }
}

/// Software messages, from Debian's catalogs.
extension EndPunctuationCheckTests {
    @Test func anAbbreviationsFullStopIsNotASentences() {
        // procps-ng.po, glib20.po, konsole.po (fr).
        assertFindings(EndPunctuationCheck(), source: "USER", target: "UTIL.", locale: "fr", expected: [])
        assertFindings(EndPunctuationCheck(), source: "Wed", target: "mer.", locale: "fr", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Copy text as HTML (including formatting, font faces, colors... etc)",
            target: "Copier le texte en HTML (y compris la mise en forme, les polices, couleurs, etc.)", locale: "fr",
            expected: [])
    }

    @Test func aQuotedMarkIsNamedNotUsed() {
        // e2fsprogs.po (fr).
        assertFindings(
            EndPunctuationCheck(), source: "@E @L to '.'  ", target: "L'@E @L vers «\u{A0}.\u{A0}» ", locale: "fr",
            expected: [])
    }

    @Test func anAddedFullStopIsStillFlagged() {
        // pidgin.po (fr).
        assertFindings(
            EndPunctuationCheck(), source: "File Transfer Failed", target: "Échec du transfert de fichier.",
            locale: "fr", expected: [(nil, "the source ends with no punctuation, the translation with a full stop")])
    }
}

/// More software messages, from Debian's catalogs.
extension EndPunctuationCheckTests {
    @Test func aMarkNamedInBracketsOrQuotesAndANamesMarkAreNotEndings() {
        // glib20.po (de), cpplib-12.po (de), evolution-data-server.po (fr).
        assertFindings(
            EndPunctuationCheck(), source: "Address element “%s” does not contain a colon (:)",
            target: "Adresselement »%s« enthält keinen Doppelpunkt", locale: "de", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "expected ')' after \"...\"", target: "»)« nach »...« erwartet",
            locale: "de", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Yahoo! Screen Name List",
            target: "Liste des noms d’utilisateur Yahoo!", locale: "fr", expected: [])
    }

    @Test func anAbbreviationOfTheSourceEndsNoSentence() {
        // gimp20-std-plug-ins.po (fr).
        assertFindings(
            EndPunctuationCheck(), source: "_Misc Ops.", target: "_Opt. diverses", locale: "fr", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Can't have more than one extended partition on %s.",
            target: "Impossible d’avoir plus d’une partition étendue sur %s", locale: "fr",
            expected: [(nil, "the source ends with a full stop, the translation with no punctuation")])
    }
}

extension EndPunctuationCheckTests {
    @Test func anOrdinalsStopIsNoSentencesButAColonBeforeAClosingGuillemetIsAColon() {
        // gnucash.po (de): 1st → « 1. »; glib20.po (de): German closes with «.
        assertFindings(EndPunctuationCheck(), source: "1st", target: "1.", locale: "de", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "Failed to parse DNS response for “%s”: ",
            target: "Fehler bei der Verarbeitung der DNS-Antwort zu »%s«: ", locale: "de", expected: [])
        assertFindings(
            EndPunctuationCheck(), source: "division by 0", target: "Division durch 0.", locale: "de",
            expected: [(nil, "the source ends with no punctuation, the translation with a full stop")])
    }
}

extension EndPunctuationCheckTests {
    @Test func anEllipsisRenderedAsEtcIsNoFullStop() {
        // gtk30-properties.po (de).
        assertFindings(
            EndPunctuationCheck(), source: "List of icon sizes (gtk-menu=16,16:gtk-button=20,20...",
            target: "Die Liste der Symbolgrößen (gtk-menu=16,16;gtk-button=20,20 usw.)", locale: "de", expected: [])
    }
}
