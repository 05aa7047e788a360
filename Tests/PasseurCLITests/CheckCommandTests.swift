import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// End-to-end: `passeur check` as a reviewer and a CI gate run it.
@Suite struct CheckCommandTests {
    func project(translations: [String: String]) throws -> String {
        let folder = try Fixtures.projectCopy()
        try Fixtures.passeur(["extract", "--locale", "en"], in: folder)
        try Fixtures.translate(folder, translations)
        return folder
    }

    static let planted = [
        "Le service client Bitcoin": "Bitcoin customer service",
        "Ou plus important encore, est-ce pragmatique ?": "Or more importantly, it is pragmatic .",
        "A l’époque, je ne savais pas que ce que nous vivons n’est pas le capitalisme depuis le 23 décembre 1913.":
            "At the time I did not know that what we live in has not been capitalism since December 23, 1931.",
    ]

    @Test func plantedErrorsAreFoundAndFailTheGate() throws {
        let folder = try project(translations: Self.planted)
        let result = try Fixtures.passeur(["check", "--locale", "en"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: [numbers] number 1913 of the source is missing"))
        #expect(
            result.stdout.contains(
                "warning: [end-punctuation] the source ends with a question mark, the translation with a full stop"))
        #expect(
            result.stdout.contains("warning: [typography] space before « . »") || result.stdout.contains("[typography]")
        )
        let errorsOnly = try Fixtures.passeur(
            ["check", "--locale", "en", "--fail-on", "error", "--format", "json"], in: folder)
        let findings = try #require(
            try JSONSerialization.jsonObject(with: Data(errorsOnly.stdout.utf8)) as? [[String: Any]])
        #expect(findings.contains { $0["checkID"] as? String == "numbers" })
    }

    @Test func aBaselineLetsOnlyNewFindingsFail() throws {
        let folder = try project(translations: Self.planted)
        let record = try Fixtures.passeur(
            ["check", "--locale", "en", "--update-baseline", "baseline.json"], in: folder)
        #expect(record.status == 0)
        let again = try Fixtures.passeur(
            ["check", "--locale", "en", "--baseline", "baseline.json", "--fail-on", "info"], in: folder)
        #expect(again.status == 0, "\(again.stdout)")
        // "baseline.json: 77 findings recorded"
        let recorded = record.stdout.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        #expect(again.stdout == "0 errors, 0 warnings, 0 infos (\(recorded) known findings hidden by the baseline)\n")
        // A new error fails the gate; the recorded ones stay quiet.
        let path = folder + "/Locales/en/le-service-client-bitcoin.po"
        var catalog = try Catalog.read(path: path)
        let i = try #require(catalog.units.firstIndex { $0.source.hasPrefix("A l’époque") })
        catalog.units[i].target = "At the time I did not know that what we live in has not been capitalism since 1931."
        try catalog.write(to: path)
        let new = try Fixtures.passeur(["check", "--locale", "en", "--baseline", "baseline.json"], in: folder)
        #expect(new.status == 1)
        #expect(new.stdout.contains("[numbers] numbers 23, 1913 of the source are missing; the translation has 1931"))
        #expect(!new.stdout.contains("[end-punctuation]"))
    }

    @Test func projectSettingsTurnChecksOffAndChangeSeverities() throws {
        let folder = try project(translations: Self.planted)
        let yaml = try TextFile.read(folder + "/passeur.yaml")
        try TextFile.writeAtomically(
            yaml + "checks:\n  disable: [untranslated, typography]\n  severity: {numbers: warning}\n",
            to: folder + "/passeur.yaml")
        let result = try Fixtures.passeur(["check", "--locale", "en"], in: folder)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("[untranslated]") && !result.stdout.contains("[typography]"))
        #expect(result.stdout.contains("warning: [numbers]"))
        try TextFile.writeAtomically(yaml + "checks:\n  disable: [spellcheck]\n", to: folder + "/passeur.yaml")
        let bad = try Fixtures.passeur(["check"], in: folder)
        #expect(bad.status == 2)
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        #expect(bad.stderr.hasPrefix("passeur.yaml:\(line):13: error: unknown check 'spellcheck'"), "\(bad.stderr)")
    }

    @Test func aSuppressionNeedsAReason() throws {
        let folder = try project(translations: Self.planted)
        let path = folder + "/Locales/en/le-service-client-bitcoin.po"
        var catalog = try Catalog.read(path: path)
        let i = try #require(catalog.units.firstIndex { $0.source.hasPrefix("A l’époque") })
        catalog.units[i].flags.append("passeur-ignore:numbers")
        try catalog.write(to: path)
        let result = try Fixtures.passeur(["check", "--locale", "en"], in: folder)
        #expect(!result.stdout.contains("[numbers]"))
        #expect(
            result.stdout.contains("warning: [suppression] passeur-ignore:numbers has no translator comment saying why")
        )
    }

    @Test func theFrenchSourceItselfIsChecked() throws {
        let folder = try Fixtures.projectCopy()
        let result = try Fixtures.passeur(["check", "--source"], in: folder)
        #expect(result.status == 0)
        // « … une bataille déjà gagnée? » has no space before its question mark.
        #expect(
            result.stdout.contains(
                "Locales/fr/le-service-client-bitcoin.md:35:189: warning: [typography] no space before « ? »: French puts a no-break space there"
            ))
        #expect(!result.stdout.contains("[spelling]"), "\(result.stdout)")
        #expect(try Fixtures.passeur(["check", "--source", "--fail-on", "warning"], in: folder).status == 1)
    }

    @Test func aCatalogWithAWrongPluralFormCountIsRefusedAtItsLine() throws {
        // As msgfmt -c: a translated plural entry needs as many forms as Plural-Forms says (2 here).
        let folder = try project(translations: [:])
        let path = folder + "/Locales/en/le-service-client-bitcoin.po"
        let text = try TextFile.read(path)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count + 3
        try TextFile.writeAtomically(
            text + "\nmsgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d file\"\n", to: path)
        let result = try Fixtures.passeur(["check", "--locale", "en"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "Locales/en/le-service-client-bitcoin.po:\(line):1: error: plural entry has 1 form but the header's nplurals is 2"
            ), "\(result.stderr)")
    }

    @Test func theListMatchesTheRegistry() throws {
        let result = try Fixtures.passeur(["check", "--list"])
        #expect(result.status == 0)
        Fixtures.expectGolden(result.stdout, "check-list.txt")
    }
}

/// The CI formats of `passeur check`.
@Suite struct CheckReportFormatTests {
    @Test func sarifIsAValidSARIF210Log() throws {
        let folder = try CheckCommandTests().project(translations: CheckCommandTests.planted)
        let result = try Fixtures.passeur(["check", "--locale", "en", "--format", "sarif"], in: folder)
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == "numbers" && $0["level"] as? String == "error" })
        // The SARIF object model (sarif-pydantic, generated from the OASIS schema) accepts it.
        let check = try Fixtures.runTool("python3", ["-c", "import sarif_pydantic"])
        try #require(check.status == 0, "sarif-pydantic is not installed (.ci/install installs it)")
        try TextFile.writeAtomically(result.stdout, to: folder + "/out.sarif")
        let validation = try Fixtures.runTool(
            "python3",
            [
                "-c",
                "import sys; from sarif_pydantic import Sarif; Sarif.model_validate_json(open(sys.argv[1]).read())",
                folder + "/out.sarif",
            ])
        #expect(validation.status == 0, "\(validation.stderr)")
    }

    @Test func junitHasASuitePerLocaleAndACasePerCheck() throws {
        let folder = try CheckCommandTests().project(translations: CheckCommandTests.planted)
        let result = try Fixtures.passeur(["check", "--locale", "en", "--format", "junit"], in: folder)
        #expect(result.stdout.contains("<testsuite name=\"en\" tests=\"\(CheckRegistry.all.count)\""))
        #expect(
            result.stdout.contains(
                "<testcase classname=\"passeur.en\" name=\"numbers\">\n      <failure message=\"1 finding\" type=\"error\">"
            ))
        #expect(result.stdout.contains("<testcase classname=\"passeur.en\" name=\"markup\"/>"))
        do {
            try Tool.require("xmllint")
            try TextFile.writeAtomically(result.stdout, to: folder + "/junit.xml")
            #expect(try Fixtures.runTool("xmllint", ["--noout", folder + "/junit.xml"]).status == 0)
        }
    }
}

/// The reviewer's page of `passeur check --format html`.
@Suite struct HTMLReportTests {
    @Test func thePageShowsSourceAndTranslationWithTheSpanHighlighted() throws {
        let folder = try CheckCommandTests().project(translations: [
            "Le service client Bitcoin": "Bitcoin's help desk",
            "D’un autre côté, j’ai fait avaler des dizaines de personnes à l’orange et même frappé quelques pièces entières grâce à l’éducation et à la persévérance.":
                "On the other hand, I have orange-pilled dozens of people and even minted a few whole coins thanks to education and persistence.",
        ])
        let result = try Fixtures.passeur(["check", "--locale", "en", "--format", "html"], in: folder)
        #expect(result.status == 1)
        let page = result.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("Le <mark>service client</mark> Bitcoin"))
        #expect(page.contains("minted a few <mark>whole coins</mark> thanks"))
        #expect(page.contains("data-check=\"glossary-forbidden\" data-locale=\"en\" data-severity=\"error\""))
        #expect(page.contains("<option>glossary-forbidden</option>"))
        #expect(
            !page.contains("http://") && !page.contains("https://") && !page.contains("<link"),
            "the page is self-contained")
        // One block per finding, as many as the JSON report has.
        let json = try Fixtures.passeur(["check", "--locale", "en", "--format", "json"], in: folder)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(page.components(separatedBy: "<div class=\"finding ").count - 1 == findings.count)
        // The JSON report's documented fields (README, "passeur check"), and no others.
        let documented: Set<String> = [
            "checkID", "severity", "locale", "location", "source", "target", "message", "sourceRange", "targetRange",
        ]
        for finding in findings {
            #expect(Set(finding.keys).isSubset(of: documented), "\(finding.keys)")
            #expect(
                ["checkID", "severity", "locale", "location", "source", "message"].allSatisfy(finding.keys.contains))
            let location = try #require(finding["location"] as? [String: Any])
            #expect(Set(location.keys) == ["file", "line", "column"])
        }
        try TextFile.writeAtomically(page, to: folder + "/report.html")
        // Rendered by headless Chromium (Debian chromium, installed by .ci/install): a phone-width screenshot.
        do {
            try Tool.require("chromium")
            let shot = try Fixtures.runTool(
                "chromium",
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--window-size=390,1200",
                    "--screenshot=\(folder)/phone.png", folder + "/report.html",
                ])
            #expect(shot.status == 0)
            #expect((try TextFile.readBytes(folder + "/phone.png")).count > 10_000)
        }
    }
}
