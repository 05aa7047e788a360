import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct PretranslateTests {
    @Test func exactAndFuzzyMatchesFillOnlyUntranslatedUnits() throws {
        let (project, folder) = try ExchangeTests.project()
        // German has nothing yet; an imported memory knows two sentences, one nearly.
        try TextFile.writeAtomically(
            TMXWriter.write(
                .memory(
                    source: "fr", target: "de",
                    [
                        (
                            "1", "Nos futurs clients vous remercieront.",
                            "Unsere künftigen Kunden werden es Ihnen danken."
                        ),
                        ("2", "La pilule orange a un prix élevé !", "Die orange Pille hat einen hohen Preis!"),
                        ("3", "Le désespoir est **double**.", "Die Verzweiflung ist **doppelt**."),
                    ])), to: folder + "/incoming.tmx")
        let (stored, count) = try project.importMemory(folder + "/incoming.tmx")
        #expect(stored == "Locales/memory/incoming.tmx" && count == 3)
        let path = folder + "/Locales/de/article.po"
        var catalog = try Catalog.read(path: path)
        let index = try #require(catalog.units.firstIndex { $0.source == "Le désespoir est **double**." })
        catalog.units[index].target = "Die Verzweiflung ist zweifach."
        catalog.units[index].state = .fuzzy
        try catalog.write(to: path)

        let reports = try project.pretranslate(locales: [Fixtures.locale("de")], minScore: 70)
        #expect(reports.map { [$0.exact, $0.fuzzy] } == [[1, 1]])
        let after = try Catalog.read(path: path)
        let exact = try #require(after.units.first { $0.source == "Nos futurs clients vous remercieront." })
        #expect(exact.state == .translated && exact.target == "Unsere künftigen Kunden werden es Ihnen danken.")
        #expect(exact.translatorComments == ["passeur: from translation memory (100%, Locales/memory/incoming.tmx)"])
        let fuzzy = try #require(after.units.first { $0.source == "La pilule orange a un prix !" })
        #expect(fuzzy.state == .fuzzy && fuzzy.target == "Die orange Pille hat einen hohen Preis!")
        #expect(
            fuzzy.translatorComments.first?.hasPrefix(
                "passeur: from translation memory (85%, Locales/memory/incoming.tmx): La pilule") == true)
        // The translator's fuzzy work was not replaced by the memory's exact match.
        #expect(after.units[index].target == "Die Verzweiflung ist zweifach.")
        // Importing the same memory again adds nothing.
        #expect(try project.importMemory(folder + "/incoming.tmx").units == 3)
    }
}

@Suite struct StoredMemoryTests {
    @Test func theMemoryIsStoredAndRebuiltOnlyWhenItsInputsChange() throws {
        let (project, folder) = try ExchangeTests.project()
        let first = try project.memory(for: ExchangeTests.en)
        #expect(FileManager.default.fileExists(atPath: folder + "/build/tm/en.tm"))
        let stored = try project.memory(for: ExchangeTests.en)
        #expect(stored.entries == first.entries)
        #expect(stored.search("Voir le guide avant de parler de HODL.", minScore: 60, limit: 1).first?.score == 99)
        // A new translation changes the catalog: the memory follows.
        let path = folder + "/Locales/en/article.po"
        var catalog = try Catalog.read(path: path)
        let i = try #require(catalog.units.firstIndex { $0.source == "Nos futurs clients vous remercieront." })
        catalog.units[i].target = "Our future customers will thank you."
        catalog.units[i].state = .translated
        try catalog.write(to: path)
        let updated = try project.memory(for: ExchangeTests.en)
        #expect(updated.entries.count == first.entries.count + 1)
        // A damaged store is rebuilt, not trusted.
        try TextFile.writeAtomically("PASSEURTM1 garbage", to: folder + "/build/tm/en.tm")
        #expect(try project.memory(for: ExchangeTests.en).entries == updated.entries)
    }
}
