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

    @Test func aPluralFormLeftEmptyAmongTranslatedOnesIsReported() {
        // coreutils dd's French plural, with one form emptied.
        assertFindings(
            EmptyTargetCheck(),
            unit: TranslationUnit(
                source: "%<PRIdMAX> byte copied, %s, %s", sourcePlural: "%<PRIdMAX> bytes copied, %s, %s",
                targets: ["%<PRIdMAX> octet copié, %s, %s", ""], state: .translated),
            expected: [(nil, "plural form 1 is empty")])
        assertFindings(
            EmptyTargetCheck(),
            unit: TranslationUnit(
                source: "%d file", sourcePlural: "%d files", targets: ["", "%d fichiers", " "], state: .translated),
            expected: [(nil, "plural form 0 is empty"), (nil, "plural form 2 is only white space")])
    }

    @Test func aFuzzyPluralFormLeftEmptyIsTheFuzzyChecks() {
        assertFindings(
            EmptyTargetCheck(),
            unit: TranslationUnit(
                source: "%d file", sourcePlural: "%d files", targets: ["%d fichier", ""], state: .fuzzy),
            expected: [])
    }

    @Test func aPluralUnitWithEveryFormTranslatedHasNoFinding() {
        assertFindings(
            EmptyTargetCheck(),
            unit: TranslationUnit(
                source: "%d file", sourcePlural: "%d files", targets: ["%d fichier", "%d fichiers"], state: .translated),
            expected: [])
    }

    @Test func aSourceOfWhiteSpaceOnlyIsRightlyTranslatedAsSuch() {
        // coreutils and psql translate "\n" as "\n"; software-properties translates four spaces as four spaces.
        assertFindings(EmptyTargetCheck(), source: "\n", target: "\n", expected: [])
        assertFindings(EmptyTargetCheck(), source: "    ", target: "    ", expected: [])
    }

    @Test func aTranslatedPluralEntryWithTooFewFormsIsRefusedWithItsLine() throws {
        // As msgfmt -c: the reader refuses it, so no check ever runs on a wrong count.
        let text =
            "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n>=2 && n<=4 ? 1 : 2);\\n\"\n\n"
            + "msgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d soubor\"\nmsgstr[1] \"%d soubory\"\n"
        let error = #expect(throws: POReader.Error.self) { try POReader.read(Array(text.utf8), file: "cs.po") }
        #expect(
            error
                == .pluralFormCount(
                    found: 2, expected: 3, at: PasseurKit.SourceLocation(file: "cs.po", line: 6, column: 1)))
        #expect(error?.message == "plural entry has 2 forms but the header's nplurals is 3")
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
