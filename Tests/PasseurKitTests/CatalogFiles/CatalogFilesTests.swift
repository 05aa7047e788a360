import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// Catalogs checked on their own, outside a project: languages, domains, groups, refusals.
@Suite struct CatalogFilesTests {
    /// A PO file of GNU grep's messages (as its translators wrote them) in `language`.
    static func po(language: String?, _ pairs: [(String, String)]) -> String {
        var text = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        if let language { text += "\"Language: \(language)\\n\"\n" }
        for (source, target) in pairs {
            text += "\n" + (source.contains("%") ? "#, c-format\n" : "")
            text += "msgid \"\(source)\"\nmsgstr \"\(target)\"\n"
        }
        return text
    }

    static let grep: [String: [(String, String)]] = [
        "fr": [
            ("Usage: %s [OPTION]... PATTERNS [FILE]...\\n", "Utilisation : %s [OPTION]... MOTIFS [FICHIER]...\\n"),
            ("Report bugs to: %s\\n", "Signaler les bogues à : %s\\n"),
            ("invalid max count", "nombre maximal non valable"),
            ("exceeded PCRE's line length limit", "limite de longueur de ligne de PCRE dépassée"),
        ],
        "de": [
            ("Usage: %s [OPTION]... PATTERNS [FILE]...\\n", "Aufruf: %s [OPTION]... MUSTER [DATEI]...\\n"),
            ("Report bugs to: %s\\n", "Melden Sie Fehler an: %s\\n"),
            ("invalid max count", "Ungültige Höchstanzahl"),
            ("exceeded PCRE's line length limit", "Zeilenlängenbeschränkung von PCRE überschritten"),
        ],
        "es": [
            ("Usage: %s [OPTION]... PATTERNS [FILE]...\\n", "Modo de empleo: %s [OPCIÓN]... PATRONES [FICHERO]...\\n"),
            // Planted: the placeholder every other language keeps is dropped.
            ("Report bugs to: %s\\n", "Informe de los errores a la lista.\\n"),
            ("invalid max count", "número máximo inválido"),
            ("exceeded PCRE's line length limit", "excedido el límite de longitud de línea de PCRE"),
        ],
    ]

    func folder(_ files: [String: String]) throws -> String {
        let root = try Fixtures.temporaryFolder()
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try TextFile.writeAtomically(text, to: full)
        }
        return root
    }

    @Test(arguments: [
        ("fr", "fr"), ("pt_BR", "pt-BR"), ("sr@latin", "sr-Latn"), ("ca@valencia", "ca-valencia"),
        ("de_DE.UTF-8", "de-DE"), ("en@quot", "en"), ("pt-BR", "pt-BR"), ("zh_TW", "zh-TW"),
    ])
    func gettextLanguageNames(name: String, tag: String) {
        #expect(LocaleTag(gettextName: name)?.identifier == tag)
    }

    @Test(arguments: ["", "po", "LC_MESSAGES", "messages", "fr_", "@latin"])
    func namesThatAreNoLanguage(name: String) {
        #expect(LocaleTag(gettextName: name) == nil)
    }

    @Test func languagesAndDomainsComeFromHeadersAndPaths() throws {
        let root = try folder([
            "po/fr.po": Self.po(language: "fr", Self.grep["fr"] ?? []),
            "locale/de/LC_MESSAGES/grep.po": Self.po(language: nil, Self.grep["de"] ?? []),
            "es/grep.po": Self.po(language: nil, Self.grep["es"] ?? []),
            "messages.pt_BR.po": Self.po(language: nil, []),
        ])
        let files = try CatalogFiles.read([root], sourceLocale: nil, locale: nil).files
        let byPath = Dictionary(uniqueKeysWithValues: files.map { (String($0.path.dropFirst(root.count + 1)), $0) })
        #expect(
            byPath.keys.sorted() == ["es/grep.po", "locale/de/LC_MESSAGES/grep.po", "messages.pt_BR.po", "po/fr.po"])
        #expect(byPath["po/fr.po"]?.locale.identifier == "fr")
        #expect(byPath["po/fr.po"]?.domain == root + "/po")
        #expect(byPath["locale/de/LC_MESSAGES/grep.po"]?.locale.identifier == "de")
        #expect(byPath["locale/de/LC_MESSAGES/grep.po"]?.domain == "grep")
        #expect(byPath["es/grep.po"]?.locale.identifier == "es")
        #expect(byPath["messages.pt_BR.po"]?.locale.identifier == "pt-BR")
        #expect(byPath["messages.pt_BR.po"]?.domain == "messages")
        #expect(files.allSatisfy { $0.sourceLocale.identifier == "en" && $0.markup == .plain })
    }

    @Test func aFolderGivenAsASymbolicLinkIsWalked() throws {
        let root = try folder(["real/po/fr.po": Self.po(language: "fr", Self.grep["fr"] ?? [])])
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        try FileManager.default.createSymbolicLink(atPath: root + "/relative", withDestinationPath: "real")
        for link in ["link", "relative"] {
            let files = try CatalogFiles.read([root + "/" + link], sourceLocale: nil, locale: nil).files
            #expect(files.map(\.path) == [root + "/\(link)/po/fr.po"])
            #expect(files.first?.locale.identifier == "fr")
        }
    }

    @Test func linkedFoldersInsideAreWalkedOnceAndFilesNamedTwiceReadOnce() throws {
        let root = try folder([
            "real/po/fr.po": Self.po(language: "fr", Self.grep["fr"] ?? []),
            "tree/de.po": Self.po(language: "de", Self.grep["de"] ?? []),
        ])
        // A package's tree links its catalogs, and a link leads back up the tree.
        try FileManager.default.createSymbolicLink(atPath: root + "/tree/fr", withDestinationPath: "../real")
        try FileManager.default.createSymbolicLink(atPath: root + "/tree/loop", withDestinationPath: root + "/tree")
        try FileManager.default.createSymbolicLink(atPath: root + "/tree/gone", withDestinationPath: "nowhere")
        let files = try CatalogFiles.read([root + "/tree"], sourceLocale: nil, locale: nil).files
        #expect(files.map(\.path) == [root + "/tree/de.po", root + "/tree/fr/po/fr.po"])
        let twice = try CatalogFiles.read(
            [root + "/tree", root + "/tree/de.po", root + "/tree/./de.po", root + "/real/po/fr.po"], sourceLocale: nil,
            locale: nil
        ).files
        #expect(twice.map(\.path) == [root + "/tree/de.po", root + "/tree/fr/po/fr.po"])
    }

    @Test func givenLanguagesReplaceDeclaredOnes() throws {
        let root = try folder(["a.po": Self.po(language: "fr", Self.grep["fr"] ?? [])])
        let file = try #require(
            try CatalogFiles.read(
                [root + "/a.po"], sourceLocale: Fixtures.locale("de"), locale: Fixtures.locale("fr-CA")
            ).files.first)
        #expect(file.locale.identifier == "fr-CA")
        #expect(file.sourceLocale.identifier == "de")
    }

    @Test func filesOfOneDomainAreCheckedAcrossLanguages() throws {
        let root = try folder(
            Dictionary(uniqueKeysWithValues: Self.grep.map { ("po/\($0.key).po", Self.po(language: $0.key, $0.value)) })
        )
        let files = try CatalogFiles.read([root + "/po"], sourceLocale: nil, locale: nil)
        #expect(files.groups.count == 1)
        #expect(files.groups.first?.documents.count == 1)
        #expect(files.groups.first?.locales.map(\.identifier) == ["de", "es", "fr"])
        let findings = try files.check(
            settings: .init(sourceLocale: Fixtures.locale("en")), glossary: nil,
            checks: [PlaceholdersCheck.self, CrossLocaleMissingCheck.self, CrossLocalePlaceholdersCheck.self])
        let spanish = findings.filter { $0.location.file.hasSuffix("es.po") }
        #expect(spanish.contains { $0.checkID == "placeholders" && $0.location.line == 12 }, "\(findings)")
        #expect(
            spanish.contains {
                $0.checkID == "cross-locale-placeholders" && $0.location.line == 12
                    && $0.message == "placeholder %s is in every other translation but not here"
            })
        #expect(findings.allSatisfy { $0.location.file.hasSuffix("es.po") }, "\(findings)")
    }

    @Test func oneLanguageIsConsistentAcrossFiles() throws {
        let root = try folder([
            "fr/grep.po": Self.po(language: "fr", [("invalid max count", "nombre maximal non valable")]),
            "fr/sed.po": Self.po(language: "fr", [("invalid max count", "compte maximal invalide")]),
        ])
        let files = try CatalogFiles.read([root], sourceLocale: nil, locale: nil)
        #expect(files.groups.first?.documents.map(\.document) == ["grep", "sed"])
        let findings = try files.check(
            settings: .init(sourceLocale: Fixtures.locale("en")), glossary: nil,
            checks: [InconsistentTranslationCheck.self])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.location.file == root + "/fr/sed.po")
        #expect(finding.message.contains("fr/grep.po:7"))
    }

    @Test func twoFilesOfOneDomainAndLanguageGoToTwoDocuments() throws {
        let root = try folder([
            "a/fr/grep.po": Self.po(language: "fr", Self.grep["fr"] ?? []),
            "b/fr/grep.po": Self.po(language: "fr", Self.grep["fr"] ?? []),
        ])
        let files = try CatalogFiles.read([root], sourceLocale: nil, locale: nil)
        #expect(files.groups.first?.documents.map(\.catalogs.count) == [1, 1])
    }

    @Test func softwareMessagesAreNotMarkdown() throws {
        let root = try folder([
            "fr.po": Self.po(language: "fr", [("Match *.txt and *.md files", "Fichiers *.txt et *.md")])
        ])
        let findings = try CatalogFiles.read([root + "/fr.po"], sourceLocale: nil, locale: nil)
            .check(settings: .init(sourceLocale: Fixtures.locale("en")), glossary: nil, checks: [MarkupCheck.self])
        #expect(findings.isEmpty)
        #expect(TextAnalysis("Match *.txt and *.md", markup: .plain).readerText == "Match *.txt and *.md")
        #expect(TextAnalysis("Match *.txt and *.md", markup: .markdown).readerText == "Match .txt and .md")
    }

    @Test func aNumberAnotherLanguageLeavesOutTooIsNotReported() throws {
        // gnucash's Brazilian Portuguese and German leave out the 12-hour clock; Spanish keeps it
        // (written); gnome-control-center's Spanish makes « Button 3 » « Botón 1 ».
        let clock = "Use a 24 hour (instead of a 12 hour) time format."
        let button = "Button 3"
        let root = try folder([
            "po/pt_BR.po": Self.po(
                language: "pt_BR", [(clock, "Utilize um formato de tempo com 24 horas."), (button, "Botão 3")]),
            "po/de.po": Self.po(language: "de", [(clock, "24-Stunden-Zeitformat verwenden."), (button, "Taste 3")]),
            "po/es.po": Self.po(
                language: "es", [(clock, "Usar el formato de 24 horas (en lugar de 12 horas)."), (button, "Botón 1")]),
        ])
        let findings = try CatalogFiles.read([root + "/po"], sourceLocale: nil, locale: nil)
            .check(settings: .init(sourceLocale: Fixtures.locale("en")), glossary: nil, checks: [NumbersCheck.self])
        #expect(findings.map(\.locale) == ["es"])
        #expect(findings.map(\.message) == ["number 3 of the source is missing; the translation has 1"])
        // Alone, each catalog's dropped number is reported.
        let alone = try CatalogFiles.read([root + "/po/de.po"], sourceLocale: nil, locale: nil)
            .check(settings: .init(sourceLocale: Fixtures.locale("en")), glossary: nil, checks: [NumbersCheck.self])
        #expect(alone.map(\.message) == ["number 12 of the source is missing"])
    }

    @Test func inlineCodesOfAnXLIFF12FileAreTagsTheChecksCompare() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="en" target-language="de" datatype="plaintext" original="messages">
                <body>
                  <trans-unit id="bold">
                    <source>Click <g id="1">Save</g> to continue.</source>
                    <target>Klicken Sie auf <g id="1">Speichern</g>, um fortzufahren.</target>
                  </trans-unit>
                  <trans-unit id="ph">
                    <source>Hello <x id="name"/>, welcome back!</source>
                    <target>Willkommen zurück!</target>
                  </trans-unit>
                </body>
              </file>
            </xliff>
            """
        let root = try folder(["messages.de.xlf": xliff])
        let files = try CatalogFiles.read([root + "/messages.de.xlf"], sourceLocale: nil, locale: nil)
        let units = try #require(files.files.first).catalog.units
        #expect(
            units.map(\.source) == ["Click <g id=\"1\">Save</g> to continue.", "Hello <x id=\"name\"/>, welcome back!"])
        let findings = try files.check(
            settings: .init(sourceLocale: Fixtures.locale("en")), glossary: nil, checks: [XMLTagsCheck.self])
        #expect(findings.map(\.message) == ["tag <x id=\"name\"/> of the source is missing"])
        // At the translation's line, not the unit's.
        #expect(findings.map(\.location.line) == [11])
    }

    @Test func anXLIFFFileDeclaresItsLanguages() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
              <file id="f1">
                <unit id="u1"><segment state="translated">
                  <source>Report bugs to: %s</source><target>Melden Sie Fehler an: %s</target>
                </segment></unit>
              </file>
            </xliff>
            """
        let root = try folder(["strings.de.xlf": xliff])
        let file = try #require(try CatalogFiles.read([root], sourceLocale: nil, locale: nil).files.first)
        #expect(file.locale.identifier == "de")
        #expect(file.domain == "strings")
        #expect(file.catalog.units.map(\.target) == ["Melden Sie Fehler an: %s"])
        // Located at the target, where checks point.
        #expect(file.catalog.units.first?.location?.line == 5)
    }

    @Test func refusals() throws {
        let root = try folder([
            "nolanguage.po": Self.po(language: nil, []),
            "bad.po": Self.po(language: "français", []),
            "notes.txt": "Le service client Bitcoin\n",
            "empty/.keep": "",
        ])
        func error(_ path: String, locale: LocaleTag? = nil) -> CatalogFiles.Error? {
            do {
                _ = try CatalogFiles.read([root + "/" + path], sourceLocale: nil, locale: locale)
                return nil
            } catch {
                return error as? CatalogFiles.Error
            }
        }
        #expect(error("missing.po") == .missingPath(root + "/missing.po"))
        #expect(error("empty") == .noCatalog(folder: root + "/empty"))
        #expect(error("notes.txt") == .notACatalog(root + "/notes.txt"))
        #expect(error("nolanguage.po") == .noLanguage(root + "/nolanguage.po", xliff: false))
        #expect(error("nolanguage.po", locale: Fixtures.locale("fr")) == nil)
        #expect(
            error("bad.po")
                == .invalidLanguage("français", at: SourceLocation(file: root + "/bad.po", line: 4, column: 12)))
        #expect(error("empty")?.description.hasPrefix(root + "/empty:1:1: error: no catalog in this folder") == true)
    }

    @Test func filesThatAreNoCatalogToCheckAreRefusedWithAdviceForFiles() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2"><file source-language="en" datatype="plaintext" original="grep">
            <body><trans-unit id="1"><source>invalid max count</source><target>nombre maximal non valable</target>
            </trans-unit></body></file></xliff>
            """
        let root = try folder([
            "grep.pot": Self.po(language: nil, [("invalid max count", "")]),
            "empty.po": "\n",
            "fr.XLF": Self.po(language: "fr", Self.grep["fr"] ?? []),
            "grep.tmx.xlf": "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header/><body/></tmx>\n",
            "grep.xlf": xliff,
            "de.po": Self.po(language: "de", Self.grep["de"] ?? []),
            "source.po": "msgid \"\"\nmsgstr \"\"\n\"X-Source-Language: en\\n\"\n\"Language: fr\\n\"\n",
        ])
        func error(_ path: String, source: String? = nil, locale: String? = nil) -> CatalogFiles.Error? {
            do {
                _ = try CatalogFiles.read(
                    [root + "/" + path], sourceLocale: source.map(Fixtures.locale), locale: locale.map(Fixtures.locale))
                return nil
            } catch {
                return error as? CatalogFiles.Error
            }
        }
        #expect(error("grep.pot") == .template(root + "/grep.pot"))
        #expect(error("empty.po") == .emptyFile(root + "/empty.po"))
        #expect(error("fr.XLF") == .notXLIFF(root + "/fr.XLF", isPO: true))
        #expect(error("grep.tmx.xlf") == .notXLIFF(root + "/grep.tmx.xlf", isPO: false))
        #expect(error("grep.xlf") == .noLanguage(root + "/grep.xlf", xliff: true))
        #expect(
            error("grep.xlf")?.hint
                == "add trgLang (XLIFF 2) or target-language (XLIFF 1.2) to the file, or pass --locale")
        // A target in the source's language: the declared language that the given one contradicts.
        #expect(
            error("de.po", source: "de")
                == .targetIsSource("de", at: SourceLocation(file: root + "/de.po", line: 4, column: 12)))
        #expect(
            error("source.po", locale: "en")
                == .targetIsSource("en", at: SourceLocation(file: root + "/source.po", line: 3, column: 21)))
        #expect(CatalogFiles.Error.noCatalog(folder: "po").message.contains(".pot templates skipped"))
    }

    @Test func gettextsGeneratedEnglishCatalogsAreSkippedInAFolder() throws {
        let root = try folder([
            "po/de.po": Self.po(language: "de", Self.grep["de"] ?? []),
            "po/en@quot.po": Self.po(language: "en@quot", [("invalid max count", "invalid max count")]),
            "po/en@boldquot.po": Self.po(language: "en@boldquot", [("invalid max count", "invalid max count")]),
        ])
        let files = try CatalogFiles.read([root + "/po"], sourceLocale: nil, locale: nil)
        #expect(files.files.map(\.path) == [root + "/po/de.po"])
    }

    @Test func aGivenLocaleThatReplacesADeclaredOneIsAWarningAtTheHeader() throws {
        let root = try folder(["po/fr.po": Self.po(language: "fr", Self.grep["fr"] ?? [])])
        let files = try CatalogFiles.read([root + "/po/fr.po"], sourceLocale: nil, locale: Fixtures.locale("fr-CA"))
        #expect(files.files.first?.locale == Fixtures.locale("fr-CA"))
        #expect(
            files.warnings.map(\.description) == [
                root + "/po/fr.po:4:12: warning: --locale fr-CA replaces the language the file declares, 'fr'"
            ])
        let same = try CatalogFiles.read([root + "/po/fr.po"], sourceLocale: nil, locale: Fixtures.locale("fr"))
        #expect(same.warnings.isEmpty)
    }

    @Test func aMalformedCatalogIsRefusedAtItsLine() throws {
        let root = try folder(["fr.po": Self.po(language: "fr", []) + "\nmsgid \"a\"\nmsgid \"b\"\nmsgstr \"c\"\n"])
        #expect(throws: POReader.Error.self) {
            try CatalogFiles.read([root], sourceLocale: nil, locale: nil)
        }
    }
}
