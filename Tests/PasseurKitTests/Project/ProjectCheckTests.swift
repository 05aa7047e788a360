import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `Project.check` on catalogs on disk: what it reads, and what it refuses. The scheduling of the
/// checks is `CheckRunnerTests`'.
@Suite struct ProjectCheckTests {
    /// A project with `count` segments in three locales; every 100th English target has a wrong number.
    func project(segments count: Int, catalogs: Bool = true) throws -> Project {
        let folder = try Fixtures.temporaryFolder()
        try TextFile.writeAtomically(
            "source-locale: fr\ntarget-locales: [en, de, es]\ndocuments: [big.md]\n", to: folder + "/passeur.yaml")
        for locale in ["en", "de", "es"] where catalogs {
            let units = (0..<count).map { i in
                let number = locale == "en" && i % 100 == 7 ? i + 1 : i
                return TranslationUnit(
                    source: "Le bloc numéro \(i) est *miné*.",
                    targets: ["\(locale.uppercased()): block \(number) is *mined*."], state: .translated)
            }
            try Catalog(header: [("Language", locale)], units: units).write(to: folder + "/Locales/\(locale)/big.po")
        }
        return try Project(root: folder)
    }

    @Test func theCatalogsOfEveryLocaleAreReadAndCheckedWithTheirPaths() throws {
        let project = try project(segments: 300)
        let findings = try project.check(
            locales: project.config.targetLocales, checks: [NumbersCheck.self, CrossLocaleNumbersCheck.self])
        #expect(findings.filter { $0.checkID == "numbers" }.count == 3)
        #expect(findings.filter { $0.checkID == "cross-locale-numbers" }.count == 3)
        #expect(findings.allSatisfy { $0.location.file == "Locales/en/big.po" })
    }

    @Test func aProjectWithoutCatalogsIsAnError() throws {
        let project = try project(segments: 0, catalogs: false)
        #expect(throws: Project.Error.self) { try project.check(locales: project.config.targetLocales) }
    }
}
