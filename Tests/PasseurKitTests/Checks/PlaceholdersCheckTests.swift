import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `placeholders` gives no range: its findings are asserted by message and count.
@Suite struct PlaceholdersCheckTests {
    func expect(
        _ source: String, _ target: String, flag: String = "c-format", _ expected: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            PlaceholdersCheck(), source: source, target: target, locale: "fr", flags: [flag],
            expected: expected.map { (nil, $0) }, sourceLocation: sourceLocation)
    }

    func expectPlural(
        _ source: String, _ plural: String, _ targets: [String], _ expected: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            PlaceholdersCheck(),
            unit: TranslationUnit(
                source: source, sourcePlural: plural, targets: targets, state: .translated, flags: ["c-format"]),
            locale: "fr", expected: expected.map { (nil, $0) }, sourceLocation: sourceLocation)
    }

    @Test func correctFormatStringsPass() {
        expect("%d files in %s", "%d fichiers dans %s", [])
        expect("%1$s is %2$d years old", "%2$d ans pour %1$s", [])
        expect("100%% done: %5.2f%%", "terminé à 100 %% : %5.2f %%", [])
        expect("%(count)d new", "%(count)d nouveaux", flag: "python-format", [])
        expect("{0} of {1}", "{1} sur {0}", flag: "python-brace-format", [])
        expect("Hello {name}, {{literal}}", "Bonjour {name}, {{littéral}}", flag: "python-brace-format", [])
        expect("%1 of %L2", "%L2 sur %1", flag: "qt-format", [])
    }

    @Test func aDroppedPlaceholderIsMissing() {
        expect("%d files in %s", "fichiers dans %s", ["placeholder %d is missing"])
    }

    @Test func anAddedPlaceholderIsNotInTheSource() {
        expect("%s", "%s %s", ["placeholder %s is not in the source"])
    }

    @Test func unnumberedPlaceholdersMayNotBeReordered() {
        expect("%s is %d", "%d est %s", ["placeholders %d %s are out of order; number them (%1$s) to reorder"])
    }

    @Test func aChangedLengthModifierIsMissingAndAdded() {
        expect("%lu bytes", "%u octets", ["placeholder %lu is missing", "placeholder %u is not in the source"])
    }

    @Test func changedBraceAndNamedPlaceholdersAreReported() {
        expect(
            "{0} of {1}", "{0} sur {2}", flag: "python-brace-format",
            ["placeholder {1} is missing", "placeholder {2} is not in the source"])
        expect(
            "%(count)d new", "%(nombre)d nouveaux", flag: "python-format",
            ["placeholder %(count)d is missing", "placeholder %(nombre)d is not in the source"])
        expect(
            "%1 of %2", "%1 sur %3", flag: "qt-format",
            ["placeholder %2 is missing", "placeholder %3 is not in the source"])
    }

    @Test func pluralFormsMayDropTheCountButNotAddOne() {
        expectPlural("%d file", "%d files", ["un fichier", "%d fichiers"], [])
        expectPlural(
            "%d file", "%d files", ["%d fichier", "des fichiers"], ["placeholder %d is missing (plural form 1)"])
        expectPlural(
            "one file", "%d files", ["%d fichier %s", "%d fichiers"],
            ["placeholder %s is not in the source (plural form 0)"])
    }

    @Test func proseAndNoFormatUnitsAreNotParsed() {
        expect("50 % des bitcoins {x}", "50 % of bitcoin", flag: "no-c-format", [])
        assertFindings(PlaceholdersCheck(), source: "100 %s sûr", target: "100% sure", locale: "fr", expected: [])
    }

    @Test func emptyAndBlankTargets() {
        // An empty form is not translated yet: nothing to compare.
        expect("%d files in %s", "", [])
        expect("%d files in %s", "   ", ["placeholder %d is missing", "placeholder %s is missing"])
    }

    @Test func emojiAndCombiningMarksAroundPlaceholdersDoNotMatter() {
        expect("🙂 %s cafe\u{301} %d", "🙂 %s café %d", [])
        expect("{name} 🙂", "🙂 {name}", flag: "python-brace-format", [])
    }

    @Test func aLongFormatStringIsParsedWhole() {
        let source = CheckFixtures.longText("%1$s of %2$d files.", times: 700)
        let target = CheckFixtures.longText("%2$d fichiers de %1$s.", times: 700)
        assertFindings(
            PlaceholdersCheck(), source: source, target: target, locale: "fr", flags: ["c-format"], expected: [])
    }

    @Test(arguments: ["po/gnome-clocks-fr.po", "po/tt-af-pootle.po", "po/okapi-AllCasesTest.po", "po/edge-cases.po"])
    func realCatalogsThatMsgfmtAcceptsHaveNoFinding(_ file: String) throws {
        let catalog = try Catalog.read(path: Fixtures.path(file))
        let formatted = catalog.units.filter { unit in unit.flags.contains { $0.hasSuffix("-format") } }
        #expect(!formatted.isEmpty)
        let findings = formatted.filter { $0.hasTarget && $0.state != .fuzzy && !$0.isObsolete }.flatMap {
            runCheck(PlaceholdersCheck(), on: $0, locale: "fr")
        }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}
