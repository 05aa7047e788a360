import Testing

@testable import PasseurKit

/// `markup` gives no range: its findings are asserted by message and count.
@Suite struct MarkupCheckTests {
    @Test func reorderedCodesHaveNoFinding() {
        assertFindings(
            MarkupCheck(), source: "Voir [le *guide*](https://bitcoin.org) et `HODL`.",
            target: "See `HODL` and [the *guide*](https://bitcoin.org).", expected: [])
    }

    @Test func aChangedLinkIsMissingAndAdded() {
        assertFindings(
            MarkupCheck(), source: "Voir [le guide](https://bitcoin.org).",
            target: "See [the guide](https://bitcoin.com).",
            expected: [
                (nil, "inline code link(https://bitcoin.org) of the source is missing"),
                (nil, "inline code link(https://bitcoin.com) is not in the source"),
            ])
    }

    @Test func lostStrongEmphasisIsMissing() {
        assertFindings(
            MarkupCheck(), source: "Le désespoir est **double**.", target: "La desesperación es doble.", locale: "es",
            expected: [(nil, "inline code strong of the source is missing")])
    }

    @Test func addedEmphasisAndChangedCodeAreReported() {
        assertFindings(
            MarkupCheck(), source: "Le désespoir est double.", target: "The hopelessness is *twofold*.",
            expected: [(nil, "inline code emphasis is not in the source")])
        assertFindings(
            MarkupCheck(), source: "Tapez `hodl`.", target: "Type `HODL`.",
            expected: [
                (nil, "inline code code(`hodl`) of the source is missing"),
                (nil, "inline code code(`HODL`) is not in the source"),
            ])
    }

    @Test func anEmptyOrBlankTargetLacksEveryCode() {
        for target in ["", "   "] {
            assertFindings(
                MarkupCheck(), source: "Le désespoir est **double**.", target: target,
                expected: [(nil, "inline code strong of the source is missing")])
        }
    }

    @Test func emojiAndCombiningMarksInsideCodesDoNotMatter() {
        assertFindings(
            MarkupCheck(), source: "Le *de\u{301}sespoir* 🙂 est [double](https://x.y/é).",
            target: "The *hopelessness* 🙂 is [twofold](https://x.y/é).", expected: [])
    }

    @Test func aLongParagraphIsComparedWhole() {
        let source = CheckFixtures.longText("Le désespoir est **double**.")
        assertFindings(
            MarkupCheck(), source: source, target: CheckFixtures.longText("The hopelessness is **twofold**."),
            expected: [])
    }

    @Test func rawHTMLTagsAreTheXMLTagsChecksButOtherRawHTMLStaysHere() {
        // A tag is compared by xml-tags (with its attributes); a comment and a placeholder in
        // angle brackets, which that check does not take for markup, are still compared here.
        assertFindings(
            MarkupCheck(), source: "Le désespoir est <b>double</b>.", target: "The hopelessness is twofold.",
            expected: [])
        assertFindings(
            MarkupCheck(), source: "Le désespoir <!-- note --> est double.", target: "The hopelessness is twofold.",
            expected: [(nil, "inline code html(<!-- note -->) of the source is missing")])
        assertFindings(
            MarkupCheck(), source: "Le <passeur> est double.", target: "The <ferryman> is twofold.",
            expected: [
                (nil, "inline code html(<passeur>) of the source is missing"),
                (nil, "inline code html(<ferryman>) is not in the source"),
            ])
    }
}
