import PasseurTestSupport
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

/// A plural unit's forms counted against its catalog's `Plural-Forms`, fuzzy or translated: the
/// reader refuses a translated entry with another count, as `msgfmt -c` does; a fuzzy one, which
/// `msgfmt -c` skips until its flag is cleared (`msgfmt -c --use-fuzzy` refuses it), is read and
/// reported here. man-db's German message, as Debian ships it, made fuzzy and given a third form.
extension EmptyTargetCheckTests {
    func manDB(flags: String, forms: [String]) -> String {
        "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n#, \(flags)\n"
            + "msgid \"%d manual page was added.\\n\"\nmsgid_plural \"%d manual pages were added.\\n\"\n"
            + forms.enumerated().map { "msgstr[\($0.offset)] \"\($0.element)\"\n" }.joined()
    }

    func findings(_ text: String) throws -> [Finding] {
        let catalog = Catalog(try POReader.read(Array(text.utf8), file: "de.po"))
        let runner = CheckRunner(
            settings: CheckRunner.Settings(sourceLocale: Fixtures.locale("en")), glossary: nil,
            checks: [EmptyTargetCheck.self])
        let de = Fixtures.locale("de")
        return try runner.run([.init(document: "man-db", catalogs: [(de, "de.po", catalog)])], locales: [de])
    }

    @Test func aFuzzyPluralUnitWithAnotherNumberOfFormsIsReported() throws {
        let (one, many) = ("%d Handbuchseite wurde hinzugefügt.\\n", "%d Handbuchseiten wurden hinzugefügt.\\n")
        let three = try findings(manDB(flags: "fuzzy, c-format", forms: [one, many, many]))
        #expect(three.map(\.message) == ["plural unit has 3 forms but the catalog's nplurals is 2"])
        #expect(three.first?.location.line == 7)
        let single = try findings(manDB(flags: "fuzzy, c-format", forms: [one]))
        #expect(single.map(\.message) == ["plural unit has 1 form but the catalog's nplurals is 2"])
    }

    @Test func aPluralUnitWithTheRightCountOrNoTextIsNot() throws {
        let (one, many) = ("%d Handbuchseite wurde hinzugefügt.\\n", "%d Handbuchseiten wurden hinzugefügt.\\n")
        #expect(try findings(manDB(flags: "fuzzy, c-format", forms: [one, many])).isEmpty)
        #expect(try findings(manDB(flags: "c-format", forms: [one, many])).isEmpty)
        // Untranslated, as msgmerge leaves it: msgfmt -c ignores it too.
        #expect(try findings(manDB(flags: "fuzzy, c-format", forms: ["", "", ""])).isEmpty)
        // A translated entry with three forms never gets here: the reader refuses it.
        #expect(throws: POReader.Error.self) { try findings(manDB(flags: "c-format", forms: [one, many, many])) }
    }
}
