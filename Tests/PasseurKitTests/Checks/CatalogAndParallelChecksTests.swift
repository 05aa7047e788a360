import PasseurKit
import PasseurTestSupport
import Testing

@Suite struct CatalogAndParallelChecksTests {
    func unit(_ source: String, _ target: String, line: Int, state: TranslationUnit.State = .translated)
        -> TranslationUnit
    {
        TranslationUnit(
            source: source, targets: [target], state: state,
            location: PasseurKit.SourceLocation(file: "x.po", line: line, column: 1))
    }

    let context = CheckContext(locale: Fixtures.locale("en"), catalogPath: "x.po", glossary: nil)

    @Test func theSameSourceTranslatedTwoWaysIsFlaggedOnce() {
        let units = [
            unit("Le désespoir est double.", "The despair is twofold.", line: 3),
            unit("Nos futurs clients vous remercieront.", "Our future customers will thank you.", line: 7),
            unit("Le désespoir est double.", "Despair is double.", line: 11),
            unit("Le désespoir est double.", "The despair  is twofold.", line: 15),
        ]
        let findings = InconsistentTranslationCheck().findings(in: units, context: context)
        #expect(findings.map(\.location.line) == [11])
        #expect(findings.first?.message == "translated differently elsewhere (x.po:3): « The despair is twofold. »")
    }

    @Test func translationsThatDifferOnlyInSpacesAreTheSame() {
        let units = [
            unit("Voilà à quoi ça sert.", "Voilà à quoi ça sert.", line: 3),
            unit("Voilà à quoi ça sert.", " Voilà\u{A0}à  quoi\u{2009}ça sert.\u{3000}", line: 7),
            unit("Voilà à quoi ça sert.", "Voilà\u{A0}à quoi\u{202F}ça\tsert.", line: 11),
            unit("Voilà à quoi ça sert.", "Voilà à quoi ça sert !", line: 15),
        ]
        #expect(InconsistentTranslationCheck().findings(in: units, context: context).map(\.location.line) == [15])
    }

    @Test func differentSourcesWithOneTranslationAreFlagged() {
        let units = [
            unit("Le désespoir est double.", "The despair is twofold.", line: 3),
            unit("La colère est double.", "The despair is twofold.", line: 7),
            unit("Le désespoir est double !", "The despair is twofold.", line: 11),
        ]
        #expect(InconsistentSourceCheck().findings(in: units, context: context).map(\.location.line) == [7])
    }

    func locales(_ targets: [String?]) -> [(locale: LocaleTag, unit: TranslationUnit)] {
        zip(["en", "es", "de", "pt-BR"], targets).map { locale, target in
            (
                Fixtures.locale(locale),
                target.map { unit("Le 23 décembre 1913, voir [la loi](https://x.y).", $0, line: 5) }
                    ?? TranslationUnit(
                        source: "Le 23 décembre 1913, voir [la loi](https://x.y).",
                        location: PasseurKit.SourceLocation(file: "x.po", line: 5, column: 1))
            )
        }
    }

    @Test func aLocaleAloneUntranslatedIsFlagged() {
        let entries = locales([
            "On December 23, 1913, see [the act](https://x.y).", nil,
            "Am 23. Dezember 1913, siehe [das Gesetz](https://x.y).",
            "Em 23 de dezembro de 1913, veja [a lei](https://x.y).",
        ])
        let findings = CrossLocaleMissingCheck().findings(source: "s", units: entries, context: context)
        #expect(findings.map(\.locale) == ["es"])
    }

    @Test func whatEveryOtherLocaleCarriesIsExpectedHere() {
        let entries = locales([
            "On December 23, 1913, see [the act](https://x.y).",
            "El 23 de diciembre de 1913, véase la ley.",
            "Am 23. Dezember 1913, siehe [das Gesetz](https://x.y).",
            "Em 23 de dezembro de 1931, veja [a lei](https://x.y).",
        ])
        #expect(
            CrossLocaleNumbersCheck().findings(source: "s", units: entries, context: context).map {
                "\($0.locale) \($0.message)"
            }
                == [
                    "es number or URL https://x.y is in every other translation but not here",
                    "pt-BR number or URL 1913 is in every other translation but not here",
                ])
        #expect(
            CrossLocaleMarkupCheck().findings(source: "s", units: entries, context: context).map(\.locale) == ["es"])
    }

    @Test func anOutlierLengthIsFlagged() {
        let entries = locales([
            "On December 23, 1913, see the act.",
            "El 23 de diciembre de 1913, véase la ley.",
            "Am 23. Dezember 1913, siehe das Gesetz des Kongresses, der Regierung, der Notenbank und aller anderen Beteiligten dieser Geschichte.",
            "Em 23 de dezembro de 1913, veja a lei.",
        ])
        #expect(
            CrossLocaleLengthCheck().findings(
                source: "Le 23 décembre 1913, voir la loi ici.", units: entries, context: context
            ).map(\.locale) == ["de"])
    }
}
