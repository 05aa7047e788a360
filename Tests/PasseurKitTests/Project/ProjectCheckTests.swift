import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `Project.check` on a catalog large enough to be checked in slices on every core.
@Suite struct ProjectCheckTests {
    /// A project with `count` segments in three locales; every 100th English target has a wrong number.
    func project(segments count: Int) throws -> Project {
        let folder = try Fixtures.temporaryFolder()
        try TextFile.writeAtomically(
            "source-locale: fr\ntarget-locales: [en, de, es]\ndocuments: [big.md]\n", to: folder + "/passeur.yaml")
        for locale in ["en", "de", "es"] {
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

    @Test func aLargeCatalogGivesTheSameFindingsInTheSameOrderEveryTime() throws {
        let project = try project(segments: 5_000)
        let checks: [any Check.Type] = [NumbersCheck.self, MarkupCheck.self, CrossLocaleNumbersCheck.self]
        let first = try project.check(locales: project.config.targetLocales, checks: checks)
        // Each planted error: a number missing and one added (numbers), and the number every other
        // locale carries (cross-locale-numbers).
        #expect(first.filter { $0.checkID == "numbers" }.count == 100)
        #expect(first.filter { $0.checkID == "cross-locale-numbers" }.count == 50)
        #expect(first.allSatisfy { $0.locale == "en" })
        #expect(first.map(\.location.line) == first.map(\.location.line).sorted())
        // The first and the last planted errors, whichever slice they fall in.
        #expect(first.contains { $0.message == "number 7 of the source is missing" })
        #expect(first.contains { $0.message == "number 4907 of the source is missing" })
        let second = try project.check(locales: project.config.targetLocales, checks: checks)
        #expect(second == first)
    }
}
