import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct ProjectConfigTests {
    @Test func theRepositorysOwnSettingsAreValid() throws {
        let project = try Project(root: Fixtures.repositoryRoot.path)
        #expect(project.config.sourceLocale.identifier == "fr")
        #expect(project.config.targetLocales.map(\.identifier) == ["en", "es", "de", "pt-BR"])
        #expect(
            project.catalogPath(document: project.config.documents[0], locale: Fixtures.locale("pt-BR"))
                == "Locales/pt-BR/le-service-client-bitcoin.po")
    }

    @Test func segmentationSettingsAreRead() throws {
        let yaml = """
            source-locale: fr
            target-locales: [en]
            documents: [a.md]
            segmentation:
              rules: rules.srx
              abbreviations:
                fr: [N.D.L.R.]
            """
        let config = try ProjectConfig(yaml: yaml, file: "passeur.yaml")
        #expect(config.segmentationRules == "rules.srx")
        #expect(config.abbreviations["fr"] == ["N.D.L.R."])
    }

    @Test func editionSettingsAreRead() throws {
        let yaml = """
            source-locale: fr
            target-locales: [en]
            documents: [a.md]
            editions:
              author: Maxx Mannheimer
              original: Bitcoin Magazine
              license: CC BY 4.0
            """
        let config = try ProjectConfig(yaml: yaml, file: "passeur.yaml")
        #expect(
            config.editions
                == EditionSettings(author: "Maxx Mannheimer", original: "Bitcoin Magazine", license: "CC BY 4.0"))
        #expect(
            try ProjectConfig(yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md]\n", file: "p")
                .editions == EditionSettings())
    }

    @Test func everySectionIsRead() throws {
        let yaml = """
            name: essai
            source-locale: fr
            target-locales: [en, pt-br]
            documents:
              - a.md
              - b/c.md
            glossary: Glossary/g.yaml
            checks:
              disable: [length, suppression]
              severity: {start-capital: info, numbers: error}
              locales:
                pt-br: {quotes: angle, length: [0.9, 1.8]}
            """
        let config = try ProjectConfig(yaml: yaml, file: "passeur.yaml")
        #expect(config.name == "essai")
        #expect(config.targetLocales.map(\.identifier) == ["en", "pt-BR"])
        #expect(config.documents == ["a.md", "b/c.md"])
        #expect(
            config.documentLocations["b/c.md"] == PasseurKit.SourceLocation(file: "passeur.yaml", line: 6, column: 5))
        #expect(config.glossary == "Glossary/g.yaml")
        #expect(config.disabledChecks == ["length", "suppression"])
        #expect(config.checkSeverities == ["start-capital": .info, "numbers": .error])
        #expect(config.localeCheckSettings == ["pt-BR": LocaleCheckSettings(quotes: .angle, length: 0.9...1.8)])
        let minimal = try ProjectConfig(yaml: Self.required, file: "p")
        #expect(minimal.name == "passeur-project")
        #expect(minimal.glossary == nil && minimal.segmentationRules == nil && minimal.abbreviations.isEmpty)
        #expect(
            minimal.disabledChecks.isEmpty && minimal.checkSeverities.isEmpty && minimal.localeCheckSettings.isEmpty)
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let yaml: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { message }
    }

    static let badInputs: [BadInput] = [
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en, x_y]\ndocuments: [a.md]\n", line: 2, column: 22,
            message: "malformed locale 'x_y' (not a BCP 47 tag)"),
        BadInput(
            yaml: "source-locale: qq\ntarget-locales: [en]\ndocuments: [a.md]\n", line: 1, column: 16,
            message: "unknown language in locale 'qq'"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locale: [en]\n", line: 2, column: 1,
            message: "unknown setting 'target-locale'"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: en\ndocuments: [a.md]\n", line: 2, column: 17,
            message: "'target-locales' must be a list"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en\n", line: 3, column: 1,
            message: "invalid YAML: did not find expected ',' or ']'"),
        BadInput(
            yaml: "target-locales: [en]\ndocuments: [a.md]\n", line: 1, column: 1,
            message: "missing setting 'source-locale'"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md]\neditions:\n  autor: X\n", line: 5,
            column: 3, message: "unknown setting 'editions.autor'"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md]\neditions: [a]\n", line: 4, column: 11,
            message: "'editions' must be a mapping"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md]\neditions:\n  author: [a, b]\n",
            line: 5, column: 11, message: "'author' must be a string"),
    ]

    /// The three required settings, lines 1 to 3; a section under test follows from line 4.
    static let required = "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md]\n"

    static let badTopLevel: [BadInput] = [
        BadInput(yaml: "", line: 1, column: 1, message: "'passeur.yaml' must be a mapping of settings"),
        BadInput(
            yaml: "# only a comment\n", line: 1, column: 1, message: "'passeur.yaml' must be a mapping of settings"),
        BadInput(yaml: "- fr\n- en\n", line: 1, column: 1, message: "'passeur.yaml' must be a mapping of settings"),
        BadInput(yaml: required + "[a, b]: c\n", line: 4, column: 1, message: "'key' must be a string"),
        BadInput(yaml: required + "glosary: g.yaml\n", line: 4, column: 1, message: "unknown setting 'glosary'"),
        BadInput(
            yaml: required + "source-locale: de\n", line: 1, column: 1,
            message: "invalid YAML: duplicate key source-locale"),
        BadInput(yaml: "name: [a]\n" + required, line: 1, column: 7, message: "'name' must be a string"),
        BadInput(yaml: required + "glossary: {a: b}\n", line: 4, column: 11, message: "'glossary' must be a string"),
    ]

    static let badLocales: [BadInput] = [
        BadInput(
            yaml: "source-locale: [fr]\ntarget-locales: [en]\ndocuments: [a.md]\n", line: 1, column: 16,
            message: "'source-locale' must be a string"),
        BadInput(
            yaml: "source-locale: pt_BR\ntarget-locales: [en]\ndocuments: [a.md]\n", line: 1, column: 16,
            message: "malformed locale 'pt_BR' (not a BCP 47 tag)"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en, [de]]\ndocuments: [a.md]\n", line: 2, column: 22,
            message: "'target-locales' must be a string"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en, de, en]\ndocuments: [a.md]\n", line: 2, column: 26,
            message: "target locale 'en' is listed twice"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [pt-BR, pt-br]\ndocuments: [a.md]\n", line: 2, column: 25,
            message: "target locale 'pt-BR' is listed twice"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en, fr]\ndocuments: [a.md]\n", line: 2, column: 22,
            message: "target locale 'fr' is the source locale"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: []\ndocuments: [a.md]\n", line: 1, column: 1,
            message: "missing setting 'target-locales'"),
        BadInput(
            yaml: "source-locale: fr\ndocuments: [a.md]\n", line: 1, column: 1,
            message: "missing setting 'target-locales'"),
    ]

    static let badDocuments: [BadInput] = [
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: a.md\n", line: 3, column: 12,
            message: "'documents' must be a list"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md, {b: c}]\n", line: 3, column: 19,
            message: "'documents' must be a string"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md, a.md]\n", line: 3, column: 19,
            message: "document 'a.md' is listed twice"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments:\n  - a.md\n  - ../a.md\n", line: 5,
            column: 5, message: "document '../a.md' is outside the project folder"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: [.]\n", line: 3, column: 13,
            message: "document '.' is outside the project folder"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\ndocuments: []\n", line: 1, column: 1,
            message: "missing setting 'documents'"),
        BadInput(
            yaml: "source-locale: fr\ntarget-locales: [en]\n", line: 1, column: 1,
            message: "missing setting 'documents'"),
    ]

    static let badSegmentation: [BadInput] = [
        BadInput(
            yaml: required + "segmentation: rules.srx\n", line: 4, column: 15,
            message: "'segmentation' must be a mapping"),
        BadInput(
            yaml: required + "segmentation:\n  rule: rules.srx\n", line: 5, column: 3,
            message: "unknown setting 'segmentation.rule'"),
        BadInput(
            yaml: required + "segmentation:\n  rules: [a.srx]\n", line: 5, column: 10,
            message: "'rules' must be a string"),
        BadInput(
            yaml: required + "segmentation:\n  abbreviations: [Éd.]\n", line: 5, column: 18,
            message: "'abbreviations' must be a mapping of locale to list"),
        BadInput(
            yaml: required + "segmentation:\n  abbreviations:\n    fr: Éd.\n", line: 6, column: 9,
            message: "'abbreviations' must be a list"),
        BadInput(
            yaml: required + "segmentation:\n  abbreviations:\n    fr: [[Éd.]]\n", line: 6, column: 10,
            message: "'abbreviations' must be a string"),
        BadInput(
            yaml: required + "segmentation:\n  abbreviations:\n    fr_FR: [Éd.]\n", line: 6, column: 5,
            message: "malformed locale 'fr_FR' (not a BCP 47 tag)"),
        BadInput(
            yaml: required + "segmentation:\n  rules: a.srx\n  rules: b.srx\n", line: 5, column: 3,
            message: "invalid YAML: duplicate key rules"),
    ]

    static let badChecks: [BadInput] = [
        BadInput(yaml: required + "checks: [length]\n", line: 4, column: 9, message: "'checks' must be a mapping"),
        BadInput(
            yaml: required + "checks:\n  disabled: [length]\n", line: 5, column: 3,
            message: "unknown setting 'checks.disabled'"),
        BadInput(
            yaml: required + "checks:\n  disable: length\n", line: 5, column: 12,
            message: "'disable' must be a list of check ids"),
        BadInput(
            yaml: required + "checks:\n  disable: [length, lenght]\n", line: 5, column: 21,
            message: "unknown check 'lenght'"),
        BadInput(
            yaml: required + "checks:\n  disable: [[length]]\n", line: 5, column: 13,
            message: "'check' must be a string"),
        BadInput(
            yaml: required + "checks:\n  severity: [length]\n", line: 5, column: 13,
            message: "'severity' must be a mapping of check id to severity"),
        BadInput(
            yaml: required + "checks:\n  severity: {lenght: info}\n", line: 5, column: 14,
            message: "unknown check 'lenght'"),
        BadInput(
            yaml: required + "checks:\n  severity: {length: fatal}\n", line: 5, column: 22,
            message: "'length' must be error, warning or info"),
        BadInput(
            yaml: required + "checks:\n  locales: [es]\n", line: 5, column: 12,
            message: "'locales' must be a mapping of locale to settings"),
        BadInput(
            yaml: required + "checks:\n  locales:\n    e_s: {quotes: angle}\n", line: 6, column: 5,
            message: "malformed locale 'e_s' (not a BCP 47 tag)"),
        BadInput(
            yaml: required + "checks:\n  locales:\n    pt-br: angle\n", line: 6, column: 12,
            message: "'pt-BR' must be a mapping"),
        BadInput(
            yaml: required + "checks:\n  locales:\n    pt-br: {quote: angle}\n", line: 6, column: 13,
            message: "unknown setting 'checks.locales.pt-BR.quote'"),
        BadInput(
            yaml: required + "checks:\n  locales:\n    es: {quotes: square}\n", line: 6, column: 18,
            message: "'quotes' must be angle, curly or low"),
        BadInput(
            yaml: required + "checks:\n  locales:\n    de: {length: 1.5}\n", line: 6, column: 18,
            message: "'length' must be a list"),
        BadInput(
            yaml: required + "checks:\n  locales:\n    de: {length: [1.8, 0.9]}\n", line: 6, column: 18,
            message: "'length' must be two numbers [low, high]"),
        BadInput(
            yaml: required + "checks:\n  locales:\n    de: {length: [0.9]}\n", line: 6, column: 18,
            message: "'length' must be two numbers [low, high]"),
        BadInput(
            yaml: required + "checks:\n  locales:\n    de: {length: [a, 0.9, 1.8]}\n", line: 6, column: 18,
            message: "'length' must be two numbers [low, high]"),
        BadInput(
            yaml: required + "checks:\n  disable: [length]\n  disable: [numbers]\n", line: 5, column: 3,
            message: "invalid YAML: duplicate key disable"),
    ]

    static let badEditions: [BadInput] = [
        BadInput(
            yaml: required + "editions:\n  original: [a]\n", line: 5, column: 13,
            message: "'original' must be a string"),
        BadInput(
            yaml: required + "editions:\n  license: {a: b}\n", line: 5, column: 12,
            message: "'license' must be a string"),
        BadInput(
            yaml: required + "editions:\n  ? [author]\n  : X\n", line: 5, column: 5,
            message: "'key' must be a string"),
        BadInput(
            yaml: required + "editions:\n  author: A\n  author: B\n", line: 5, column: 3,
            message: "invalid YAML: duplicate key author"),
    ]

    @Test(arguments: badInputs + badTopLevel + badLocales + badDocuments + badSegmentation + badChecks + badEditions)
    func badSettingsNameTheirLineAndColumn(_ input: BadInput) {
        do {
            _ = try ProjectConfig(yaml: input.yaml, file: "passeur.yaml")
            Issue.record("expected an error")
        } catch let error as any LocatedError {
            #expect(
                error.location
                    == PasseurKit.SourceLocation(file: "passeur.yaml", line: input.line, column: input.column))
            #expect(error.message == input.message)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func checkSettingsOfAConfigFileRefuseAMisspeltSettingButReadAPasseurYAML() throws {
        let project = "source-locale: fr\ntarget-locales: [en]\ndocuments: [a.md]\nchecks:\n  disable: [length]\n"
        let settings = try ProjectConfig.checkSettings(yaml: project, file: "passeur.yaml")
        #expect(settings.disabledChecks == ["length"])
        let cases: [(yaml: String, file: String, at: (Int, Int), message: String, hint: String?)] = [
            (
                "chekcs:\n  disable: [length]\n", "qa/checks.yaml", (1, 1), "unknown setting 'chekcs'",
                "known settings: name, source-locale, target-locales, documents, glossary, segmentation, checks, editions"
            ),
            ("# nothing yet\n", "qa/checks.yaml", (1, 1), "'checks.yaml' must be a mapping of settings", nil),
            (
                "checks:\n  disable: [placeholder]\n", "qa/checks.yaml", (2, 13), "unknown check 'placeholder'",
                "did you mean 'placeholders'? passeur check --list shows the check ids"
            ),
        ]
        for (yaml, file, at, message, hint) in cases {
            #expect {
                try ProjectConfig.checkSettings(yaml: yaml, file: file)
            } throws: { error in
                guard let error = error as? ProjectConfig.Error else { return false }
                return error.location == PasseurKit.SourceLocation(file: file, line: at.0, column: at.1)
                    && error.message == message && (hint.map { error.hint == $0 } ?? true)
            }
        }
    }

    @Test(arguments: ["fr", "en", "de", "es", "pt-BR", "pt-br", "zh-Hant-TW", "sr-Latn", "de-CH-1996"])
    func wellFormedLocalesAreAccepted(_ tag: String) throws {
        let locale = try LocaleTag(tag, at: PasseurKit.SourceLocation(file: "t", line: 1, column: 1))
        #expect(locale.identifier.lowercased() == tag.lowercased())
    }

    @Test func localeSpellingsForOtherSystems() {
        let brazil = Fixtures.locale("pt-br")
        #expect(brazil.identifier == "pt-BR")
        #expect(brazil.gettextName == "pt_BR")
        #expect(PluralForms.header(for: brazil) == "nplurals=2; plural=(n > 1);")
        #expect(PluralForms.header(for: Fixtures.locale("de")) == "nplurals=2; plural=(n != 1);")
    }

    @Test(arguments: ["", "f", "pt_BR", "english", "fr-", "12", "zz"])
    func malformedOrUnknownLocalesAreRefused(_ tag: String) {
        #expect(throws: LocaleTag.Error.self) {
            try LocaleTag(tag, at: PasseurKit.SourceLocation(file: "t", line: 1, column: 1))
        }
    }
}
