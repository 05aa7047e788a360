import Testing

@testable import PasseurKit

/// `empty-target` gives no range: its findings are asserted by message and count.
@Suite struct EmptyTargetCheckTests {
    @Test func aTranslationWithTextHasNoFinding() {
        assertFindings(
            EmptyTargetCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold.",
            expected: [])
        assertFindings(EmptyTargetCheck(), source: "Bravo !", target: "🙂", expected: [])
    }

    @Test func aTargetOfSpacesOnlyIsReported() {
        assertFindings(
            EmptyTargetCheck(), source: "Le désespoir est double.", target: "   ",
            expected: [(nil, "translation is only white space")])
        assertFindings(
            EmptyTargetCheck(), source: "Le désespoir est double.", target: "\u{A0}\u{202F}\t\n\u{3000}",
            expected: [(nil, "translation is only white space")])
    }

    @Test func anEmptyTargetMarkedTranslatedOrBetterIsReported() {
        for state in [TranslationUnit.State.translated, .reviewed, .final] {
            assertFindings(
                EmptyTargetCheck(), source: "Le désespoir est double.", target: "", state: state,
                expected: [(nil, "marked \(state.rawValue) but empty")])
        }
    }

    @Test func anEmptyTargetNotYetTranslatedIsLeftToOtherChecks() {
        assertFindings(EmptyTargetCheck(), source: "Le désespoir est double.", target: "", state: .new, expected: [])
        assertFindings(EmptyTargetCheck(), source: "Le désespoir est double.", target: "", state: .fuzzy, expected: [])
    }

    @Test func aLongTranslationWithCombiningMarksHasNoFinding() {
        let target = CheckFixtures.longText("The de\u{301}spair is twofold.")
        assertFindings(EmptyTargetCheck(), source: "Le désespoir est double.", target: target, expected: [])
    }
}

/// Software messages, from Debian's catalogs.
extension EmptyTargetCheckTests {
    @Test func aSourceOfWhiteSpaceMayBeTranslatedAsItIs() {
        // procps-ng.po, kcm_regionandlang.po.
        assertFindings(EmptyTargetCheck(), source: "\n", target: "\n", locale: "fr", expected: [])
        assertFindings(EmptyTargetCheck(), source: " ", target: " ", locale: "fr", expected: [])
    }

    @Test func aWordTranslatedAsWhiteSpaceIsStillFlagged() {
        assertFindings(
            EmptyTargetCheck(), source: "Separator", target: " ", locale: "fr",
            expected: [(nil, "translation is only white space")])
    }
}
