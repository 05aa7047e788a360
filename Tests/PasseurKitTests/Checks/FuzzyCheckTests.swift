import Testing

@testable import PasseurKit

/// `fuzzy` gives no range: its findings are asserted by message and count.
@Suite struct FuzzyCheckTests {
    @Test func aTranslatedUnitHasNoFinding() {
        assertFindings(
            FuzzyCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold.", expected: [])
    }

    @Test func aFuzzyUnitNamesItsPreviousSource() {
        assertFindings(
            FuzzyCheck(),
            unit: TranslationUnit(
                source: "Le désespoir est double.", targets: ["The hopelessness."], state: .fuzzy,
                previousSource: "Le désespoir."),
            expected: [(nil, "translation is fuzzy; the source was « Le désespoir. »")])
    }

    @Test func aFuzzyUnitWithoutPreviousSourceIsReported() {
        assertFindings(
            FuzzyCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold.", state: .fuzzy,
            expected: [(nil, "translation is fuzzy")])
    }

    @Test func aFuzzyUnitWithAnEmptyOrBlankTargetIsReported() {
        assertFindings(
            FuzzyCheck(), source: "Le désespoir est double.", target: "", state: .fuzzy,
            expected: [(nil, "translation is fuzzy")])
        assertFindings(
            FuzzyCheck(), source: "Le désespoir est double.", target: "  ", state: .fuzzy,
            expected: [(nil, "translation is fuzzy")])
    }

    @Test func untranslatedReviewedAndFinalUnitsAreNotFuzzy() {
        for state in [TranslationUnit.State.new, .reviewed, .final] {
            assertFindings(
                FuzzyCheck(), source: "Le désespoir est double.", target: state == .new ? "" : "Despair is twofold.",
                state: state, expected: [])
        }
    }

    @Test func aLongPreviousSourceWithEmojiIsQuotedWhole() {
        let previous = CheckFixtures.longText("Le de\u{301}sespoir 🙂 est double.", times: 200)
        assertFindings(
            FuzzyCheck(),
            unit: TranslationUnit(
                source: "Le désespoir est double.", targets: ["x"], state: .fuzzy, previousSource: previous),
            expected: [(nil, "translation is fuzzy; the source was « \(previous) »")])
    }
}
