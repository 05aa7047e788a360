import PasseurKit
import PasseurTestSupport
import Testing

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

    @Test(arguments: badInputs)
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
