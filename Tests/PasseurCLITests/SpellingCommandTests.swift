import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// End-to-end: `spelling`, `untranslated-text` and word lists, in a project and on catalogs
/// given as files.
@Suite struct SpellingCommandTests {
    /// The findings of a JSON report.
    func findings(_ stdout: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]])
    }

    /// The checks of `findings`, one entry per finding.
    func checks(_ findings: [[String: Any]]) -> [String] {
        findings.compactMap { $0["checkID"] as? String }
    }

    @Test func aProjectsWordListSilencesSpellingAndIsFilledFromARun() throws {
        let folder = try CheckCommandTests().project(translations: [
            "Le service client Bitcoin": "Bitcoin customer service for zapstr users",
            "Le désespoir est double.": "The hopelessness is twofold, the nostr hopelesness too.",
        ])
        let before = try findings(Fixtures.passeur(["check", "--locale", "en", "--format", "json"], in: folder).stdout)
        let spelling = before.filter { $0["checkID"] as? String == "spelling" }.compactMap { $0["message"] as? String }
        #expect(spelling.count == 2)
        #expect(spelling.contains { $0.hasPrefix("« zapstr » is not in the en dictionary") })
        #expect(spelling.contains { $0.hasPrefix("« nostr », « hopelesness » are not in the en dictionary") })
        // The translator keeps a comment and a word of their own; the run adds the rest, sorted.
        try TextFile.writeAtomically("# Nostr and Lightning jargon\nnostr\n", to: folder + "/Glossary/words-en.txt")
        let update = try Fixtures.passeur(["check", "--locale", "en", "--update-words"], in: folder)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout == "Glossary/words-en.txt: 2 words added\n")
        #expect(
            try TextFile.read(folder + "/Glossary/words-en.txt")
                == "# Nostr and Lightning jargon\nnostr\nhopelesness\nzapstr\n")
        let after = try Fixtures.passeur(["check", "--locale", "en", "--format", "json"], in: folder)
        #expect(!checks(try findings(after.stdout)).contains("spelling"), "\(after.stdout)")
        #expect(
            try Fixtures.passeur(["check", "--locale", "en", "--update-words"], in: folder).stdout == "no word to add\n"
        )
    }

    @Test func anUnreadableWordListIsALocatedErrorAndExitTwo() throws {
        let folder = try Fixtures.projectCopy()
        try Fixtures.passeur(["extract", "--locale", "en"], in: folder)
        let bad = Array("hashrate\nnos".utf8) + [0xFF] + Array("tr\n".utf8)
        try TextFile.writeAtomically(bad, to: folder + "/Glossary/words-en.txt")
        // The source's list is read for every check, the target's for the target's.
        try TextFile.writeAtomically(bad, to: folder + "/Glossary/words-fr.txt")
        let cases: [([String], String)] = [
            (["check", "--locale", "en"], "Glossary/words-fr.txt"), (["check", "--source"], "Glossary/words-fr.txt"),
            (["build"], "Glossary/words-fr.txt"),
        ]
        for (arguments, file) in cases {
            let result = try Fixtures.passeur(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(
                result.stderr.hasPrefix("\(file):2:4: error: invalid UTF-8 byte sequence"),
                "\(arguments): \(result.stderr)")
        }
        try FileManager.default.removeItem(atPath: folder + "/Glossary/words-fr.txt")
        let english = try Fixtures.passeur(["check", "--locale", "en"], in: folder)
        #expect(english.status == 2)
        #expect(english.stderr.hasPrefix("Glossary/words-en.txt:2:4: error: invalid UTF-8 byte sequence"))
        #expect(try Fixtures.passeur(["check", "--source"], in: folder).status == 0)
        let missing = try Fixtures.passeur(["check", "--locale", "en", "--words", "jargon.txt"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("jargon.txt:1:1: error: cannot read file: no such file"), "\(missing.stderr)")
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }

    @Test func frenchLeftInTheEnglishCatalogIsOneFindingPerUnit() throws {
        let french = "Cependant, Bitcoin a un sérieux problème de service client : nous supprimons les ventes."
        let folder = try CheckCommandTests().project(translations: [
            "Cependant, Bitcoin a un problème de service client.": french
        ])
        let result = try findings(Fixtures.passeur(["check", "--locale", "en", "--format", "json"], in: folder).stdout)
        // Other checks have their say (the glossary's term, French typography); spelling does not.
        let unit = result.filter {
            $0["target"] as? String == french && ["spelling", "untranslated-text"].contains($0["checkID"] as? String)
        }
        #expect(checks(unit) == ["untranslated-text"], "\(unit)")
        #expect(
            unit.first?["message"] as? String
                == "mostly in fr, the source language: 5 words in the fr dictionary only, 2 in the en one")
        #expect(unit.first?["targetRange"] as? [Int] == [24, 87])
    }

    /// GNU grep's French catalog, a few messages: product names, options, quoted values and a typo;
    /// « grep » is kept from its source, « gnulib » is not.
    func softwareCatalog() throws -> String {
        let folder = try Fixtures.temporaryFolder()
        let messages = [
            ("invalid matcher %s", "le regex %s est invalide"),
            (
                "  -d, --directories=ACTION  how to handle directories;\\n"
                    + "                            ACTION is 'read', 'recurse', or 'skip'\\n",
                "  -d, --directories=ACTION  comment traiter les répertoires ;\\n"
                    + "                            ACTION est 'read', 'recurse' ou 'skip'\\n"
            ),
            ("Report bugs to: %s\\n", "Signalez les bogeus à : %s\\n"),
            ("GNU grep home page: <%s>\\n", "page d'accueil de GNU grep, un outil gnulib : <%s>\\n"),
        ]
        var text = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        for (source, target) in messages { text += "\nmsgid \"\(source)\"\nmsgstr \"\(target)\"\n" }
        try TextFile.writeAtomically(text, to: folder + "/po/fr.po")
        return folder
    }

    @Test func catalogsGivenAsFilesTakeWordListsGivenWithWords() throws {
        let folder = try softwareCatalog()
        let before = try findings(Fixtures.passeur(["check", "po", "--format", "json"], in: folder).stdout)
        let messages = before.filter { $0["checkID"] as? String == "spelling" }.compactMap { $0["message"] as? String }
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("« regex » is not in the fr dictionary") })
        #expect(messages.contains { $0.hasPrefix("« bogeus » is not in the fr dictionary; did you mean") })
        #expect(messages.contains { $0.hasPrefix("« gnulib » is not in the fr dictionary") })
        // A list named for a language applies to it; any other name, to every language.
        try TextFile.writeAtomically("regex\n", to: folder + "/words-fr.txt")
        try TextFile.writeAtomically("gnulib\n", to: folder + "/gnu.txt")
        let listed = try findings(
            Fixtures.passeur(
                ["check", "po", "--words", "words-fr.txt", "--words", "gnu.txt", "--format", "json"], in: folder
            ).stdout)
        let left = listed.filter { $0["checkID"] as? String == "spelling" }.compactMap { $0["message"] as? String }
        #expect(left.count == 1 && left.first?.hasPrefix("« bogeus »") == true, "\(left)")
        try TextFile.writeAtomically("gnulib\n", to: folder + "/words-de.txt")
        let german = try Fixtures.passeur(["check", "po", "--words", "words-de.txt", "--format", "json"], in: folder)
        #expect(checks(try findings(german.stdout)).filter { $0 == "spelling" }.count == 3)
        // --update-words adds to the list given for the language, else to words-<locale>.txt here.
        let update = try Fixtures.passeur(["check", "po", "--words", "words-fr.txt", "--update-words"], in: folder)
        #expect(update.stdout == "words-fr.txt: 2 words added\n", "\(update.stderr)")
        #expect(try TextFile.read(folder + "/words-fr.txt") == "regex\nbogeus\ngnulib\n")
    }

    @Test func aWordListWrittenHereSaysHowToUseItNextTime() throws {
        let folder = try softwareCatalog()
        let update = try Fixtures.passeur(["check", "po", "--update-words"], in: folder)
        #expect(
            update.stdout.hasPrefix("words-fr.txt: ")
                && update.stdout.hasSuffix(" added; pass --words words-fr.txt next time to accept them\n"),
            "\(update.stdout)")
        let next = try Fixtures.passeur(["check", "po", "--words", "words-fr.txt", "--format", "json"], in: folder)
        #expect(!next.stdout.contains("\"spelling\""), "\(next.stdout)")
    }

    @Test func badWordListsGivenWithWordsAreLocatedErrors() throws {
        let folder = try softwareCatalog()
        try TextFile.writeAtomically([0x66, 0xC3], to: folder + "/words-fr.txt")
        let cases: [([String], String)] = [
            (["check", "po", "--words", "missing.txt"], "missing.txt:1:1: error: cannot read file: no such file"),
            (["check", "po", "--words", "words-fr.txt"], "words-fr.txt:1:2: error: invalid UTF-8 byte sequence"),
            (["check", "po", "--words", "po"], "po:1:1: error: cannot read file: permission denied or not a file"),
        ]
        for (arguments, expected) in cases {
            let result = try Fixtures.passeur(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
    }
}
