import PasseurKit
import PasseurTestSupport
import Testing

/// Every unit check on good translations (no finding) and on broken ones (caught).
@Suite struct UnitChecksTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let check: String
        let locale: String
        let source: String
        let target: String
        let findings: Int
        var testDescription: String { "\(check) [\(locale)] \(findings == 0 ? "good" : "broken"): \(target)" }
    }

    static let nbsp = "\u{A0}"
    static let nnbsp = "\u{202F}"

    static let cases: [Case] = [
        // numbers
        Case(
            check: "numbers", locale: "en",
            source:
                "A l’époque, je ne savais pas que ce que nous vivons n’est pas le capitalisme depuis le 23 décembre 1913.",
            target: "At the time, I did not know that what we live in has not been capitalism since December 23, 1913.",
            findings: 0),
        Case(
            check: "numbers", locale: "de", source: "Il y a 1 000,5 bitcoins et 21 millions au total.",
            target: "Es gibt 1.000,5 Bitcoins und insgesamt 21 Millionen.", findings: 0),
        Case(
            check: "numbers", locale: "en", source: "Il y a 1 000,5 bitcoins.", target: "There are 1,000.5 bitcoins.",
            findings: 0),
        Case(
            check: "numbers", locale: "en", source: "depuis le 23 décembre 1913.", target: "since December 23, 1931.",
            findings: 2),
        // markup
        Case(
            check: "markup", locale: "en", source: "Voir [le *guide*](https://bitcoin.org) et `HODL`.",
            target: "See `HODL` and [the *guide*](https://bitcoin.org).", findings: 0),
        Case(
            check: "markup", locale: "en", source: "Voir [le guide](https://bitcoin.org).",
            target: "See [the guide](https://bitcoin.com).", findings: 2),
        Case(
            check: "markup", locale: "es", source: "Le désespoir est **double**.", target: "La desesperación es doble.",
            findings: 1),
        // urls-emails
        Case(
            check: "urls-emails", locale: "en", source: "Écrivez à contact@example.org ou voyez https://bitcoin.org.",
            target: "Write to contact@example.org or see https://bitcoin.org.", findings: 0),
        Case(
            check: "urls-emails", locale: "en", source: "Voyez https://bitcoin.org.",
            target: "See https://bitcoin.com.", findings: 1),
        Case(
            check: "urls-emails", locale: "en", source: "Voyez www.bitcoin.org et ftp://x.y/z.",
            target: "See the site.", findings: 1),
        // acronyms
        Case(
            check: "acronyms", locale: "en", source: "les critiques de la théorie monétaire moderne (MMT).",
            target: "criticisms of Modern Monetary Theory (MMT).", findings: 0),
        Case(
            check: "acronyms", locale: "en", source: "les réponses des PNJ (personnage non-joueur).",
            target: "the answers of NPCs (non-player characters).", findings: 0),
        Case(
            check: "acronyms", locale: "en", source: "les amateurs de jetons non fongibles (NFT).",
            target: "non-fungible token enthusiasts.", findings: 1),
        Case(
            check: "acronyms", locale: "en", source: "Le G7 et le B2B.", target: "The group and the market.",
            findings: 2),
        Case(check: "acronyms", locale: "en", source: "Le G7 et le B2B.", target: "The G7 and B2B.", findings: 0),
        // brackets, quotes
        Case(
            check: "brackets", locale: "en", source: "les PNJ (personnage non-joueur) aux critiques",
            target: "NPC (non-player character) answers", findings: 0),
        Case(
            check: "brackets", locale: "en", source: "les PNJ (personnage non-joueur) aux critiques",
            target: "NPC (non-player character answers", findings: 1),
        Case(
            check: "quotes", locale: "fr", source: "x", target: "de «\(nbsp)amusez-vous à rester pauvre\(nbsp)».",
            findings: 0),
        Case(check: "quotes", locale: "de", source: "x", target: "mit „Viel Spaß beim Armbleiben“.", findings: 0),
        Case(
            check: "quotes", locale: "en", source: "x", target: "telling you to “have fun staying poor”.", findings: 0),
        Case(check: "quotes", locale: "en", source: "x", target: "telling you to “have fun staying poor.", findings: 1),
        // end punctuation, start capital
        Case(
            check: "end-punctuation", locale: "fr", source: "Ou plus important encore, est-ce pragmatique ?",
            target: "Or more importantly, is it pragmatic?", findings: 0),
        Case(
            check: "end-punctuation", locale: "es", source: "Ou plus important encore, est-ce pragmatique ?",
            target: "O, más importante aún, ¿es pragmático?", findings: 0),
        Case(
            check: "end-punctuation", locale: "en", source: "Ou plus important encore, est-ce pragmatique ?",
            target: "Or more importantly, it is pragmatic.", findings: 1),
        Case(
            check: "end-punctuation", locale: "en", source: "de « amusez-vous à rester pauvre ».",
            target: "to “have fun staying poor.”", findings: 0),
        Case(
            check: "start-capital", locale: "en", source: "« Quoi ? » dit-il.", target: "“What?” he said.", findings: 0),
        Case(
            check: "start-capital", locale: "en", source: "Le désespoir est double.", target: "the despair is twofold.",
            findings: 1),
        // whitespace, repeated words
        Case(
            check: "whitespace", locale: "en", source: "Le désespoir est double.", target: "The despair is twofold.",
            findings: 0),
        Case(
            check: "whitespace", locale: "en", source: "Le désespoir est double.", target: " The despair is  twofold. ",
            findings: 3),
        Case(
            check: "repeated-word", locale: "en", source: "Le désespoir est double.",
            target: "The despair is is twofold.", findings: 1),
        Case(
            check: "repeated-word", locale: "fr", source: "Il dit « nous nous abattons ».",
            target: "Il dit « nous nous abattons ».", findings: 0),
        Case(
            check: "repeated-word", locale: "de", source: "la bouffonnerie qui a imprégné les médias",
            target: "die Possenreißerei, die die Medien durchdrungen hat", findings: 0),
        Case(
            check: "repeated-word", locale: "de", source: "la bouffonnerie", target: "die Possenreißerei ist ist da",
            findings: 1),
        Case(
            check: "repeated-word", locale: "de", source: "les médias", target: "Ich kenne die die Medien.",
            findings: 1),
        Case(
            check: "repeated-word", locale: "de", source: "x", target: "Ich weiß, dass das das Beste ist.",
            findings: 0),
        Case(
            check: "repeated-word", locale: "en", source: "x",
            target: "I knew that that was true, and I had had enough.",
            findings: 0),
        // typography
        Case(
            check: "typography", locale: "fr", source: "x",
            target: "Est-ce pragmatique\(nnbsp)? Je crois\(nbsp): «\(nbsp)oui\(nbsp)».", findings: 0),
        Case(
            check: "typography", locale: "fr", source: "x", target: "Est-ce pragmatique ? Je crois: «oui».", findings: 4
        ),
        Case(
            check: "typography", locale: "en", source: "x",
            target: "Is it pragmatic? I think so: “yes,” he said — it’s true.", findings: 0),
        Case(
            check: "typography", locale: "en", source: "x",
            target: "Is it pragmatic ? I think so: \"yes\" — it’s true.", findings: 2),
        Case(
            check: "typography", locale: "de", source: "x", target: "Ist das pragmatisch? Er sagte: „Ja“.", findings: 0),
        Case(check: "typography", locale: "de", source: "x", target: "Er sagte: “Ja”.", findings: 1),
        Case(check: "typography", locale: "es", source: "x", target: "¿Es pragmático? ¡Claro!", findings: 0),
        Case(check: "typography", locale: "es", source: "x", target: "Es pragmático? Claro!", findings: 2),
        Case(
            check: "typography", locale: "pt-BR", source: "x", target: "Isso é pragmático? Acho que sim: “sim”.",
            findings: 0),
        Case(check: "typography", locale: "pt-BR", source: "x", target: "Isso é pragmático ?", findings: 1),
        Case(
            check: "typography", locale: "fr", source: "x", target: "Voir https://bitcoin.org:8333/?x=1 à 10:30.",
            findings: 0),
        // identical, length, untranslated, fuzzy, empty
        Case(
            check: "identical-to-source", locale: "en", source: "Bitcoin Magazine", target: "Bitcoin Magazine",
            findings: 0),
        Case(
            check: "identical-to-source", locale: "en", source: "Le désespoir est double.",
            target: "Le désespoir est double.", findings: 1),
        Case(
            check: "length", locale: "en", source: "Le désespoir est double, et même triple.", target: "Despair.",
            findings: 1),
        Case(
            check: "length", locale: "en", source: "Le désespoir est double, et même triple.",
            target: "The despair is twofold, even threefold.", findings: 0),
        // spelling (Hunspell)
        Case(
            check: "spelling", locale: "en", source: "x",
            target: "By comparison, Bitcoiners fight with shitcoiners, no-coiners and fiat sympathizers.", findings: 0),
        Case(
            check: "spelling", locale: "en", source: "x", target: "By comparsion, Bitcoiners fight with shitcoiners.",
            findings: 1),
        Case(
            check: "spelling", locale: "de", source: "x",
            target: "Die Verzweiflung ist doppelt, sagte Maxx Mannheimer über HODL.", findings: 0),
        Case(check: "spelling", locale: "de", source: "x", target: "Die Verzweiflung ist dopelt.", findings: 1),
        Case(
            check: "spelling", locale: "es", source: "x", target: "¿Es pragmático? La desesperación es doble.",
            findings: 0),
        Case(
            check: "spelling", locale: "pt-BR", source: "x", target: "Isso não é pragmático? O desespero é duplo.",
            findings: 0),
        Case(check: "spelling", locale: "pt-BR", source: "x", target: "O desespero é dupplo.", findings: 1),
        // Productive prefixes written solid: a known word behind them is enough.
        Case(
            check: "spelling", locale: "es", source: "x",
            target: "Maxx es un exgerente; es tan multidisciplinar que parece frívolo.", findings: 0),
        Case(check: "spelling", locale: "es", source: "x", target: "Es un exgernte.", findings: 1),
        Case(
            check: "spelling", locale: "de", source: "x",
            target: "Bitcoin ist so multidisziplinär, dass es frivol wirkt.",
            findings: 0),
        Case(check: "spelling", locale: "de", source: "x", target: "Es ist multidisziplinärx.", findings: 1),
        Case(
            check: "spelling", locale: "fr", source: "x",
            target: "Le désespoir est double, et l’auto-conservation aussi.", findings: 0),
        Case(check: "empty-target", locale: "en", source: "Le désespoir est double.", target: "   ", findings: 1),
    ]

    @Test(arguments: cases)
    func check(_ c: Case) throws {
        let glossary = try Glossary.read(
            path: Fixtures.repositoryRoot.appendingPathComponent("Glossary/bitcoin.yaml").path)
        let index = try GlossaryIndex(
            glossary: glossary, sourceLocale: Fixtures.french,
            targetLocales: ["en", "es", "de", "pt-BR", "it"].map(Fixtures.locale))
        let found: (any UnitCheck.Type)? = CheckRegistry.check(id: c.check) as? any UnitCheck.Type
        guard let type = found else {
            Issue.record("no unit check \(c.check)")
            return
        }
        let unit = TranslationUnit(
            source: c.source, targets: [c.target], state: .translated,
            location: PasseurKit.SourceLocation(file: "x.po", line: 3, column: 1))
        let context = CheckContext(locale: Fixtures.locale(c.locale), catalogPath: "x.po", glossary: index)
        let findings = type.init().findings(in: unit, context: context)
        #expect(findings.count == c.findings, "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.checkID == c.check && $0.location.line == 3 })
    }

    @Test func untranslatedAndFuzzyUnitsAreReported() {
        let context = CheckContext(locale: Fixtures.locale("en"), catalogPath: "x.po", glossary: nil)
        let new = TranslationUnit(source: "Le désespoir est double.")
        let fuzzy = TranslationUnit(
            source: "Le désespoir est double.", targets: ["x"], state: .fuzzy, previousSource: "Le désespoir.")
        #expect(UntranslatedCheck().findings(in: new, context: context).count == 1)
        #expect(UntranslatedCheck().findings(in: fuzzy, context: context).isEmpty)
        #expect(
            FuzzyCheck().findings(in: fuzzy, context: context).map(\.message) == [
                "translation is fuzzy; the source was « Le désespoir. »"
            ])
    }

    @Test func registryIdsAreUniqueKebabCaseAndSummariesAreOneSentence() {
        let ids: [String] = CheckRegistry.all.map { $0.id }
        let summaries: [String] = CheckRegistry.all.map { $0.summary }
        #expect(Set(ids).count == ids.count)
        for (id, summary) in zip(ids, summaries) {
            let kebab = id.allSatisfy { $0.isLowercase || $0 == "-" }
            let oneSentence = summary.hasSuffix(".") && !summary.dropLast().contains(". ")
            #expect(kebab, "\(id)")
            #expect(oneSentence, "\(id): \(summary)")
        }
    }
}

@Suite struct LocaleCheckSettingsTests {
    func unit(_ source: String, _ target: String) -> TranslationUnit {
        TranslationUnit(source: source, targets: [target], state: .translated)
    }

    @Test func aProjectsQuoteStyleAndLengthBandAreApplied() {
        let angle = CheckContext(
            locale: Fixtures.locale("es"), catalogPath: "x.po", glossary: nil,
            settings: .init(quotes: .angle, length: 0.9...1.1))
        let curly = unit("de « amusez-vous à rester pauvre ».", "de “diviértete siendo pobre”.")
        #expect(
            TypographyCheck().findings(in: curly, context: angle).map(\.message)
                == ["quotation mark “: this locale's editions use « … »"])
        #expect(TypographyCheck().findings(in: unit("x", "de «diviértete siendo pobre»."), context: angle).isEmpty)
        let long = unit(
            "Le désespoir est double, et même triple.", "La desesperación es doble, e incluso triple, dicen todos.")
        #expect(LengthCheck().findings(in: long, context: angle).count == 1)
        let plain = CheckContext(locale: Fixtures.locale("es"), catalogPath: "x.po", glossary: nil)
        #expect(LengthCheck().findings(in: long, context: plain).isEmpty)
    }

    @Test func theSettingsAreReadFromPasseurYAML() throws {
        let yaml = """
            source-locale: fr
            target-locales: [es, de]
            documents: [a.md]
            checks:
              locales:
                es: {quotes: angle}
                de: {length: [0.9, 1.8]}
            """
        let config = try ProjectConfig(yaml: yaml, file: "passeur.yaml")
        #expect(config.localeCheckSettings["es"] == LocaleCheckSettings(quotes: .angle))
        #expect(config.localeCheckSettings["de"]?.length == 0.9...1.8)
        let bad = yaml.replacingOccurrences(of: "{quotes: angle}", with: "{quotes: square}")
        let error = #expect(throws: ProjectConfig.Error.self) { try ProjectConfig(yaml: bad, file: "passeur.yaml") }
        #expect(error?.location.line == 6)
    }
}
