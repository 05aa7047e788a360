import Testing

@testable import PasseurKit

/// `length` gives no range: its findings are asserted by message and count.
@Suite struct LengthCheckTests {
    @Test func aTranslationOfComparableLengthHasNoFinding() {
        assertFindings(
            LengthCheck(), source: "Le désespoir est double, et même triple.",
            target: "The despair is twofold, even threefold.", expected: [])
    }

    @Test func aMuchShorterTranslationIsReported() {
        assertFindings(
            LengthCheck(), source: "Le désespoir est double, et même triple.", target: "Despair.",
            expected: [(nil, "translation is 0.2× the source's length")])
    }

    @Test func aMuchLongerTranslationIsReported() {
        assertFindings(
            LengthCheck(), source: "Le désespoir est double.",
            target: "The hopelessness is twofold, and it is even threefold, or more, as everyone here says.",
            expected: [(nil, "translation is 3.6× the source's length")])
    }

    @Test func aProjectsBandIsApplied() {
        let long = (
            source: "Le désespoir est double, et même triple.",
            target: "La desesperación es doble, e incluso triple, dicen todos."
        )
        assertFindings(LengthCheck(), source: long.source, target: long.target, locale: "es", expected: [])
        assertFindings(
            LengthCheck(), source: long.source, target: long.target, locale: "es",
            settings: .init(length: 0.9...1.1), expected: [(nil, "translation is 1.4× the source's length")])
    }

    @Test func markupDoesNotCount() {
        assertFindings(
            LengthCheck(), source: "Le désespoir est double, et même triple.",
            target: "[The despair is twofold, even threefold.](https://bitcoin.org/a/very/long/address/indeed)",
            expected: [])
    }

    @Test func shortSourcesAreNotJudged() {
        assertFindings(
            LengthCheck(), source: "Le désespoir.", target: "The hopelessness that was twofold.", expected: [])
        assertFindings(LengthCheck(), source: "Le désespoir.", target: "", expected: [])
    }

    @Test func anEmptyOrBlankTargetOfALongSourceIsReported() {
        assertFindings(
            LengthCheck(), source: "Le désespoir est double, et même triple.", target: "",
            expected: [(nil, "translation is 0.0× the source's length")])
        assertFindings(
            LengthCheck(), source: "Le désespoir est double, et même triple.", target: "  ",
            expected: [(nil, "translation is 0.1× the source's length")])
    }

    @Test func emojiCountAsOneCharacterEach() {
        // 20 characters: 10 emoji and 10 letters, against 20 letters.
        assertFindings(
            LengthCheck(), source: "abcdefghij klmnopqrs", target: "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂abcdefghij", expected: [])
    }

    @Test func aLongParagraphIsMeasuredWhole() {
        let source = CheckFixtures.longText("Le désespoir est double.")
        assertFindings(
            LengthCheck(), source: source, target: CheckFixtures.longText("The hopelessness is twofold."), expected: [])
        assertFindings(
            LengthCheck(), source: source, target: "The hopelessness is twofold.",
            expected: [(nil, "translation is 0.0× the source's length")])
    }
}

/// Short software messages, from Debian's French catalogs.
extension LengthCheckTests {
    @Test func aShortTextMayGrowMore() {
        // gnome-control-center-2.0.po: 2.4 times a source of 21 characters.
        assertFindings(
            LengthCheck(), source: "Could not load ui: %s",
            target: "Impossible de charger l’interface utilisateur\u{A0}: %s",
            locale: "fr", expected: [])
        // gimp20.po, a software message: 3.5 times a source of 20 characters.
        assertFindings(
            LengthCheck(), source: "DDE transaction busy",
            target: "La transaction d’échange de données dynamiques (DDE) est très chargée", locale: "fr",
            markup: .plain, expected: [])
        assertFindings(
            LengthCheck(), source: "DDE transaction busy",
            target: "La transaction d’échange de données dynamiques (DDE) est très chargée", locale: "fr",
            expected: [(nil, "translation is 3.5× the source's length")])
    }

    @Test func aShortTextGrownTooMuchOrALongOneGrownTwiceIsStillFlagged() {
        assertFindings(
            LengthCheck(), source: "Could not load ui: %s",
            target: "Impossible de charger l’interface utilisateur graphique du programme\u{A0}: %s", locale: "fr",
            expected: [(nil, "translation is 3.5× the source's length")])
        let source = String(repeating: "word ", count: 20)
        assertFindings(
            LengthCheck(), source: source, target: String(repeating: source, count: 2) + "more",
            locale: "fr", expected: [(nil, "translation is 2.0× the source's length")])
    }
}
