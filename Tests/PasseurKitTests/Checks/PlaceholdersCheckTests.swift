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

    // Real strings from French catalogs of Debian 12 (`msgunfmt` of the .mo files of coreutils
    // 9.1, gnupg 2.2, git 2.39, python-apt 2.6, kcalc 22.12): their projects' sources flag them
    // c-format, python-format and kde-format. "Altered" ones were changed to break them.

    @Test func aTranslationMayNumberWhatTheSourceDoesNot() {
        expect("%s: remove %s %s? ", "%1$s\u{A0}: supprimer %3$s du type %2$s\u{A0}? ", [])
        expect(
            "a %u bit hash is not valid for a %u bit %s key\n",
            "un hachage de %1$u\u{A0}bits n'est pas valable pour une clef\u{A0}%3$s de %2$u\u{A0}bits\n", [])
        expect(
            "a %zu bit hash is not valid for a %u bit %s key\n",
            "un hachage de %1$zu\u{A0}bits n'est pas valable pour une clef\u{A0}%3$s de %2$u\u{A0}bits\n", [])
        expect(
            "option \"%s\" value \"%s\" is not valid for %s",
            "la valeur \"%2$s\" de l'option \"%1$s\" est invalide pour %3$s", [])
    }

    @Test func aStarWidthReadsItsOwnArgument() {
        expect(
            "%s\n\"%.*s\"\n%u-bit %s key, ID %s,\ncreated %s%s.\n%s",
            "%1$s\n« %3$.*2$s »\nclef %5$s de %4$u bits, identifiant %6$s,\ncréée le %7$s%8$s.\n%9$s", [])
        // Altered: the precision's argument is not the string's.
        expect(
            "%s\n\"%.*s\"\n", "%1$s\n« %2$.*3$s »\n",
            ["placeholder %.*s is missing", "placeholder %2$.*3$s is not in the source"])
    }

    @Test func aNumberedPlaceholderOfAnotherTypeIsMissingAndAdded() {
        // gnupg2, altered: %2$u printed as a string.
        expect(
            "a %u bit hash is not valid for a %u bit %s key\n",
            "un hachage de %1$u\u{A0}bits n'est pas valable pour une clef\u{A0}%3$s de %2$s\u{A0}bits\n",
            ["placeholder %u is missing", "placeholder %2$s is not in the source"])
        // coreutils rm, altered: an argument dropped.
        expect("%s: remove %s %s? ", "%1$s\u{A0}: supprimer %3$s\u{A0}? ", ["placeholder %s is missing"])
    }

    @Test func inttypesMacrosArePlaceholders() {
        expectPlural(
            "%<PRIdMAX> byte copied, %s, %s", "%<PRIdMAX> bytes copied, %s, %s",
            ["%<PRIdMAX> octet copié, %s, %s", "%<PRIdMAX> octets copiés, %s, %s"], [])
        expectPlural(
            "%<PRIdMAX> byte copied, %s, %s", "%<PRIdMAX> bytes copied, %s, %s",
            ["%<PRIdMAX> octet copié, %s, %s", "%<PRIuMAX> octets copiés, %s, %s"],
            [
                "placeholder %<PRIdMAX> is missing (plural form 1)",
                "placeholder %<PRIuMAX> is not in the source (plural form 1)",
            ])
    }

    @Test func namedPythonPlaceholdersMayBeReordered() {
        expect(
            "Breaks existing package '%(pkgname)s' conflict: %(targetpkg)s (%(comptype)s %(targetver)s)",
            "Casse le paquet existant « %(pkgname)s » car en conflit avec %(targetpkg)s (%(comptype)s %(targetver)s)",
            flag: "python-format", [])
        expect("%(a)s then %(b)s", "%(b)s après %(a)s", flag: "python-format", [])
        expect(
            "Breaks existing package '%(pkgname)s' conflict: %(targetpkg)s",
            "Casse le paquet existant « %(paquet)s » car en conflit avec %(targetpkg)s", flag: "python-format",
            ["placeholder %(pkgname)s is missing", "placeholder %(paquet)s is not in the source"])
    }

    @Test func qtPlaceholdersAndPercentSigns() {
        expect("Bit %1 = %2", "Bit %1 = %2", flag: "kde-format", [])
        expect("Bit %1 = %2", "Bit %2 = %1", flag: "kde-format", [])
        expect(
            "Bit %1 = %2", "Bit %1 = %1", flag: "kde-format",
            ["placeholder %2 is missing", "placeholder %1 is not in the source"])
        expect("%n file(s) deleted, 100%% done", "%n fichier(s) supprimé(s), 100%% fait", flag: "qt-plural-format", [])
        expect("%n file(s) deleted", "fichier(s) supprimé(s)", flag: "qt-plural-format", ["placeholder %n is missing"])
        // %% is no placeholder, in printf; %m reads no argument.
        expect("100%% of %s: %m", "100 %% de %s\u{A0}: %m", [])
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
