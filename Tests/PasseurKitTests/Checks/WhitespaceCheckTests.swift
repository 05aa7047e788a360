import Testing

@testable import PasseurKit

/// `whitespace` gives a range for a doubled space only: leading and trailing white space are
/// asserted by message and count.
@Suite struct WhitespaceCheckTests {
    @Test func singleSpacesHaveNoFinding() {
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold.",
            expected: [])
    }

    @Test func strayLeadingTrailingAndDoubledSpacesAreReported() {
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir est double.", target: " The hopelessness is1️⃣  twofold. ",
            expected: [(nil, "leading white space"), (nil, "trailing white space"), ("1️⃣", "doubled space")])
    }

    @Test func onlyTheFirstDoubledSpaceIsReported() {
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir est double.", target: "The1️⃣  hopelessness is  twofold.",
            expected: [("1️⃣", "doubled space")])
    }

    @Test func spacesTheSourceHasTooAreKept() {
        assertFindings(
            WhitespaceCheck(), source: " Le désespoir  est double. ", target: " The hopelessness  is twofold. ",
            expected: [])
    }

    @Test func aMarkdownHardBreakIsNotStray() {
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir", target: "The hopelessness  \n", expected: [])
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir est double.", target: "The hopelessness  \nis twofold.",
            expected: [])
    }

    @Test func tabsAndNoBreakSpacesAtTheEndsAreWhiteSpace() {
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir est double.", target: "\tThe hopelessness is twofold.\u{A0}",
            expected: [(nil, "leading white space"), (nil, "trailing white space")])
    }

    @Test func theOffsetCountsEmojiAndCombiningMarksInUTF16() {
        assertFindings(
            WhitespaceCheck(), source: "Le café 🙂 est double.", target: "The cafe\u{301} 🙂 is1️⃣  twofold.",
            expected: [("1️⃣", "doubled space")])
    }

    @Test func emptyAndBlankTargets() {
        assertFindings(WhitespaceCheck(), source: "Le désespoir.", target: "", expected: [])
        // Spaces that open a line are indentation, not a doubled space: a blank target is
        // leading and trailing white space (and `empty-target`'s).
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir.", target: "   ",
            expected: [(nil, "leading white space"), (nil, "trailing white space")])
    }

    @Test func aDoubledSpaceAtTheEndOfALongParagraphIsFound() {
        let target = CheckFixtures.longText("The hopelessness is twofold.") + "1️⃣  Yes."
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir est double.", target: target,
            expected: [("1️⃣", "doubled space")])
    }

    // pofilter's doublespacing, on real French catalogs of Debian 12 (`msgunfmt` of git 2.39's
    // and bash 5.2's .mo files): a double space the source does not have is reported where it is.

    @Test func aDoubledSpaceOfASoftwareCatalogIsReported() {
        assertFindings(
            WhitespaceCheck(), source: "cannot read blob %s for path %s",
            target: "impossible de lire le blob %s1️⃣  pour le chemin %s", locale: "fr", termBase: .none,
            expected: [("1️⃣", "doubled space")])
        assertFindings(
            WhitespaceCheck(), source: "setlocale: LC_ALL: cannot change locale (%s): %s",
            target: "setlocale\u{A0}: LC_ALL\u{A0}:1️⃣  impossible de changer le paramètre de langue (%s)\u{A0}: %s",
            locale: "fr", termBase: .none, expected: [("1️⃣", "doubled space")])
    }

    @Test func columnsAndSentenceSpacingOfTheSourceAllowDoubledSpaces() {
        // coreutils 9.1: aligned help columns, and two spaces after a full stop in the source.
        assertFindings(
            WhitespaceCheck(), source: "  -a, --all        convert all blanks, instead of just initial blanks\n",
            target: "  -a, --all        convertir tous les blancs, pas que les blancs initiaux\n", locale: "fr",
            termBase: .none, expected: [])
        assertFindings(
            WhitespaceCheck(), source: "By default, rm does not remove directories.  Use the --recursive (-r or -R)",
            target: "Par défaut, rm ne supprime pas les répertoires. Utilisez l'option --recursive", locale: "fr",
            termBase: .none, expected: [])
    }
}

/// Software messages, from Debian's catalogs.
extension WhitespaceCheckTests {
    @Test func theIndentationOfAContinuedLineIsNoDoubledSpace() {
        // gnupg2.po (fr).
        assertFindings(
            WhitespaceCheck(), source: "WARNING: unsafe ownership on extension '%s'\n",
            target: "Attention\u{A0}: le propriétaire de l'extension «\u{A0}%s\u{A0}»\n            n'est pas sûr\n",
            locale: "fr", expected: [])
        // nautilus.po (es): a doubled space inside a line still is.
        assertFindings(
            WhitespaceCheck(), source: "Renaming “%s” to “%s”.", target: "Renombrando1️⃣  «%s» a «%s».", locale: "es",
            expected: [("1️⃣", "doubled space")])
    }
}
