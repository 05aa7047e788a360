import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct GlossaryMatcherTests {
    let glossary: Glossary
    let french: GlossaryMatcher

    init() throws {
        glossary = try Glossary.read(path: Fixtures.repositoryRoot.appendingPathComponent("Glossary/bitcoin.yaml").path)
        french = try GlossaryMatcher(glossary: glossary, locale: Fixtures.french)
    }

    func found(_ text: String, _ matcher: GlossaryMatcher? = nil) -> [String] {
        (matcher ?? french).matches(in: text).map { "\($0.conceptID)=\($0.text)" }
    }

    @Test func theArticlesJargonIsFound() {
        #expect(
            found(
                "les Bitcoiners se battent avec des shitcoiners, des no-coiners, des sympathisants fiat et même entre eux."
            )
                == ["bitcoiner=Bitcoiners", "shitcoiner=shitcoiners", "no-coiner=no-coiners", "fiat-money=fiat"])
        #expect(
            found("le représentant répond en vous disant de « amusez-vous à rester pauvre ».")
                == ["hfsp=amusez-vous à rester pauvre"])
        #expect(
            found(
                "les réponses des PNJ (personnage non-joueur) aux critiques valables de la théorie monétaire moderne (MMT)."
            )
                == ["npc=PNJ", "npc=personnage non-joueur", "mmt=théorie monétaire moderne", "mmt=MMT"])
        #expect(
            found("j’ai fait avaler des dizaines de personnes à l’orange et même frappé quelques pièces entières")
                == ["orange-pill-verb=à l’orange", "wholecoiner=pièces entières"])
        #expect(found("depuis le 23 décembre 1913.") == ["federal-reserve-act-date=23 décembre 1913"])
    }

    @Test func caseSensitiveTermsTellTheNetworkFromTheUnit() {
        #expect(found("Cependant, Bitcoin a un problème.") == ["bitcoin-network=Bitcoin"])
        #expect(found("Le bitcoin est souvent négligé.") == ["bitcoin-unit=bitcoin"])
        #expect(found("une belle ripple") == [])
    }

    @Test func aLowerCaseTermMayStartASentenceWithACapital() throws {
        let english = try GlossaryMatcher(glossary: glossary, locale: Fixtures.locale("en"))
        #expect(
            found("Bitcoin is often overlooked.", english) == ["bitcoin-network=Bitcoin", "bitcoin-unit=Bitcoin"])
        #expect(found("It is rare. Bitcoin is not.", english) == ["bitcoin-network=Bitcoin", "bitcoin-unit=Bitcoin"])
        // Inside a sentence the capital still tells the network from the unit.
        #expect(found("I hold Bitcoin and bitcoin.", english) == ["bitcoin-network=Bitcoin", "bitcoin-unit=bitcoin"])
    }

    @Test func termsInsideLargerWordsDoNotMatch() {
        #expect(found("les fiatistes et la hashrateuse").isEmpty)
    }

    @Test func elisionPluralsHyphensAndNoBreakSpacesMatch() {
        #expect(found("l’évangéliste et les évangélistes") == ["evangelist=évangéliste", "evangelist=évangélistes"])
        #expect(found("des no coiners et un nocoiner") == ["no-coiner=no coiners", "no-coiner=nocoiner"])
        #expect(found("la pilule\u{A0}orange") == ["orange-pill=pilule\u{A0}orange"])
        #expect(found("la pilule, orange").isEmpty)
    }

    @Test func theLongestTermWins() {
        #expect(found("le système bancaire fiduciaire mondial") == ["fiat-banking-system=système bancaire fiduciaire"])
    }

    @Test func targetLocalesAndPunctuationInsideTerms() throws {
        let english = try GlossaryMatcher(glossary: glossary, locale: Fixtures.locale("en"))
        #expect(
            found("Not your keys, not your coins, said the whale.", english)
                == ["not-your-keys=Not your keys, not your coins", "whale=whale"])
        #expect(
            found("He was orange-pilled on December 23, 1913.", english)
                == ["orange-pill-verb=orange-pilled", "federal-reserve-act-date=December 23, 1913"])
        let german = try GlossaryMatcher(glossary: glossary, locale: Fixtures.locale("de"))
        #expect(found("seit dem 23. Dezember 1913", german) == ["federal-reserve-act-date=23. Dezember 1913"])
    }
}
