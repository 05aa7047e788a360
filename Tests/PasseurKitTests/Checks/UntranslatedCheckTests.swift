import Testing

@testable import PasseurKit

/// `untranslated` gives no range: its findings are asserted by message and count.
@Suite struct UntranslatedCheckTests {
    @Test func aTranslatedUnitHasNoFinding() {
        assertFindings(
            UntranslatedCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold.",
            expected: [])
    }

    @Test func aUnitWithNoTranslationIsReported() {
        assertFindings(
            UntranslatedCheck(), source: "Le désespoir est double.", target: "", state: .new,
            expected: [(nil, "not translated")])
    }

    @Test func anEmptyTargetMarkedTranslatedIsReported() {
        assertFindings(
            UntranslatedCheck(), source: "Le désespoir est double.", target: "", state: .translated,
            expected: [(nil, "not translated")])
    }

    @Test func aFuzzyUnitIsLeftToTheFuzzyCheck() {
        assertFindings(
            UntranslatedCheck(), source: "Le désespoir est double.", target: "x", state: .fuzzy, expected: [])
        assertFindings(
            UntranslatedCheck(), source: "Le désespoir est double.", target: "", state: .fuzzy, expected: [])
    }

    @Test func whiteSpaceIsATranslationForThisCheck() {
        // The empty-target check speaks for a target of spaces only.
        assertFindings(UntranslatedCheck(), source: "Le désespoir est double.", target: " \n", expected: [])
    }

    @Test func aPluralUnitWithOnlyItsSecondFormIsTranslated() {
        assertFindings(
            UntranslatedCheck(),
            unit: TranslationUnit(
                source: "%d file", sourcePlural: "%d files", targets: ["", "%d fichiers"], state: .translated),
            expected: [])
    }

    @Test func longAndEmojiSourcesAreReportedOnce() {
        let source = CheckFixtures.longText("Le désespoir est double 🙂 et même trip\u{301}le.")
        assertFindings(
            UntranslatedCheck(), source: source, target: "", state: .new, expected: [(nil, "not translated")])
    }
}
