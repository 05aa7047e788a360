import PasseurKit
import PasseurTestSupport
import Testing

@Suite struct PlaceholdersCheckTests {
    let context = CheckContext(locale: Fixtures.locale("fr"), catalogPath: "x.po", glossary: nil)

    func messages(
        _ source: String, _ target: String, flag: String = "c-format", plural: String? = nil,
        targets: [String]? = nil
    ) -> [String] {
        let unit = TranslationUnit(
            source: source, sourcePlural: plural, targets: targets ?? [target], state: .translated, flags: [flag])
        return PlaceholdersCheck().findings(in: unit, context: context).map(\.message)
    }

    @Test func correctFormatStringsPass() {
        #expect(messages("%d files in %s", "%d fichiers dans %s").isEmpty)
        #expect(messages("%1$s is %2$d years old", "%2$d ans pour %1$s").isEmpty)
        #expect(messages("100%% done: %5.2f%%", "terminé à 100 %% : %5.2f %%").isEmpty)
        #expect(messages("%(count)d new", "%(count)d nouveaux", flag: "python-format").isEmpty)
        #expect(messages("{0} of {1}", "{1} sur {0}", flag: "python-brace-format").isEmpty)
        #expect(
            messages("Hello {name}, {{literal}}", "Bonjour {name}, {{littéral}}", flag: "python-brace-format").isEmpty)
        #expect(messages("%1 of %L2", "%L2 sur %1", flag: "qt-format").isEmpty)
    }

    @Test func brokenFormatStringsAreCaught() {
        #expect(messages("%d files in %s", "fichiers dans %s") == ["placeholder %d is missing"])
        #expect(messages("%s", "%s %s") == ["placeholder %s is not in the source"])
        #expect(
            messages("%s is %d", "%d est %s") == ["placeholders %d %s are out of order; number them (%1$s) to reorder"])
        #expect(
            messages("%lu bytes", "%u octets") == ["placeholder %lu is missing", "placeholder %u is not in the source"])
        #expect(messages("{0} of {1}", "{0} sur {2}", flag: "python-brace-format").count == 2)
        #expect(messages("%(count)d new", "%(nombre)d nouveaux", flag: "python-format").count == 2)
    }

    @Test func pluralFormsMayDropTheCountButNotAddOne() {
        #expect(messages("%d file", "", plural: "%d files", targets: ["un fichier", "%d fichiers"]).isEmpty)
        #expect(
            messages("%d file", "", plural: "%d files", targets: ["%d fichier", "des fichiers"])
                == ["placeholder %d is missing (plural form 1)"])
        #expect(
            messages("one file", "", plural: "%d files", targets: ["%d fichier %s", "%d fichiers"])
                == ["placeholder %s is not in the source (plural form 0)"])
    }

    @Test func prose_and_noFormatUnitsAreNotParsed() {
        #expect(messages("50 % des bitcoins {x}", "50 % of bitcoin", flag: "no-c-format").isEmpty)
        let unit = TranslationUnit(source: "100 %s sûr", targets: ["100% sure"], state: .translated)
        #expect(PlaceholdersCheck().findings(in: unit, context: context).isEmpty)
    }

    @Test(arguments: ["po/gnome-clocks-fr.po", "po/tt-af-pootle.po", "po/okapi-AllCasesTest.po", "po/edge-cases.po"])
    func realCatalogsThatMsgfmtAcceptsHaveNoFinding(_ file: String) throws {
        let catalog = try Catalog.read(path: Fixtures.path(file))
        let formatted = catalog.units.filter { unit in unit.flags.contains { $0.hasSuffix("-format") } }
        #expect(!formatted.isEmpty)
        let findings = formatted.filter { $0.hasTarget && $0.state != .fuzzy && !$0.isObsolete }.flatMap {
            PlaceholdersCheck().findings(in: $0, context: context)
        }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}
