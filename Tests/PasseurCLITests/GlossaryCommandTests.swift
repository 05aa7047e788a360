import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// End-to-end: `passeur glossary …` on a copy of the project.
@Suite struct GlossaryCommandTests {
    /// A copy of the project with its term base and the English catalog extracted.
    func project() throws -> String {
        let folder = try Fixtures.projectCopy()
        try Fixtures.passeur(["extract", "--locale", "en"], in: folder)
        return folder
    }

    func translate(_ folder: String, _ translations: [String: String]) throws {
        try Fixtures.translate(folder, translations)
    }

    @Test func checkReportsPlantedErrorsWithTheirPOLineAndExitsWithOne() throws {
        let folder = try project()
        try translate(
            folder,
            [
                "Le service client Bitcoin": "Bitcoin Customer Service",
                "D’un autre côté, j’ai fait avaler des dizaines de personnes à l’orange et même frappé quelques pièces entières grâce à l’éducation et à la persévérance.":
                    "On the other hand, I have orange-pilled dozens of people and even minted a few whole coins through education and persistence.",
                "Croyez-moi, je comprends la frustration d’entendre les réponses des PNJ (personnage non-joueur) aux critiques valables de la théorie monétaire moderne (MMT).":
                    "Believe me, I understand the frustration of hearing PNJ responses to valid criticisms of modern monetary theory.",
            ])
        let result = try Fixtures.passeur(["glossary", "check"], in: folder)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix("Locales/en/le-service-client-bitcoin.po:")
                    && $0.contains(": error: [glossary-forbidden] forbidden term \"whole coins\"")
            })
        #expect(lines.contains { $0.contains("error: [glossary-forbidden] forbidden term \"PNJ\" (npc)") })
        #expect(
            lines.contains {
                $0.contains("error: [glossary-dnt] do-not-translate term \"MMT\" (mmt) must appear unchanged")
            })
        #expect(lines.last == "3 errors, 2 warnings, 0 infos", "\(result.stdout)")
        // The line named is the msgstr of the unit.
        let poLines = try TextFile.read(folder + "/Locales/en/le-service-client-bitcoin.po").split(
            separator: "\n", omittingEmptySubsequences: false)
        let whole = try #require(lines.first { $0.contains("whole coins") })
        let lineNumber = try #require(Int(whole.split(separator: ":")[1]))
        #expect(poLines[lineNumber - 1].hasPrefix("msgstr"))
        let json = try Fixtures.passeur(["glossary", "check", "--format", "json", "--fail-on", "warning"], in: folder)
        #expect(json.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(findings.count == 5)
    }

    @Test func aSuppressedFindingIsNotReported() throws {
        let folder = try project()
        try translate(folder, ["Le service client Bitcoin": "Bitcoin's Help Desk"])
        #expect(try Fixtures.passeur(["glossary", "check", "--fail-on", "warning"], in: folder).status == 1)
        let path = folder + "/Locales/en/le-service-client-bitcoin.po"
        var catalog = try Catalog.read(path: path)
        catalog.units[0].flags.append("passeur-ignore:glossary-missing")
        catalog.units[0].translatorComments.append("The title keeps the newsroom's own wording.")
        try catalog.write(to: path)
        let result = try Fixtures.passeur(["glossary", "check", "--fail-on", "warning"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "0 errors, 0 warnings, 0 infos\n")
    }

    @Test func listShowAndSuggest() throws {
        let folder = try project()
        let list = try Fixtures.passeur(["glossary", "list", "--locale", "de", "--domain", "slang"], in: folder)
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("id "))
        #expect(list.stdout.contains("hodl") && list.stdout.contains("HODL"))
        #expect(!list.stdout.contains("hashrate"))
        let show = try Fixtures.passeur(["glossary", "show", "PNJ"], in: folder)
        #expect(show.stdout.hasPrefix("npc (slang)\n"))
        #expect(show.stdout.contains("en     forbidden  PNJ — the French abbreviation"))
        let missing = try Fixtures.passeur(["glossary", "show", "licorne"], in: folder)
        #expect(missing.status == 1)
        let suggest = try Fixtures.passeur(["glossary", "suggest", "--limit", "5"], in: folder)
        #expect(suggest.status == 0)
        #expect(suggest.stdout.split(separator: "\n").count == 6)
        #expect(!suggest.stdout.contains("Maxx Mannheimer"))
    }

    @Test func exportThenImportGivesBackTheTermBase() throws {
        let folder = try project()
        for format in ["tbx", "csv"] {
            let export = try Fixtures.passeur(
                ["glossary", "export", "--format", format, "-o", "out.\(format)"], in: folder)
            #expect(export.status == 0, "\(export.stderr)")
            let back = try Fixtures.passeur(
                ["glossary", "import", "out.\(format)", "--name", "Bitcoin community jargon", "-o", "back.yaml"],
                in: folder)
            #expect(back.status == 0, "\(back.stderr)")
            let original = try Glossary.read(path: folder + "/Glossary/bitcoin.yaml")
            #expect(try Glossary.read(path: folder + "/back.yaml") == original, "\(format)")
        }
        let weblate = try Fixtures.passeur(
            ["glossary", "export", "--format", "weblate-csv", "--locale", "pt-BR"], in: folder)
        #expect(weblate.stdout.contains("pilule orange,pílula laranja,orange-pill,"))
    }

    @Test func aBrokenTermBaseIsLocatedAndNothingIsWritten() throws {
        let folder = try project()
        let glossary = folder + "/Glossary/bitcoin.yaml"
        let text = try TextFile.read(glossary)
        try TextFile.writeAtomically(
            text.replacingOccurrences(of: "  - id: bitcoiner\n", with: "  - id: hashrate\n"), to: glossary)
        let result = try Fixtures.passeur(["glossary", "check"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Glossary/bitcoin.yaml:"), "\(result.stderr)")
        #expect(result.stderr.contains("error: duplicate concept id 'hashrate'"))
        let bad = try Fixtures.passeur(
            ["glossary", "import", Fixtures.path("tbx/test-files/poorly_formed_xml.tbx"), "-o", "x.yaml"], in: folder)
        #expect(bad.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.yaml"))
    }
}
