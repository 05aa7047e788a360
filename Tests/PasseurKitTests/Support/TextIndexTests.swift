import Testing

@testable import PasseurKit

@Suite struct TextIndexTests {
    @Test func findsEachTextByItsBytes() {
        var index = TextIndex()
        let texts = (0..<5_000).map { "Le service client Bitcoin, phrase \($0)." }
        for (i, text) in texts.enumerated() { index.set(i, for: text) }
        #expect(texts.indices.allSatisfy { index[texts[$0]] == $0 })
        #expect(index["Le service client Bitcoin, phrase 5000."] == nil)
    }

    @Test func composedAndDecomposedFormsAreDifferentTexts() {
        var index = TextIndex()
        index.set(1, for: "Qu’est-ce que l’orange pill ? Déjà vu.")
        #expect(index["Qu’est-ce que l’orange pill ? De\u{301}ja\u{300} vu."] == nil)
        #expect(index["Qu’est-ce que l’orange pill ? Déjà vu."] == 1)
    }

    @Test func aLaterValueReplacesTheFirst() {
        var index = TextIndex()
        index.set(1, for: "HODL")
        index.set(2, for: "HODL")
        #expect(index["HODL"] == 2)
    }

    @Test func textsWithOneHashAreKeptApart() {
        var index = TextIndex(hash: { $0.utf8.count })
        index.set(1, for: "fiat")
        index.set(2, for: "HODL")
        index.set(3, for: "PNJs")
        index.set(4, for: "HODL")
        #expect(index["fiat"] == 1)
        #expect(index["HODL"] == 4)
        #expect(index["PNJs"] == 3)
        #expect(index["NPCs"] == nil)
        #expect(index["shitcoiner"] == nil)
    }

    @Test func textsWithOneHashSurviveTheTableGrowing() {
        var index = TextIndex(hash: { $0.utf8.count % 3 })
        let texts = (0..<300).map { "bloc \($0)" }
        for (i, text) in texts.enumerated() { index.set(i, for: text) }
        index.set(1_000, for: texts[7])
        #expect(texts.indices.allSatisfy { index[texts[$0]] == ($0 == 7 ? 1_000 : $0) })
        #expect(index["bloc 300"] == nil)
    }
}
