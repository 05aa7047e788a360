import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct TranslationMemoryTests {
    let memory = TranslationMemory(entries: [
        .init(source: "Le désespoir est double.", target: "The despair is twofold.", origin: "a.po"),
        .init(source: "Il y a 21 millions de bitcoins.", target: "There are 21 million bitcoins.", origin: "a.po"),
        .init(
            source: "Nos futurs clients vous remercieront.", target: "Our future customers will thank you.",
            origin: "b.tmx"),
        .init(source: "Voir *le guide* demain.", target: "See *the guide* tomorrow.", origin: "a.po"),
    ])

    @Test func anIdenticalSourceScoresOneHundred() {
        #expect(memory.search("Le désespoir est double.", minScore: 75, limit: 5).map(\.score) == [100])
        #expect(memory.exactMatches("Le désespoir est double.").map(\.target) == ["The despair is twofold."])
    }

    @Test func fuzzyScoresAreWordLevelWithNumbersAndMarkupNormalised() {
        let changed = memory.search("Le désespoir est vraiment double.", minScore: 50, limit: 5)
        #expect(changed.map(\.score) == [80])
        let number = memory.search("Il y a 42 millions de bitcoins.", minScore: 75, limit: 5)
        #expect(number.first?.score == 99)
        let markup = memory.search("Voir le guide demain.", minScore: 75, limit: 5)
        #expect(markup.first?.score == 99)
        #expect(memory.search("Une phrase sans rapport aucun.", minScore: 30, limit: 5).isEmpty)
    }

    @Test func concordanceFindsTextInSourcesAndTargets() {
        #expect(memory.concordance("CLIENTS", limit: 5).map(\.origin) == ["b.tmx"])
        #expect(memory.concordance("twofold", limit: 5).count == 1)
    }

    @Test func aLargeMemoryStillFindsTheClosestSentence() {
        var entries: [TranslationMemory.Entry] = []
        for i in 0..<5000 {
            entries.append(
                .init(
                    source: "Phrase numéro \(i) sur le réseau Bitcoin et ses mineurs \(i % 7) fois.", target: "x\(i)",
                    origin: "big"))
        }
        entries.append(
            .init(source: "La migration physique du hashrate minier a été miraculeuse.", target: "hit", origin: "big"))
        let big = TranslationMemory(entries: entries)
        let found = big.search("La migration physique du hashrate a été miraculeuse.", minScore: 70, limit: 3)
        #expect(found.first?.target == "hit")
        #expect(found.first?.score == 88)
    }
}
