import Testing

@testable import PasseurKit

/// `quotes` gives no range: its findings are asserted by message and count.
@Suite struct QuotesCheckTests {
    static let nbsp = "\u{A0}"

    @Test func balancedQuotesOfEachStyleHaveNoFinding() {
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».",
            target: "de «\(Self.nbsp)amusez-vous à rester pauvre\(Self.nbsp)».", locale: "fr", expected: [])
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».", target: "mit „Viel Spaß beim Armbleiben“.",
            locale: "de", expected: [])
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».",
            target: "telling you to “have fun staying poor”.", expected: [])
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».",
            target: "telling you to \"have fun staying poor\".", expected: [])
    }

    @Test func anUnclosedCurlyQuoteIsFound() {
        let findings = runCheck(
            QuotesCheck(),
            on: translatedUnit("de « amusez-vous à rester pauvre ».", "telling you to “have fun staying poor."))
        #expect(findings.map(\.checkID) == ["quotes"])
    }

    @Test func anUnclosedCurlyQuoteIsCountedRight() {
        // An English “ opens: it closes only in a German text, one that has a „.
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».",
            target: "telling you to “have fun staying poor.",
            expected: [(nil, "unbalanced curly quotes (1 opening, 0 closing)")])
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».",
            target: "telling you to have fun staying poor”.",
            expected: [(nil, "unbalanced curly quotes (0 opening, 1 closing)")])
    }

    @Test func anUnclosedGermanQuoteIsCountedRight() {
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».", target: "mit „Viel Spaß beim Armbleiben.",
            locale: "de", expected: [(nil, "unbalanced curly quotes (1 opening, 0 closing)")])
    }

    @Test func unbalancedAngleAndStraightQuotesAreReported() {
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».",
            target: "de «\(Self.nbsp)amusez-vous à rester pauvre.", locale: "fr", expected: [(nil, "unbalanced « »")])
        assertFindings(
            QuotesCheck(), source: "de « amusez-vous à rester pauvre ».", target: "telling you to \"have fun.",
            expected: [(nil, "odd number of straight double quotes")])
    }

    @Test func everyKindIsReportedOnce() {
        assertFindings(
            QuotesCheck(), source: "x", target: "« a « b „c \"d",
            expected: [
                (nil, "unbalanced « »"), (nil, "unbalanced curly quotes (1 opening, 0 closing)"),
                (nil, "odd number of straight double quotes"),
            ])
    }

    @Test func emptyBlankAndEmojiTargetsHaveNoFinding() {
        for target in ["", "  ", "🙂 “de\u{301}sespoir” 🙂"] {
            assertFindings(QuotesCheck(), source: "« désespoir »", target: target, expected: [])
        }
    }

    @Test func aLongParagraphIsCountedWhole() {
        let target = CheckFixtures.longText("telling you to “have fun staying poor”.")
        assertFindings(QuotesCheck(), source: "x", target: target, expected: [])
        assertFindings(
            QuotesCheck(), source: "x", target: target + " \"",
            expected: [(nil, "odd number of straight double quotes")])
    }
}

/// Software messages, from Debian's catalogs.
extension QuotesCheckTests {
    @Test func aSourceWhoseQuotesDoNotPairUpIsTranslatedAsItIs() {
        // sed.po (fr), coreutils.po (es), nano.po (es), e2fsprogs.po (fr).
        assertFindings(QuotesCheck(), source: "'", target: "\u{A0}»", locale: "fr", expected: [])
        assertFindings(
            QuotesCheck(), source: "\nInterpreted sequences are:\n\n  \\\"      double quote\n",
            target: "\nLas secuencias interpretadas son:\n\n  \\\"      dobles comillas\n", locale: "es", expected: [])
        assertFindings(
            QuotesCheck(), source: "Argument of '%s' lacks closing \"",
            target: "Al argumento «%s» le falta una \" de cierre", locale: "es", expected: [])
        assertFindings(
            QuotesCheck(), source: "Please run `resize2fs %s %s", target: "Veuillez exécuter «\u{A0}resize2fs %s %s",
            locale: "fr", expected: [])
    }

    @Test func unbalancedQuotesOfABalancedSourceAreStillFlagged() {
        // gtk30.po (es), libc.po (de); an apostrophe is no quotation mark.
        assertFindings(
            QuotesCheck(), source: "Element <%s> is not allowed below <%s>",
            target: "El elemento <%s» no se permite debajo de <%s>", locale: "es", expected: [(nil, "unbalanced « »")])
        assertFindings(
            QuotesCheck(), source: "The file \"%s\" isn't there", target: "Le fichier «\u{A0}%s n'est pas là",
            locale: "fr", expected: [(nil, "unbalanced « »")])
    }
}
