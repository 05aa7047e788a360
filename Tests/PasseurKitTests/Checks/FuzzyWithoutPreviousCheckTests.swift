import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `fuzzy-without-previous` gives no range: its findings are asserted by message and count.
@Suite struct FuzzyWithoutPreviousCheckTests {
    static let message =
        "fuzzy without its previous source (#| msgid): run msgmerge with --previous to show what changed"

    @Test func aFuzzyUnitWithItsPreviousSourceHasNoFinding() {
        assertFindings(
            FuzzyWithoutPreviousCheck(),
            unit: TranslationUnit(
                source: "Le désespoir est double.", targets: ["The hopelessness."], state: .fuzzy,
                previousSource: "Le désespoir."),
            expected: [])
    }

    @Test func aFuzzyUnitWithoutItIsReported() {
        assertFindings(
            FuzzyWithoutPreviousCheck(), source: "Le désespoir est double.", target: "The hopelessness is twofold.",
            state: .fuzzy, expected: [(nil, Self.message)])
        // An empty fuzzy unit too: the translator still cannot see what changed.
        assertFindings(
            FuzzyWithoutPreviousCheck(), source: "Le désespoir est double.", target: "", state: .fuzzy,
            expected: [(nil, Self.message)])
    }

    @Test func unitsThatAreNotFuzzyHaveNoFinding() {
        for state in [TranslationUnit.State.new, .translated, .reviewed, .final] {
            assertFindings(
                FuzzyWithoutPreviousCheck(), source: "Le désespoir est double.",
                target: state == .new ? "" : "Despair is twofold.", state: state, expected: [])
        }
    }

    @Test func aMemoryMatchNamesItsSourceInAComment() {
        assertFindings(
            FuzzyWithoutPreviousCheck(),
            unit: TranslationUnit(
                source: "Le désespoir est double.", targets: ["The hopelessness."], state: .fuzzy,
                translatorComments: ["\(Pretranslator.memoryCommentPrefix) (82%, old.tmx): Le désespoir."]),
            expected: [])
    }

    @Test func unitsOfOtherFormatsHaveNoPreviousSourceToShow() {
        for file in ["x.xlf", "x.tmx", "x.csv"] {
            assertFindings(
                FuzzyWithoutPreviousCheck(),
                unit: TranslationUnit(
                    source: "Le désespoir est double.", targets: ["The hopelessness."], state: .fuzzy,
                    location: PasseurKit.SourceLocation(file: file, line: 3, column: 1)),
                expected: [])
        }
    }

    @Test func realCatalogsFuzzyUnitsWithoutPreviousSourceAreFound() throws {
        // Weblate's and Okapi's test catalogs: fuzzy units without `#|`; po4a's have it.
        var counts: [String: Int] = [:]
        for file in ["po/weblate-cs-fuzzy.po", "po/okapi-Test05.po", "po/po4a-bin-fr.po"] {
            let catalog = try Catalog.read(path: Fixtures.path(file))
            let fuzzy = catalog.units.filter { $0.state == .fuzzy && !$0.isObsolete }
            #expect(!fuzzy.isEmpty, "\(file)")
            counts[file] = fuzzy.flatMap { runCheck(FuzzyWithoutPreviousCheck(), on: $0, termBase: .none) }.count
        }
        #expect(counts == ["po/weblate-cs-fuzzy.po": 1, "po/okapi-Test05.po": 3, "po/po4a-bin-fr.po": 0])
    }
}
