import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// End-to-end: `passeur check FILE…` on catalogs of other projects, without passeur.yaml.
@Suite struct CheckFilesCommandTests {
    /// GNU grep's French, German and Spanish catalogs (a few messages), Spanish with a dropped `%s`.
    func softwareCatalogs() throws -> String {
        let folder = try Fixtures.temporaryFolder()
        let messages: [String: [(String, String)]] = [
            "fr": [
                ("Report bugs to: %s\\n", "Signaler les bogues à : %s\\n"),
                ("invalid max count", "nombre maximal non valable"),
            ],
            "de": [
                ("Report bugs to: %s\\n", "Melden Sie Fehler an: %s\\n"),
                ("invalid max count", "Ungültige Höchstanzahl"),
            ],
            "es": [
                ("Report bugs to: %s\\n", "Informe de los errores.\\n"),
                ("invalid max count", "número máximo inválido"),
            ],
        ]
        try FileManager.default.createDirectory(atPath: folder + "/po", withIntermediateDirectories: true)
        for (language, pairs) in messages {
            var text =
                "msgid \"\"\nmsgstr \"\"\n\"Language: \(language)\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
            for (source, target) in pairs {
                text += "\nmsgid \"\(source)\"\nmsgstr \"\(target)\"\n"
            }
            try TextFile.writeAtomically(text, to: folder + "/po/\(language).po")
        }
        return folder
    }

    @Test func aFolderOfCatalogsIsCheckedAcrossLanguagesWithoutAProject() throws {
        let folder = try softwareCatalogs()
        let result = try Fixtures.passeur(["check", "po", "--format", "json"], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        let findings = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let dropped = try #require(findings.first { $0["checkID"] as? String == "cross-locale-placeholders" })
        #expect(dropped["locale"] as? String == "es")
        #expect((dropped["location"] as? [String: Any])?["file"] as? String == "po/es.po")
        #expect((dropped["location"] as? [String: Any])?["line"] as? Int == 7)
        // Errors only: the warnings alone pass the gate.
        let fr = try Fixtures.passeur(["check", "po/fr.po", "po/de.po", "--fail-on", "error"], in: folder)
        #expect(fr.status == 0, "\(fr.stdout)")
        #expect(fr.stdout.hasSuffix("infos\n"))
    }

    @Test func junitHasASuiteForEachLanguageOfTheFiles() throws {
        let folder = try softwareCatalogs()
        let result = try Fixtures.passeur(["check", "po", "--format", "junit"], in: folder)
        for language in ["de", "es", "fr"] {
            #expect(result.stdout.contains("<testsuite name=\"\(language)\""), "\(result.stdout)")
        }
    }

    @Test func checksSettingsComeFromAConfigFile() throws {
        let folder = try softwareCatalogs()
        try TextFile.writeAtomically(
            "checks:\n  disable: [cross-locale-placeholders]\n  severity: {spelling: info}\n",
            to: folder + "/checks.yaml")
        let result = try Fixtures.passeur(["check", "po", "--config", "checks.yaml", "--format", "json"], in: folder)
        #expect(!result.stdout.contains("cross-locale-placeholders"))
        try TextFile.writeAtomically("checks:\n  disable: [no-such-check]\n", to: folder + "/bad.yaml")
        let bad = try Fixtures.passeur(["check", "po", "--config", "bad.yaml"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("bad.yaml:2:13: error:"), "\(bad.stderr)")
    }

    @Test func aTermBaseInCSVIsChecked() throws {
        let folder = try softwareCatalogs()
        try TextFile.writeAtomically(
            """
            concept,domain,concept_note,locale,definition,term,status,reason,dnt,case_sensitive,pos,variants,note
            bug,,,en,,bug,preferred,,,,,,
            bug,,,fr,,bogue,preferred,,,,,,
            bug,,,es,,fallo,preferred,,,,,,

            """, to: folder + "/terms.csv")
        let result = try Fixtures.passeur(["check", "po", "--glossary", "terms.csv"], in: folder)
        #expect(result.stdout.contains("po/es.po:7:1: warning: [glossary-missing] « bugs » (bug) is not rendered"))
        #expect(!result.stdout.contains("po/fr.po:7:1: warning: [glossary-missing]"), "\(result.stdout)")
        try TextFile.writeAtomically("concept,term\n", to: folder + "/bad.csv")
        let bad = try Fixtures.passeur(["check", "po", "--glossary", "bad.csv"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("bad.csv:"), "\(bad.stderr)")
    }

    @Test func badInputIsOneLocatedLineAndExitTwo() throws {
        let folder = try softwareCatalogs()
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        try TextFile.writeAtomically(
            "msgid \"\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"b\"\n", to: folder + "/nolanguage.po")
        try TextFile.writeAtomically("Le service client Bitcoin\n", to: folder + "/notes.txt")
        try TextFile.writeAtomically("chekcs:\n  disable: [length]\n", to: folder + "/typo.yaml")
        try TextFile.writeAtomically("", to: folder + "/empty.yaml")
        let cases: [([String], String)] = [
            (["check", "empty"], "empty:1:1: error: no catalog in this folder"),
            (["check", "missing.po"], "missing.po:1:1: error: no such file or folder"),
            (["check", "notes.txt"], "notes.txt:1:1: error: not a PO or XLIFF catalog"),
            (["check", "nolanguage.po"], "nolanguage.po:1:1: error: the catalog declares no target language"),
            (
                ["check"],
                "passeur.yaml:1:1: error: no catalog given and no passeur.yaml here; give catalog files or folders "
                    + "(passeur check po/), or run inside a project (where passeur.yaml is)"
            ),
            (
                ["check", "--glossary", "terms.csv"],
                "passeur.yaml:1:1: error: no catalog given and no passeur.yaml here"
            ),
            (
                ["check", "po/fr.po", "--source-locale", "fr"],
                "po/fr.po:3:12: error: the target language 'fr' is the source language"
            ),
            (
                ["check", "po", "--glossary", "po/fr.po"],
                "po/fr.po:1:1: error: a .po file is not a term base; give a term base in Passeur YAML (.yaml), TBX "
                    + "(.tbx) or CSV (.csv)"
            ),
            (["check", "po", "--words", "po/de.po"], "po/de.po:1:1: error: not a word list but a PO catalog"),
            (["check", "po", "--config", "typo.yaml"], "typo.yaml:1:1: error: unknown setting 'chekcs'"),
            (
                ["check", "po", "--config", "empty.yaml"],
                "empty.yaml:1:1: error: 'empty.yaml' must be a mapping of settings"
            ),
            (["chek", "po"], "error: unknown command 'chek'; did you mean 'check'? (see --help)"),
        ]
        for (arguments, expected) in cases {
            let result = try Fixtures.passeur(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
        let given = try Fixtures.passeur(["check", "nolanguage.po", "--locale", "fr"], in: folder)
        #expect(given.status == 0, "\(given.stderr)")
    }

    @Test func aGivenLocaleOverAFilesLanguageIsAWarningOnStandardError() throws {
        let folder = try softwareCatalogs()
        let result = try Fixtures.passeur(["check", "po/fr.po", "--locale", "fr-CA"], in: folder)
        #expect(
            result.stderr == "po/fr.po:3:12: warning: --locale fr-CA replaces the language the file declares, 'fr'\n")
        #expect(result.stdout.hasSuffix("infos\n"), "\(result.stdout)")
    }

    @Test func theSummarySaysHowManyFindingsTheBaselineHid() throws {
        let folder = try softwareCatalogs()
        let all = try Fixtures.passeur(["check", "po", "--format", "json"], in: folder)
        let count = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [Any]).count
        #expect(count >= 1)
        _ = try Fixtures.passeur(["check", "po", "--update-baseline", "known.json"], in: folder)
        let again = try Fixtures.passeur(["check", "po", "--baseline", "known.json"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        let hidden = count == 1 ? "1 known finding" : "\(count) known findings"
        #expect(again.stdout == "0 errors, 0 warnings, 0 infos (\(hidden) hidden by the baseline)\n")
    }

    @Test func aSuppressionOfNoCheckIsReportedAtItsComment() throws {
        let folder = try softwareCatalogs()
        let text = try TextFile.read(folder + "/po/es.po")
        try TextFile.writeAtomically(
            text.replacingOccurrences(
                of: "\nmsgid \"Report",
                with: "\n# the address is printed below\n#, passeur-ignore:placeholder\nmsgid \"Report"),
            to: folder + "/po/es.po")
        let result = try Fixtures.passeur(["check", "po"], in: folder)
        #expect(
            result.stdout.contains(
                "po/es.po:7:1: warning: [suppression] passeur-ignore:placeholder names no check, so it silences "
                    + "nothing; did you mean passeur-ignore:placeholders?"), "\(result.stdout)")
    }
}
