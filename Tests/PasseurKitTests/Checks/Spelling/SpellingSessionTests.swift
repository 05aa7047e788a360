import Foundation
import PasseurTestSupport
import Synchronization
import Testing

@testable import PasseurKit

/// What a run's spelling look-ups share: each word judged once, from any thread; suggestions
/// bounded, for the first words that may be typos, the same whatever the cores.
@Suite struct SpellingSessionTests {
    @Test func eachDistinctWordIsJudgedOnce() {
        let session = SpellingSession()
        let dictionary = session.dictionary(for: Fixtures.locale("en"), glossary: nil)
        let words: [Substring] = ["the", "hopelessness", "is", "twofold", "comparsion", "the", "comparsion"]
        for _ in 0..<3 {
            #expect(words.map { dictionary.accepts($0) } == [true, true, true, true, false, true, false])
        }
        #expect(dictionary.lookUps == 5)
        // The same session gives the same dictionary, memo included.
        #expect(session.dictionary(for: Fixtures.locale("en"), glossary: nil) === dictionary)
    }

    @Test func everyThreadSharesTheVerdicts() {
        let session = SpellingSession()
        let words = (0..<400).map { i -> Substring in i % 2 == 0 ? "network" : Substring("qzx\(i % 40)") }
        let verdicts = Mutex<[[Bool]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let dictionary = session.dictionary(for: Fixtures.locale("en"), glossary: nil)
            let mine = words.map { dictionary.accepts($0) }
            verdicts.withLock { $0.append(mine) }
        }
        let all = verdicts.withLock { $0 }
        #expect(all.count == 8)
        #expect(Set(all).count == 1)
        #expect(all.first?.filter { $0 }.count == 200)
        // « network » and the twenty « qzxN » words with an even N.
        #expect(session.dictionary(for: Fixtures.locale("en"), glossary: nil).lookUps == 21)
    }

    /// A catalog of `targets`, each a unit at its own line.
    func catalog(_ targets: [String]) -> CheckRunner.DocumentCatalogs {
        let units = targets.enumerated().map { i, target in
            TranslationUnit(
                source: "Phrase \(i).", targets: [target], state: .translated,
                location: PasseurKit.SourceLocation(file: "en.po", line: 10 * (i + 1), column: 1))
        }
        return .init(document: "post.md", catalogs: [(Fixtures.locale("en"), "en.po", Catalog(units: units))])
    }

    static let typos = [
        "I did not recieve it.", "It is definately so.", "Keep them seperate.", "It occured today.",
        "We accomodate them.", "It is wierd.", "Wait untill noon.", "Their arguement holds.",
    ]

    @Test func theFirstRareWordsGetSuggestionsTheSameWhateverTheCores() throws {
        // « hashrate », in three units, is jargon rather than a typo: no suggestion for it.
        let targets = ["The hashrate grows.", "The hashrate falls."] + Self.typos + ["The hashrate is high."]
        let runner = CheckRunner(
            settings: .init(sourceLocale: Fixtures.french), glossary: nil, checks: [SpellingCheck.self])
        let findings = try runner.run([catalog(targets)], locales: [Fixtures.locale("en")])
        // « hashrate » is listed once, on its first unit, with its count: the two other units
        // have no other unknown word and no finding.
        #expect(findings.count == 9)
        #expect(findings.first?.message == "« hashrate » (3 units) is not in the en dictionary")
        #expect(findings.first?.unknownWords == ["hashrate"])
        let suggested = findings.filter { $0.message.contains("did you mean") }.map { $0.location.line }
        // The first five typos, in the report's order.
        #expect(suggested == [30, 40, 50, 60, 70])
        #expect(!findings.contains { $0.message.contains("« hashrate » →") || $0.message.contains("hash rate") })
        var sliced = runner
        (sliced.minimumSegmentsToSlice, sliced.sliceCount) = (1, 4)
        #expect(try sliced.run([catalog(targets)], locales: [Fixtures.locale("en")]) == findings)
        // A baseline records the finding without its suggestions.
        let first = try #require(findings.first { $0.location.line == 30 })
        var bare = first
        bare.message = "« recieve » is not in the en dictionary"
        #expect(first.message.hasPrefix(bare.message + "; did you mean « receive »"))
        #expect(first.fingerprint == bare.fingerprint)
    }

    @Test func aSessionSharesItsSuggestionLimitBetweenRuns() throws {
        let session = SpellingSession(suggestedWordLimit: 3)
        var runner = CheckRunner(
            settings: .init(sourceLocale: Fixtures.french), glossary: nil, checks: [SpellingCheck.self])
        runner.spelling = session
        let first = try runner.run([catalog(Array(Self.typos.prefix(2)))], locales: [Fixtures.locale("en")])
        let second = try runner.run([catalog(Array(Self.typos.suffix(2)))], locales: [Fixtures.locale("en")])
        #expect(first.map { $0.message.contains("did you mean") } == [true, true])
        #expect(second.map { $0.message.contains("did you mean") } == [true, false])
    }

    @Test func findingsABaselineLeavesShownGetTheirSuggestionsFromASecondSession() throws {
        let runner = CheckRunner(
            settings: .init(sourceLocale: Fixtures.french), glossary: nil, checks: [SpellingCheck.self])
        let findings = try runner.run([catalog(Self.typos)], locales: [Fixtures.locale("en")])
        #expect(
            findings.map { $0.message.contains("did you mean") } == [true, true, true, true, true, false, false, false])
        // The last three alone are new: they get suggestions; one that has them keeps them.
        var shown = Array(findings.suffix(4))
        SpellingSession().addSuggestions(to: &shown)
        #expect(shown.map { $0.message.contains("did you mean") } == [true, true, true, true])
        #expect(shown.first == findings[4])
        #expect(shown.map(\.fingerprint) == findings.suffix(4).map(\.fingerprint))
    }

    @Test func aWordOfManyUnitsIsListedOnItsFirstFindingOnly() throws {
        // gcc's German: « intrinsischen », jargon the dictionary lacks, in 126 units of the run;
        // the typo beside it in a later unit is still reported there.
        let targets = [
            "Unbekannte intrinsischen Funktionen", "Argument der intrinsischen Funktion",
            "Typ der intrinsischen Routine", "Argument der intrinsischen Funktion ist ungültgi",
        ]
        let units = targets.enumerated().map { i, target in
            TranslationUnit(
                source: "Phrase \(i).", targets: [target], state: .translated,
                location: PasseurKit.SourceLocation(file: "de.po", line: 10 * (i + 1), column: 1))
        }
        let runner = CheckRunner(
            settings: .init(sourceLocale: Fixtures.locale("en")), glossary: nil, checks: [SpellingCheck.self])
        let findings = try runner.run(
            [.init(document: "gcc", catalogs: [(Fixtures.locale("de"), "de.po", Catalog(units: units))])],
            locales: [Fixtures.locale("de")])
        #expect(findings.map(\.location.line) == [10, 40])
        #expect(findings.first?.message == "« intrinsischen » (4 units) is not in the de dictionary")
        #expect(findings.last?.unknownWords == ["ungültgi"])
        #expect(findings.last?.message.hasPrefix("« ungültgi » is not in the de dictionary") == true)
        // The baseline's fingerprint leaves the count out.
        var bare = try #require(findings.first)
        bare.message = "« intrinsischen » is not in the de dictionary"
        #expect(findings.first?.fingerprint == bare.fingerprint)
    }

    @Test func theWordsOfFindingsAreListedForWordLists() throws {
        let runner = CheckRunner(
            settings: .init(sourceLocale: Fixtures.french), glossary: nil, checks: [SpellingCheck.self])
        let findings = try runner.run(
            [catalog(["The hashrate of shitposters grows.", "The hashrate falls."])], locales: [Fixtures.locale("en")])
        #expect(WordList.unknownWords(in: findings) == ["en": ["hashrate", "shitposters"]])
    }
}
