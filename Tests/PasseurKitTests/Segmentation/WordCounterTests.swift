import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct WordCounterTests {
    @Test func countsWordsOfTheArticleTitleAndSentences() throws {
        let counter = try WordCounter(locale: Fixtures.french)
        #expect(counter.count("Le service client Bitcoin") == 4)
        // The elided article stays with its noun, as ICU's rules say; the hyphenated compound is two words.
        #expect(
            counter.words("l’assistance des PNJ (personnage non-joueur) : 23 décembre 1913 !")
                == ["l’assistance", "des", "PNJ", "personnage", "non", "joueur", "23", "décembre", "1913"])
        #expect(counter.count(" — « » … ") == 0)
    }
}
