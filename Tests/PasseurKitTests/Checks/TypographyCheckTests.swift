import Testing

@testable import PasseurKit

/// `typography` gives no range: its findings are asserted by message and count.
@Suite struct TypographyCheckTests {
    static let nbsp = "\u{A0}"
    static let nnbsp = "\u{202F}"

    @Test func frenchWithNoBreakSpacesHasNoFinding() {
        assertFindings(
            TypographyCheck(), source: "x",
            target: "Est-ce pragmatique\(Self.nnbsp)? Je crois\(Self.nbsp): «\(Self.nbsp)oui\(Self.nbsp)».",
            locale: "fr", expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Voir https://bitcoin.org:8333/?x=1 à 10:30.", locale: "fr",
            expected: [])
    }

    @Test func frenchSpacesMissingOrPlainAreReported() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Est-ce pragmatique ? Je crois: «oui».", locale: "fr",
            expected: [
                (nil, "plain space before « ? »: use a no-break space (U+00A0 or U+202F)"),
                (nil, "no space before « : »: French puts a no-break space there"),
                (nil, "no space after « « »: French puts a no-break space there"),
                (nil, "no space before « » »: French puts a no-break space there"),
            ])
        assertFindings(
            TypographyCheck(), source: "x", target: "de « oui\(Self.nbsp)» , non .", locale: "fr",
            expected: [
                (nil, "plain space after « « »: use a no-break space"), (nil, "space before « , »"),
                (nil, "space before « . »"),
            ])
    }

    @Test func englishWithoutSpacesBeforeMarksHasNoFinding() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Is it pragmatic? I think so: “yes,” he said — it’s true.",
            expected: [])
    }

    @Test func englishSpacesBeforeMarksAndMixedQuotesAreReported() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Is it pragmatic ? I think so: \"yes\" — it’s true.",
            expected: [
                (nil, "space before « ? »: en puts none there"),
                (nil, "straight and curly quotes mixed: choose one style"),
            ])
        assertFindings(
            TypographyCheck(), source: "x", target: "Yes , he said .",
            expected: [(nil, "space before « , »"), (nil, "space before « . »")])
    }

    @Test func germanQuotationsOpenLow() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Ist das pragmatisch? Er sagte: „Ja“.", locale: "de",
            expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Er sagte: “Ja”.", locale: "de",
            expected: [(nil, "German quotations open with „, not “")])
    }

    @Test func spanishQuestionsAndExclamationsOpen() {
        assertFindings(TypographyCheck(), source: "x", target: "¿Es pragmático? ¡Claro!", locale: "es", expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Es pragmático? Claro!", locale: "es",
            expected: [(nil, "a question needs its opening ¿"), (nil, "an exclamation needs its opening ¡")])
    }

    @Test func brazilianPortugueseHasNoSpaceBeforeMarks() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Isso é pragmático? Acho que sim: “sim”.", locale: "pt-BR",
            expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Isso é pragmático ?", locale: "pt-BR",
            expected: [(nil, "space before « ? »: pt puts none there")])
    }

    @Test func aProjectsQuoteStyleIsApplied() {
        assertFindings(
            TypographyCheck(), source: "de « amusez-vous à rester pauvre ».", target: "de “diviértete siendo pobre”.",
            locale: "es", settings: .init(quotes: .angle),
            expected: [(nil, "quotation mark “: this locale's editions use « … »")])
        assertFindings(
            TypographyCheck(), source: "x", target: "de «diviértete siendo pobre».", locale: "es",
            settings: .init(quotes: .angle), expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "telling you «have fun staying poor».",
            settings: .init(quotes: .curly), expected: [(nil, "quotation mark «: this locale's editions use “ … ”")])
        assertFindings(
            TypographyCheck(), source: "x", target: "Er sagte: „Ja“.", locale: "de", settings: .init(quotes: .low),
            expected: [])
    }

    @Test func eachRuleIsReportedOnce() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Why ? Why ? Why ?",
            expected: [(nil, "space before « ? »: en puts none there")])
    }

    @Test func emptyAndBlankTargetsHaveNoFinding() {
        for locale in ["fr", "en", "de", "es"] {
            assertFindings(TypographyCheck(), source: "x", target: "", locale: locale, expected: [])
            assertFindings(TypographyCheck(), source: "x", target: "  \u{A0} ", locale: locale, expected: [])
        }
    }

    @Test func emojiAndCombiningMarksBeforeMarksAreNotSpaces() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Vraiment 🙂\(Self.nnbsp)? Cafe\u{301}\(Self.nbsp)!", locale: "fr",
            expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Vraiment🙂?", locale: "fr",
            expected: [(nil, "no space before « ? »: French puts a no-break space there")])
    }

    @Test func aLongParagraphIsReadWhole() {
        let target = CheckFixtures.longText("Is it pragmatic? It is.")
        assertFindings(TypographyCheck(), source: "x", target: target, expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: target + " Really ?",
            expected: [(nil, "space before « ? »: en puts none there")])
    }
}
