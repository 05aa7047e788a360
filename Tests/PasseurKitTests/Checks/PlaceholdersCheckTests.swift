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

    /// A plural unit of `locale`'s catalog, whose `Plural-Forms` is `pluralForms` (the language's
    /// usual one when nil).
    func expectPlural(
        _ source: String, _ plural: String, _ targets: [String], locale: String = "fr", pluralForms: String? = nil,
        flag: String = "c-format", _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            PlaceholdersCheck(),
            unit: TranslationUnit(
                source: source, sourcePlural: plural, targets: targets, state: .translated, flags: [flag]),
            locale: locale, conventions: CatalogConventions(pluralRule: pluralForms.flatMap(PluralRule.init(header:))),
            expected: expected.map { (nil, $0) }, sourceLocation: sourceLocation)
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

/// Placeholders compared as `msgfmt -c` compares them: by argument number and type. The
/// messages are Debian's (`msgunfmt` keeps the flag of messages with `<inttypes.h>` directives,
/// and their projects' sources flag the others); each spelling was checked with `msgfmt -c`.
extension PlaceholdersCheckTests {
    @Test func anotherSpellingOfTheSameArgumentIsNoFinding() {
        // gtk30.po (es): glibc's locale digits; coreutils.po (fr): numbered, reordered.
        expect("%d", "%Id", [])
        expect(
            "failed to truncate to %<PRIdMAX> bytes in output file %s",
            "impossible de tronquer le fichier de sortie %2$s à %1$<PRIdMAX>\u{A0}octets", [])
        // libc.po (de): glibc's old Z for z; procps-ng.po (fr): %lf is %f.
        expect("%15zu  suggested size\n", "%15Zu  vorgeschlagene Größe\n", [])
        expect("Every %.1fs: ", "Toutes les %.1lfs: ", [])
        // gnumeric.po (de): the precision; nautilus.po (es): the grouping flag.
        expect("%.1f wide by %.1f tall", "%.0f breit bei einer Höhe von %.0f", [])
        expectPlural("%'u file", "%'u files", ["%u archivo", "%u archivos"], locale: "es", [])
        // gcc-12.po (fr): GCC's quoting flag, and its %<…%> quotes, read the same string.
        expect("%s%qs%s is invalid", "%s\"%s\"%s est invalide", flag: "gcc-internal-format", [])
        expect("%s%qs%s is invalid", "%s%<%s%>%s est invalide", flag: "gcc-internal-format", [])
    }

    @Test func aRetypedDroppedOrAddedArgumentIsStillFound() {
        // Altered from the messages above.
        expect("%d", "%Ild", ["placeholder %d is missing", "placeholder %Ild is not in the source"])
        expect(
            "failed to truncate to %<PRIdMAX> bytes in output file %s",
            "impossible de tronquer le fichier de sortie %2$s à %1$<PRIuMAX>\u{A0}octets",
            ["placeholder %<PRIdMAX> is missing", "placeholder %1$<PRIuMAX> is not in the source"])
        expect(
            "%15zu  suggested size\n", "%15u  vorgeschlagene Größe\n",
            ["placeholder %15zu is missing", "placeholder %15u is not in the source"])
        expect("Every %.1fs: ", "Toutes les secondes : ", ["placeholder %.1f is missing"])
        expect(
            "%s%qs%s is invalid", "%s%qE%s est invalide", flag: "gcc-internal-format",
            ["placeholder %qs is missing", "placeholder %qE is not in the source"])
        // printf cannot mix numbered and unnumbered arguments, nor skip one.
        expect(
            "failed to truncate to %<PRIdMAX> bytes in output file %s",
            "impossible de tronquer le fichier de sortie %2$s à %<PRIdMAX>\u{A0}octets",
            ["placeholders %2$s and %<PRIdMAX> mix numbered and unnumbered arguments"])
        expect(
            "failed to truncate to %<PRIdMAX> bytes in output file %s",
            "impossible de tronquer le fichier de sortie %2$s", ["placeholder %<PRIdMAX> is missing"])
    }

    @Test func aBrokenBraceIsReadAsPythonReadsIt() {
        // evolution.po (fr): « {1] » is no field, and does not hide the « {2} » after it.
        expect(
            "The message contains recipient “{0}” for which it is set up to use sender account “{1}”, but the "
                + "account “{2}” is used instead.",
            "Le message contient le destinataire «\u{A0}{0}\u{A0}» pour lequel le compte expéditeur «\u{A0}{1]\u{A0}» "
                + "est assigné, mais le compte «\u{A0}{2}\u{A0}» a été utilisé à la place.",
            flag: "python-brace-format", ["placeholder {1} is missing"])
        // A format spec, a conversion and an index read the field they name.
        expect("{0} of {name}", "{name:>10} sur {0!r:>5}", flag: "python-brace-format", [])
        expect("{0[1]} and {x.y}", "{x.y} et {0[1]}", flag: "python-brace-format", [])
        expect("{0[}]}", "{0[}]} !", flag: "python-brace-format", [])
    }
}

/// Plural forms, as `msgfmt -c` reads them: a form that serves fewer than 5 of the numbers 0 to
/// 1000 by the catalog's `Plural-Forms` may leave out the last arguments; any other must keep all.
extension PlaceholdersCheckTests {
    @Test func aFormForFewNumbersMayLeaveOutItsLastArguments() {
        // man-db.po (fr): form 0 serves 0 and 1 (plural=(n > 1)); msgfmt -c accepts it.
        expectPlural(
            "%d manual page was added.\n", "%d manual pages were added.\n",
            ["Une page de manuel a été ajoutée.\n", "%d\u{A0}pages de manuel ont été ajoutées.\n"],
            pluralForms: "nplurals=2; plural=(n > 1);", [])
        expectPlural(
            "warning: whatis for %s exceeds %d byte, truncating.",
            "warning: whatis for %s exceeds %d bytes, truncating.",
            [
                "attention\u{A0}: whatis pour %s dépasse d'un octet, excédent tronqué.",
                "attention\u{A0}: whatis pour %s dépasse de %d\u{A0}octets, excédent tronqué.",
            ], pluralForms: "nplurals=2; plural=n > 1", [])
        // gtk40.po (de): form 0 serves n == 1 alone; the count, argument 2, is left out.
        expectPlural(
            "EGL implementation is missing extension %s", "EGL implementation is missing %2$d extensions: %1$s",
            [
                "Der EGL-Implementierung fehlt die Erweiterung %s",
                "Der EGL-Implementierung fehlen %2$d Erweiterungen: %1$s",
            ],
            locale: "de", pluralForms: "nplurals=2; plural=(n != 1);", [])
    }

    @Test func aFormForManyNumbersOrAFirstArgumentMustBeKept() {
        // The man-db message in a catalog whose form 0 serves 1, 21, 31… (Russian's rule): msgfmt
        // -c refuses it.
        expectPlural(
            "%d manual page was added.\n", "%d manual pages were added.\n",
            ["Une page de manuel a été ajoutée.\n", "%d\u{A0}pages de manuel ont été ajoutées.\n", "%d pages\n"],
            pluralForms:
                "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
            ["placeholder %d is missing (plural form 0)"])
        // The last form serves many numbers wherever it is.
        expectPlural(
            "%d manual page was added.\n", "%d manual pages were added.\n",
            ["Une page de manuel a été ajoutée.\n", "Des pages de manuel ont été ajoutées.\n"],
            pluralForms: "nplurals=2; plural=(n > 1);", ["placeholder %d is missing (plural form 1)"])
        // gtk40.po (de), altered: form 0 keeps the count but drops argument 1, which printf
        // cannot skip; unnumbered, it reads the count as the string.
        expectPlural(
            "EGL implementation is missing extension %s", "EGL implementation is missing %2$d extensions: %1$s",
            [
                "Der EGL-Implementierung fehlen %2$d Erweiterungen",
                "Der EGL-Implementierung fehlen %2$d Erweiterungen: %1$s",
            ],
            locale: "de", pluralForms: "nplurals=2; plural=(n != 1);", ["placeholder %1$s is missing (plural form 0)"])
        expectPlural(
            "warning: whatis for %s exceeds %d byte, truncating.",
            "warning: whatis for %s exceeds %d bytes, truncating.",
            [
                "attention\u{A0}: whatis dépasse %d\u{A0}octet",
                "attention\u{A0}: whatis pour %s dépasse %d\u{A0}octets",
            ],
            pluralForms: "nplurals=2; plural=(n > 1);", ["placeholder %s is missing (plural form 0)"])
        // A catalog of one form (nplurals=1) compares it strictly.
        expectPlural(
            "%d manual page was added.\n", "%d manual pages were added.\n", ["マニュアルページを追加しました。\n"],
            locale: "ja", pluralForms: "nplurals=1; plural=0;", ["placeholder %d is missing (plural form 0)"])
    }
}
