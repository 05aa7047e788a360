import PasseurKit
import PasseurTestSupport
import Testing

@Suite struct GlossaryChecksTests {
    let index: GlossaryIndex

    init() throws {
        let glossary = try Glossary.read(
            path: Fixtures.repositoryRoot.appendingPathComponent("Glossary/bitcoin.yaml").path)
        index = try GlossaryIndex(
            glossary: glossary, sourceLocale: Fixtures.french,
            targetLocales: ["en", "es", "de", "pt-BR", "it"].map(Fixtures.locale))
    }

    func run(_ source: String, _ target: String, locale: String = "en") -> [String] {
        let unit = TranslationUnit(
            source: source, targets: [target], state: .translated,
            location: PasseurKit.SourceLocation(file: "x.po", line: 7, column: 1))
        let context = CheckContext(locale: Fixtures.locale(locale), catalogPath: "x.po", glossary: index)
        let checks: [any UnitCheck] = [GlossaryMissingCheck(), GlossaryForbiddenCheck(), GlossaryDNTCheck()]
        return checks.flatMap { $0.findings(in: unit, context: context) }
            .map { "\($0.checkID): \($0.message)" }
    }

    @Test func aFaithfulTranslationHasNoFinding() {
        #expect(
            run(
                "En comparaison, les Bitcoiners se battent avec des shitcoiners, des no-coiners, des sympathisants fiat et même entre eux.",
                "By comparison, Bitcoiners fight with shitcoiners, no-coiners, fiat sympathizers and even among themselves."
            )
            .isEmpty)
        #expect(
            run(
                "J’ai rendu les têtes d’Ethereum salées, les fanatiques de Ripple silencieux et les amateurs de jetons non fongibles (NFT) se sentent stupides.",
                "I have made Ethereum heads salty, Ripple fanatics silent and non-fungible token (NFT) enthusiasts feel stupid."
            )
            .isEmpty)
    }

    @Test func aMissingTermIsAWarningNamingTheExpectedRenderings() {
        #expect(
            run("Le service client Bitcoin", "Bitcoin's help desk") == [
                "glossary-missing: « service client » (customer-service) is not rendered; expected \"customer service\" or \"customer support\""
            ])
    }

    @Test func aForbiddenTermIsAnErrorWithItsReason() {
        let findings = run(
            "D’un autre côté, j’ai fait avaler des dizaines de personnes à l’orange et même frappé quelques pièces entières.",
            "On the other hand, I have orange-pilled dozens of people and even minted a few whole coins.")
        #expect(
            findings.contains {
                $0.hasPrefix(
                    "glossary-forbidden: forbidden term \"whole coins\" (wholecoiner): literal back-translation")
            })
        #expect(findings.contains { $0.hasPrefix("glossary-missing: « pièces entières » (wholecoiner)") })
    }

    @Test func aTranslatedDoNotTranslateTermIsAnError() {
        #expect(
            run("Le HODL est une stratégie.", "Holding is a strategy.", locale: "es")
                == ["glossary-dnt: do-not-translate term \"HODL\" (hodl) must appear unchanged"])
        #expect(run("Le HODL est une stratégie.", "El HODL es una estrategia.", locale: "es").isEmpty)
    }

    @Test func theFalseFriendOfMonnaieFiduciaireIsCaught() {
        #expect(
            run("La monnaie fiduciaire s’effondre.", "Fiduciary money is collapsing.") == [
                "glossary-missing: « monnaie fiduciaire » (fiat-money) is not rendered; expected \"fiat\" or \"fiat money\" or \"fiat currency\"",
                "glossary-forbidden: forbidden term \"Fiduciary money\" (fiat-money): false friend of « monnaie fiduciaire »; use \"fiat\" or \"fiat money\" or \"fiat currency\"",
            ])
    }
}
