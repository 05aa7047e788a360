import Testing

@testable import PasseurKit

/// How the settings read from `passeur.yaml`; what the checks do with them is in
/// `TypographyCheckTests` and `LengthCheckTests`.
@Suite struct LocaleCheckSettingsTests {
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
