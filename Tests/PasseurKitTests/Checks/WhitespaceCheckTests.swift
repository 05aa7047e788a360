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
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir.", target: "1️⃣   ",
            expected: [(nil, "leading white space"), (nil, "trailing white space"), ("1️⃣", "doubled space")])
    }

    @Test func aDoubledSpaceAtTheEndOfALongParagraphIsFound() {
        let target = CheckFixtures.longText("The hopelessness is twofold.") + "1️⃣  Yes."
        assertFindings(
            WhitespaceCheck(), source: "Le désespoir est double.", target: target,
            expected: [("1️⃣", "doubled space")])
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
