import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `CheckRunner` on catalogs given as values: scheduling, slicing, suppressions, severities.
@Suite struct CheckRunnerTests {
    let locales = ["en", "de", "es"].map(Fixtures.locale)

    func settings(
        disabled: Set<String> = [], severities: [String: Severity] = [:],
        localeSettings: [String: LocaleCheckSettings] = [:]
    ) -> CheckRunner.Settings {
        CheckRunner.Settings(
            sourceLocale: Fixtures.locale("fr"), disabledChecks: disabled, severities: severities,
            localeSettings: localeSettings)
    }

    /// A unit at line `line` of `file`.
    func unit(
        _ source: String, _ target: String, file: String, line: Int, state: TranslationUnit.State = .translated,
        comments: [String] = [], flags: [String] = []
    ) -> TranslationUnit {
        TranslationUnit(
            source: source, targets: [target], state: state, translatorComments: comments, flags: flags,
            location: PasseurKit.SourceLocation(file: file, line: line, column: 1))
    }

    /// One document's catalogs in `locales`, each unit built by `make(locale, index)`.
    func document(
        _ name: String, count: Int, locales: [LocaleTag],
        make: (LocaleTag, Int, String) -> TranslationUnit
    ) -> CheckRunner.DocumentCatalogs {
        CheckRunner.DocumentCatalogs(
            document: name,
            catalogs: locales.map { locale in
                let path = "Locales/\(locale.identifier)/\(name).po"
                return (locale, path, Catalog(units: (0..<count).map { make(locale, $0, path) }))
            })
    }

    /// `count` segments in three locales; every 100th English target has a wrong number.
    func numbered(_ name: String, count: Int) -> CheckRunner.DocumentCatalogs {
        document(name, count: count, locales: locales) { locale, i, path in
            let number = locale.identifier == "en" && i % 100 == 7 ? i + 1 : i
            return unit(
                "Le bloc numéro \(i) est *miné*.", "\(locale.identifier.uppercased()): block \(number) is *mined*.",
                file: path, line: 10 + 4 * i)
        }
    }

    @Test func aLargeDocumentInSlicesGivesWhatOneSliceGives() throws {
        let checks: [any Check.Type] = [NumbersCheck.self, MarkupCheck.self, CrossLocaleNumbersCheck.self]
        let documents = [numbered("big", count: 5_000)]
        var runner = CheckRunner(settings: settings(), glossary: nil, checks: checks)
        runner.sliceCount = 3
        let sliced = try runner.run(documents, locales: locales)
        runner.minimumSegmentsToSlice = .max
        let whole = try runner.run(documents, locales: locales)
        #expect(sliced == whole)
        // Each planted error: a number changed (numbers), and the number every other locale
        // carries (cross-locale-numbers).
        #expect(sliced.filter { $0.checkID == "numbers" }.count == 50)
        #expect(sliced.filter { $0.checkID == "cross-locale-numbers" }.count == 50)
        #expect(sliced.allSatisfy { $0.locale == "en" })
        #expect(sliced.map(\.location.line) == sliced.map(\.location.line).sorted())
        // The first and the last planted errors, whichever slice they fall in.
        #expect(sliced.contains { $0.message == "number 7 of the source is missing; the translation has 8" })
        #expect(sliced.contains { $0.message == "number 4907 of the source is missing; the translation has 4908" })
        #expect(try runner.run(documents, locales: locales) == whole)
    }

    @Test func documentsAndLocalesAreCheckedAndSortedByFileAndLine() throws {
        let documents = [numbered("b", count: 300), numbered("a", count: 120)]
        let runner = CheckRunner(settings: settings(), glossary: nil, checks: [NumbersCheck.self])
        let findings = try runner.run(documents, locales: locales)
        #expect(Set(findings.map(\.location.file)) == ["Locales/en/a.po", "Locales/en/b.po"])
        #expect(findings.filter { $0.location.file == "Locales/en/a.po" }.count == 2)
        #expect(findings.filter { $0.location.file == "Locales/en/b.po" }.count == 3)
        let keys = findings.map { "\($0.location.file):\(10_000 + $0.location.line)" }
        #expect(keys == keys.sorted())
    }

    @Test func aSegmentMissingFromOneLocaleIsSeenByTheCrossLocaleChecks() throws {
        let document = document("d", count: 3, locales: locales) { locale, i, path in
            let translated = !(locale.identifier == "es" && i == 1)
            return unit(
                "Phrase \(i).", translated ? "Sentence \(i)." : "", file: path, line: 5 + i,
                state: translated ? .translated : .new)
        }
        let runner = CheckRunner(settings: settings(), glossary: nil, checks: [CrossLocaleMissingCheck.self])
        let findings = try runner.run([document], locales: locales)
        #expect(findings.map(\.locale) == ["es"])
        #expect(findings.map(\.location) == [PasseurKit.SourceLocation(file: "Locales/es/d.po", line: 6, column: 1)])
        #expect(findings.first?.message == "translated in en, de but not here")
    }

    @Test func aSuppressionSkipsItsCheckAndWithoutAReasonIsAWarning() throws {
        let en = Fixtures.locale("en")
        let path = "Locales/en/d.po"
        let units = [
            unit("Il a 21 ans.", "He is 22.", file: path, line: 3, flags: ["passeur-ignore:numbers"]),
            unit(
                "Il a 30 ans.", "He is 31.", file: path, line: 7, comments: ["the source is wrong"],
                flags: ["passeur-ignore:numbers"]),
            unit("Il a 40 ans.", "He is 41.", file: path, line: 11),
        ]
        let documents = [CheckRunner.DocumentCatalogs(document: "d.md", catalogs: [(en, path, Catalog(units: units))])]
        let runner = CheckRunner(settings: settings(), glossary: nil, checks: [NumbersCheck.self])
        let findings = try runner.run(documents, locales: [en])
        #expect(findings.map(\.checkID) == [CheckRunner.suppressionCheckID, "numbers"])
        #expect(findings.map(\.location.line) == [3, 11])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message == "passeur-ignore:numbers has no translator comment saying why")
    }

    @Test func aSuppressionOfNoCheckIsAWarningAtItsCommentWithTheClosestID() throws {
        let en = Fixtures.locale("en")
        let path = "Locales/en/d.po"
        var misspelt = unit(
            "Il a 21 ans.", "He is 22.", file: path, line: 5, comments: ["the source is wrong"],
            flags: ["passeur-ignore:numbrs"])
        misspelt.suppressionLine = 3
        let units = [
            misspelt,
            unit("Il a 30 ans.", "He is 30.", file: path, line: 9, flags: ["passeur-ignore:frobnicate"]),
        ]
        let documents = [CheckRunner.DocumentCatalogs(document: "d.md", catalogs: [(en, path, Catalog(units: units))])]
        let runner = CheckRunner(settings: settings(), glossary: nil, checks: [NumbersCheck.self])
        let findings = try runner.run(documents, locales: [en])
        // The misspelt id silences nothing: numbers still reports the unit.
        #expect(findings.map(\.checkID) == ["suppression", "numbers", "suppression"])
        #expect(findings.map(\.location.line) == [3, 5, 9])
        #expect(
            findings.first?.message
                == "passeur-ignore:numbrs names no check, so it silences nothing; did you mean passeur-ignore:numbers?")
        #expect(findings.last?.message == "passeur-ignore:frobnicate names no check, so it silences nothing")
    }

    @Test func aSuppressionIsReadWithTheLineOfItsComment() throws {
        let po =
            "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\n# checked\n#, c-format, passeur-ignore:numbrs\nmsgid \"a\"\nmsgstr \"b\"\n"
        let catalog = Catalog(try POReader.read(Array(po.utf8), file: "en.po"))
        #expect(catalog.units.first?.suppressionLine == 6)
        #expect(CheckRegistry.closestID(to: "placeholder") == "placeholders")
        #expect(CheckRegistry.closestID(to: "frobnicate") == nil)
    }

    @Test func severitiesAreOverriddenAndDisabledChecksDoNotRun() throws {
        let en = Fixtures.locale("en")
        let path = "Locales/en/d.po"
        let units = [
            unit("Il a 21 ans.", "He is 22.", file: path, line: 3, flags: ["passeur-ignore:markup"]),
            unit("Il a *vingt* ans.", "He is twenty  years old.", file: path, line: 7),
        ]
        let documents = [CheckRunner.DocumentCatalogs(document: "d.md", catalogs: [(en, path, Catalog(units: units))])]
        let runner = CheckRunner(
            settings: settings(disabled: ["markup"], severities: ["numbers": .info, "suppression": .error]),
            glossary: nil, checks: [NumbersCheck.self, MarkupCheck.self, WhitespaceCheck.self])
        let findings = try runner.run(documents, locales: [en])
        // 21 → 22: a number changed; the markup check is off.
        #expect(findings.map(\.checkID) == ["numbers", "suppression", "whitespace"])
        #expect(findings.map(\.severity) == [.info, .error, .warning])
    }

    @Test func catalogChecksSeeEveryDocumentOfALocale() throws {
        let en = Fixtures.locale("en")
        let first = unit("Le désespoir est double.", "The despair is twofold.", file: "Locales/en/a.po", line: 3)
        let second = unit("Le désespoir est double.", "Despair is double.", file: "Locales/en/b.po", line: 9)
        let suppressed = unit(
            "Le désespoir est double.", "Double despair.", file: "Locales/en/b.po", line: 13, comments: ["on purpose"],
            flags: ["passeur-ignore:inconsistent-translation"])
        let documents = [
            CheckRunner.DocumentCatalogs(
                document: "a.md", catalogs: [(en, "Locales/en/a.po", Catalog(units: [first]))]),
            CheckRunner.DocumentCatalogs(
                document: "b.md", catalogs: [(en, "Locales/en/b.po", Catalog(units: [second, suppressed]))]),
        ]
        let runner = CheckRunner(settings: settings(), glossary: nil, checks: [InconsistentTranslationCheck.self])
        let findings = try runner.run(documents, locales: [en])
        #expect(findings.map(\.location) == [PasseurKit.SourceLocation(file: "Locales/en/b.po", line: 9, column: 1)])
        #expect(
            findings.first?.message
                == "translated differently elsewhere (Locales/en/a.po:3): « The despair is twofold. »")
    }

    @Test func findingsAreSortedByFileLineColumnCheckAndMessage() {
        var findings: [Finding] = []
        for file in ["b.po", "a.po"] {
            for line in [9, 3] {
                for column in [2, 1] {
                    for check in ["numbers", "markup"] {
                        for message in ["z", "a"] {
                            findings.append(
                                Finding(
                                    checkID: check, severity: .warning, locale: "en",
                                    location: PasseurKit.SourceLocation(file: file, line: line, column: column),
                                    source: "", message: message))
                        }
                    }
                }
            }
        }
        let expected = findings.sorted {
            ($0.location.file, $0.location.line, $0.location.column, $0.checkID, $0.message)
                < ($1.location.file, $1.location.line, $1.location.column, $1.checkID, $1.message)
        }
        #expect(CheckRunner.sortedByLocation(Array(findings.reversed())) == expected)
        #expect(CheckRunner.sortedByLocation(findings) == expected)
    }

    @Test func theSourceRunChecksTypographyQuotesAndDoubledSpaces() throws {
        let segments: [(text: String, location: PasseurKit.SourceLocation)] = [
            ("Bonjour  le monde.", PasseurKit.SourceLocation(file: "a.md", line: 3, column: 1)),
            ("Il dit « oui.", PasseurKit.SourceLocation(file: "a.md", line: 1, column: 1)),
            ("Une ligne  \nqui continue.", PasseurKit.SourceLocation(file: "a.md", line: 5, column: 1)),
            ("Vraiment?", PasseurKit.SourceLocation(file: "a.md", line: 7, column: 1)),
        ]
        let runner = CheckRunner(settings: settings(disabled: ["spelling"]), glossary: nil)
        let findings = try runner.runOnSource(segments)
        #expect(findings.map(\.location.line) == [1, 1, 3, 7])
        #expect(findings.map(\.checkID) == ["quotes", "typography", "whitespace", "typography"])
        #expect(findings[2].message == "doubled space")
        #expect(findings[2].targetRange == nil)
        // Disabled checks do not run on the source, the doubled-space rule of `whitespace` included.
        let quiet = CheckRunner(
            settings: settings(disabled: ["spelling", "typography", "quotes", "whitespace"]), glossary: nil)
        #expect(try quiet.runOnSource(segments).isEmpty)
        let spacesOnly = CheckRunner(settings: settings(disabled: ["spelling", "typography", "quotes"]), glossary: nil)
        #expect(try spacesOnly.runOnSource(segments).map(\.checkID) == ["whitespace"])
        let severe = CheckRunner(
            settings: settings(disabled: ["spelling"], severities: ["whitespace": .error]), glossary: nil)
        #expect(try severe.runOnSource(segments).filter { $0.checkID == "whitespace" }.map(\.severity) == [.error])
    }
}
