import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// End-to-end: `passeur build` on copies of the project.
@Suite struct BuildCommandTests {
    static let name = "le-service-client-bitcoin"
    static let editionFiles = [
        "\(name).md", "\(name).txt", "\(name).html", "\(name).epub", "\(name).bilingual.html", "manifest.json",
    ]

    /// A project copy with extracted catalogs; `translate` fills the English one.
    func project(translating translate: ((String) -> String?)? = nil) throws -> String {
        let folder = try Fixtures.projectCopy()
        let extract = try Fixtures.passeur(["extract"], in: folder)
        #expect(extract.status == 0, "\(extract.stderr)")
        if let translate {
            let catalog = try Catalog.read(path: folder + "/Locales/en/\(Self.name).po")
            var translations: [String: String] = [:]
            for unit in catalog.units { translations[unit.source] = translate(unit.source) }
            try Fixtures.translate(folder, locale: "en", translations)
        }
        return folder
    }

    /// A stand-in translation that every check with error severity accepts.
    static func english(_ source: String) -> String {
        "EN " + source.replacingOccurrences(of: "PNJ", with: "NPC")
    }

    func files(_ folder: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = try TextFile.readBytes(folder + "/" + name)
        }
        return result
    }

    @Test func anUntranslatedLocaleIsRefusedAndNothingIsWritten() throws {
        let folder = try project()
        let result = try Fixtures.passeur(["build", "--locale", "en"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: en not built: Locales/en/\(Self.name).po: 75 segments not translated"))
        #expect(result.stderr.contains("Locales/en/\(Self.name).po:"))
        #expect(result.stderr.contains("pass --fallback source|mark"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/build/editions/en"))
    }

    @Test func aTranslatedLocaleGetsEveryEditionByteForByteTheSameTwice() throws {
        let folder = try project { Self.english($0) }
        let first = try Fixtures.passeur(["build", "-l", "en"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("build/editions/en: \(Self.name).md, "))
        #expect(first.stdout.contains("75 segments, 75 translated, 0 reviewed, 0 fallback; checks: 0 errors"))
        let written = try files(folder + "/build/editions/en")
        #expect(Set(written.keys) == Set(Self.editionFiles))
        let second = try Fixtures.passeur(["build", "-l", "en"], in: folder)
        #expect(second.status == 0)
        #expect(try files(folder + "/build/editions/en") == written)
        // Only the locale asked for, and no staging folder left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/build/editions") == ["en"])

        let markdown = String(decoding: written["\(Self.name).md"] ?? [], as: UTF8.self)
        #expect(markdown.hasPrefix("# EN Le service client Bitcoin\n\n*EN Maxx Mannheimer"))
        let html = String(decoding: written["\(Self.name).html"] ?? [], as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<title>EN Le service client Bitcoin</title>"))
        #expect(html.contains("<meta name=\"author\" content=\"Maxx Mannheimer\">"))
        #expect(html.contains("Translated from French (Le service client Bitcoin, Bitcoin Magazine)."))
        #expect(!html.contains("Published "), "no date unless --date")
        let bilingual = String(decoding: written["\(Self.name).bilingual.html"] ?? [], as: UTF8.self)
        #expect(bilingual.components(separatedBy: "<div class=\"pair").count - 1 == 75)
        #expect(bilingual.contains(#"<div class="source" lang="fr"><p>Les opérations et l’informatique"#))
        // The author line's emphasis is in the skeleton, around the block: the pair keeps it.
        #expect(bilingual.contains(#"<div class="target" lang="en"><p><em>EN Maxx Mannheimer"#))

        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(written["manifest.json"] ?? [])) as? [String: Any])
        #expect(manifest["locale"] as? String == "en")
        #expect(manifest["tool"] as? String == "passeur \(PasseurVersion.current)")
        let documents = try #require(manifest["documents"] as? [[String: Any]])
        #expect(documents.first?["translated"] as? Int == 75)
        #expect(documents.first?["translated_words_percent"] as? Double == 100)
        #expect(
            documents.first?["source_sha256"] as? String
                == ContentHash.sha256Hex(try TextFile.readBytes(folder + "/Locales/fr/\(Self.name).md")))
        let listed = try #require(manifest["files"] as? [[String: Any]])
        #expect(listed.count == 5)
        for file in listed {
            let path = try #require(file["path"] as? String)
            #expect(file["sha256"] as? String == ContentHash.sha256Hex(written[path] ?? []), "\(path)")
        }
        let glossary = try #require(manifest["glossary"] as? [String: Any])
        #expect(glossary["concepts"] as? Int ?? 0 > 90)
    }

    @Test func theEPUBPassesEpubcheck() throws {
        let jar = "/usr/share/java/epubcheck.jar"
        let folder = try project { Self.english($0) }
        let build = try Fixtures.passeur(["build", "-l", "en", "--format", "epub", "--date", "2026-12-02"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let epub = folder + "/build/editions/en/\(Self.name).epub"
        let bytes = try TextFile.readBytes(epub)
        // OCF: the mimetype entry first, stored, no extra field.
        #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
        #expect(Array(bytes[38..<58]) == Array("application/epub+zip".utf8))
        try #require(
            FileManager.default.fileExists(atPath: jar) && Fixtures.hasTool("java"),
            "epubcheck (Debian epubcheck, with Java) is not installed: install it (see .ci/install)")
        let check = try Fixtures.runTool("java", ["-jar", jar, epub])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("No errors or warnings detected"), "\(check.stdout)\(check.stderr)")
    }

    @Test func fallbackSourceAndMarkPrintTheFrenchSentence() throws {
        let folder = try project { $0 == "Le service client Bitcoin" ? "Bitcoin Customer Service" : nil }
        let source = try Fixtures.passeur(
            ["build", "-l", "en", "--fallback", "source", "--format", "html"], in: folder)
        #expect(source.status == 0, "\(source.stderr)")
        #expect(source.stdout.contains("75 segments, 1 translated, 0 reviewed, 74 fallback"))
        let html = try TextFile.read(folder + "/build/editions/en/\(Self.name).html")
        #expect(html.contains("<h1 id=\"section-1\">Bitcoin Customer Service</h1>"))
        #expect(html.contains("<span lang=\"fr\">Les opérations et l’informatique"))
        let mark = try Fixtures.passeur(["build", "-l", "en", "--fallback", "mark", "--format", "md,html"], in: folder)
        #expect(mark.status == 0)
        let marked = try TextFile.read(folder + "/build/editions/en/\(Self.name).html")
        #expect(marked.contains("<mark class=\"fallback\" lang=\"fr\" title=\"not translated yet\">Les opérations"))
        let markdown = try TextFile.read(folder + "/build/editions/en/\(Self.name).md")
        #expect(markdown.contains("<mark lang=\"fr\">Les opérations"))
        // The folder holds what this build wrote, not a mix with the previous one.
        #expect(!FileManager.default.fileExists(atPath: folder + "/build/editions/en/\(Self.name).epub"))
    }

    @Test func minTranslatedRefusesALocaleBelowTheThreshold() throws {
        var count = 0
        let folder = try project { source in
            count += 1
            return count % 2 == 0 ? Self.english(source) : nil
        }
        let result = try Fixtures.passeur(
            ["build", "-l", "en", "--fallback", "source", "--min-translated", "95"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("of the source words translated, below --min-translated 95"))
        let lower = try Fixtures.passeur(
            ["build", "-l", "en", "--fallback", "source", "--min-translated", "10", "--format", "txt"], in: folder)
        #expect(lower.status == 0, "\(lower.stderr)")
    }

    @Test func checkErrorsStopTheBuildUnlessAllowed() throws {
        let folder = try project { source in
            Self.english(source).replacingOccurrences(of: "1913", with: "1914")
        }
        let refused = try Fixtures.passeur(["build", "-l", "en", "--format", "md"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("1 check error ("))
        #expect(refused.stderr.contains("[numbers]"))
        let allowed = try Fixtures.passeur(["build", "-l", "en", "--format", "md", "--allow-errors"], in: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("checks: 1 error,"))
    }

    @Test func aRefusedBuildKeepsThePreviousEditions() throws {
        let folder = try project { Self.english($0) }
        #expect(try Fixtures.passeur(["build", "-l", "en"], in: folder).status == 0)
        let before = try files(folder + "/build/editions/en")
        var catalog = try Catalog.read(path: folder + "/Locales/en/\(Self.name).po")
        catalog.units[3].state = .fuzzy
        try catalog.write(to: folder + "/Locales/en/\(Self.name).po")
        let refused = try Fixtures.passeur(["build", "-l", "en"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("1 segment not translated"))
        #expect(refused.stderr.contains("(fuzzy)"))
        #expect(try files(folder + "/build/editions/en") == before)
    }

    @Test func badInputIsRefusedWithExitTwoAndNothingWritten() throws {
        let fresh = try Fixtures.projectCopy()
        let missing = try Fixtures.passeur(["build"], in: fresh)
        #expect(missing.status == 2)
        #expect(
            missing.stderr
                == "Locales/en/\(Self.name).po:1:1: error: no catalog 'Locales/en/\(Self.name).po'; "
                + "run passeur extract to create it\n")
        #expect(!FileManager.default.fileExists(atPath: fresh + "/build"))

        let folder = try project { Self.english($0) }
        let unwritable = try Fixtures.passeur(["build", "-l", "en", "-o", "passeur.yaml/editions"], in: folder)
        #expect(unwritable.status == 2)
        #expect(
            unwritable.stderr.contains("passeur.yaml/editions:1:1: error: cannot write file"), "\(unwritable.stderr)")
        let source = folder + "/Locales/fr/\(Self.name).md"
        try TextFile.writeAtomically(
            try TextFile.read(source).replacingOccurrences(of: "Le désespoir est double.", with: "Il est double."),
            to: source)
        let stale = try Fixtures.passeur(["build", "-l", "en"], in: folder)
        #expect(stale.status == 2)
        #expect(stale.stderr.contains("catalog is stale: 1 of the source's 75 segments are not in the catalog"))
        #expect(stale.stderr.contains("run passeur extract"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/build"))

        for arguments in [["--date", "2026-02-30"], ["--format", "pdf"], ["--min-translated", "120"], ["-l", "it"]] {
            let bad = try Fixtures.passeur(["build"] + arguments, in: folder)
            #expect(bad.status == 2, "\(arguments): \(bad.stderr)")
            let first = bad.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.lowercased().contains("error"), "\(arguments): \(bad.stderr)")
        }
    }

    @Test func thePagesRenderInHeadlessChromium() throws {
        try Tool.require("chromium")
        let folder = try project { Self.english($0) }
        #expect(try Fixtures.passeur(["build", "-l", "en", "--format", "html,bilingual"], in: folder).status == 0)
        for (page, width) in [("\(Self.name).html", 390), ("\(Self.name).bilingual.html", 1280)] {
            let shot = folder + "/\(page)-\(width).png"
            let run = try Fixtures.runTool(
                "chromium",
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(width),1200",
                    "--screenshot=\(shot)", folder + "/build/editions/en/\(page)",
                ])
            #expect(run.status == 0, "\(run.stderr)")
            let png = try TextFile.readBytes(shot)
            #expect(png.count > 10_000 && Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47], "\(page)")
        }
    }
}

/// The repository's own translations: complete, reviewed, clean, and publishable.
@Suite struct RepositoryEditionTests {
    @Test func everyLocaleIsReviewedAndItsChecksReportNoError() throws {
        let root = Fixtures.repositoryRoot.path
        let check = try Fixtures.passeur(["check", "--format", "json"], in: root)
        #expect(check.status == 0, "\(check.stdout)")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [Any])
        #expect(findings.isEmpty, "\(check.stdout)")
        let stats = try Fixtures.passeur(["stats", "--format", "json"], in: root)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        for row in rows {
            #expect(row["reviewed"] as? Int == 75 && row["untranslated"] as? Int == 0, "\(row)")
        }
    }

    @Test func theMainJobBuildsEveryEditionAndEpubcheckAcceptsThem() throws {
        let output = try Fixtures.temporaryFolder()
        let build = try Fixtures.passeur(["build", "-o", output], in: Fixtures.repositoryRoot.path)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.components(separatedBy: "75 translated, 75 reviewed, 0 fallback").count == 5)
        let english = try TextFile.read(output + "/en/le-service-client-bitcoin.md")
        #expect(english.hasPrefix("# Bitcoin’s Customer Service\n\n*Maxx Mannheimer is a former"))
        let german = try TextFile.read(output + "/de/le-service-client-bitcoin.html")
        #expect(german.contains("„viel Spaß beim Armbleiben“"))
        #expect(german.contains("seit dem 23. Dezember 1913"))
        let jar = "/usr/share/java/epubcheck.jar"
        try #require(
            FileManager.default.fileExists(atPath: jar) && Fixtures.hasTool("java"),
            "epubcheck (Debian epubcheck, with Java) is not installed: install it (see .ci/install)")
        for locale in ["en", "es", "de", "pt-BR"] {
            let result = try Fixtures.runTool(
                "java", ["-jar", jar, output + "/\(locale)/le-service-client-bitcoin.epub"])
            #expect(result.stdout.contains("No errors or warnings detected"), "\(locale): \(result.stdout)")
        }
    }
}
