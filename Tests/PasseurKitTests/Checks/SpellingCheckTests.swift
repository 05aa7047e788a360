import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `spelling` gives no range: its findings are asserted by message and count, one per unit. The
/// suggestions are those of the Hunspell dictionaries installed with the project's prerequisites.
@Suite struct SpellingCheckTests {
    @Test func wellSpelledTranslationsHaveNoFinding() {
        assertFindings(
            SpellingCheck(), source: "x",
            target: "By comparison, Bitcoiners fight with shitcoiners, no-coiners and fiat sympathizers.",
            expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "Die Verzweiflung ist doppelt, sagte Maxx Mannheimer über HODL.",
            locale: "de", expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "¿Es pragmático? La desesperación es doble.", locale: "es",
            expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "Isso não é pragmático? O desespero é duplo.", locale: "pt-BR",
            expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "Le désespoir est double, et l’auto-conservation aussi.",
            locale: "fr", expected: [])
    }

    @Test func productivePrefixesWrittenSolidAreAccepted() {
        assertFindings(
            SpellingCheck(), source: "x", target: "Maxx es un exgerente; es tan multidisciplinar que parece frívolo.",
            locale: "es", expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "Bitcoin ist so multidisziplinär, dass es frivol wirkt.",
            locale: "de", expected: [])
    }

    @Test func aMisspelledWordIsReportedWithSuggestions() {
        assertFindings(
            SpellingCheck(), source: "x", target: "By comparsion, Bitcoiners fight with shitcoiners.",
            expected: [
                (
                    nil,
                    "« comparsion » is not in the en dictionary; did you mean « comparison », « compassion », « compression »?"
                )
            ])
        assertFindings(
            SpellingCheck(), source: "x", target: "Die Verzweiflung ist dopelt.", locale: "de",
            expected: [(nil, "« dopelt » is not in the de dictionary; did you mean « doppelt », « doppeln »?")])
        assertFindings(
            SpellingCheck(), source: "x", target: "O desespero é dupplo.", locale: "pt-BR",
            expected: [
                (nil, "« dupplo » is not in the pt-BR dictionary; did you mean « duplo », « duplico », « dupleto »?")
            ])
    }

    @Test func aMisspelledWordAfterAPrefixIsReported() {
        assertFindings(
            SpellingCheck(), source: "x", target: "Es un exgernte.", locale: "es",
            expected: [(nil, "« exgernte » is not in the es dictionary; did you mean « gerente »?")])
        assertFindings(
            SpellingCheck(), source: "x", target: "Es ist multidisziplinärx.", locale: "de",
            expected: [(nil, "« multidisziplinärx » is not in the de dictionary; did you mean « interdisziplinär »?")])
    }

    @Test func theUnknownWordsOfAUnitAreOneFinding() {
        // A real sentence of the article's English edition, with two typos and a word no dictionary has.
        assertFindings(
            SpellingCheck(), source: "x",
            target: "The physical migraton of mining nostr relays over the past two years has been miraculos.",
            expected: [
                (
                    nil,
                    "« migraton », « nostr », « miraculos » are not in the en dictionary; did you mean "
                        + "« migraton » → « migration », « migrator », « migrate »; « nostr » → « no str », « no-str », "
                        + "« nos tr »; « miraculos » → « miraculous », « miracles »?"
                )
            ])
    }

    @Test func aWordOfTheSourceLanguageGetsNoSuggestion() {
        // « désespoir » is left untranslated: it needs translating, not correcting.
        assertFindings(
            SpellingCheck(), source: "Le désespoir est double.", target: "The désespoir is twofold, by comparsion.",
            expected: [
                (
                    nil,
                    "« désespoir », « comparsion » are not in the en dictionary; did you mean « comparsion » → "
                        + "« comparison », « compassion », « compression »?"
                )
            ])
    }

    @Test func namesCodeAndAddressesAreNotRead() {
        assertFindings(
            SpellingCheck(), source: "x", target: "Maxx Mannheimer typed `hodlx` at https://bitcoin.org/xqzt.",
            expected: [])
    }

    @Test func codeAcronymsCamelCaseAndWordsWithDigitsAreNeverFlagged() {
        let targets = [
            // Placeholders, options, paths, file names, e-mail addresses.
            "Use %s or %(countx)s with --frobnicate and -xvzf, then read /usr/bin/qzx and qzx.txt.",
            "Write to qzx@example.org or see www.qzxexample.org and {qzxname} in <qzxfile>.",
            // Identifiers, variables, scopes, brackets inside a word.
            "Set qzx_value=1, $QZXHOME, std::qzxmove and qzxcount(s) as needed.",
            // Acronyms, CamelCase, digits.
            "QZXA and QZXB run on GitHub, macOS and the iPhone with mp3 and x86 files.",
        ]
        for target in targets {
            assertFindings(SpellingCheck(), source: "x", target: target, expected: [])
            assertFindings(
                SpellingCheck(), source: "x", target: target, markup: .plain, sourceLocale: "fr", expected: [])
        }
    }

    @Test func quotedValuesOfSoftwareMessagesAreCode() {
        // GNU grep's French message: the quoted values stay English, as the program reads them.
        let target =
            "  -d, --directories=ACTION  comment traiter les répertoires ;\n"
            + "                            ACTION est 'read', 'recurse' ou 'skip'"
        assertFindings(
            SpellingCheck(), source: "x", target: target, locale: "fr",
            markup: .plain, expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "utilisez \"git add\" puis `git commit`", locale: "fr",
            markup: .plain, expected: [])
        // In an article, a quotation is prose (a session of its own: no suggestion, as in a run's
        // last words).
        assertFindings(
            SpellingCheck(), source: "x", target: "ACTION est 'read' ou 'skip'", locale: "fr",
            spelling: SpellingSession(),
            expected: [(nil, "« read », « skip » are not in the fr dictionary")])
    }

    @Test func glossaryTermsAreAccepted() {
        // « wholecoiner » is an English term of the glossary; without it, it is unknown.
        assertFindings(
            SpellingCheck(), source: "x", target: "He minted a few wholecoiners.", expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: "He minted a few wholecoiners.", termBase: .none,
            expected: [
                (
                    nil,
                    "« wholecoiners » is not in the en dictionary; did you mean « whole coiners », « whole-coiners », "
                        + "« wholesalers »?"
                )
            ])
    }

    @Test func wordsOfTheWordListAreAccepted() {
        let target = "The nostr relays of mining pools have been miraculous, says the shitposter."
        let list = WordList(text: "# Bitcoin jargon\nnostr\nshitposters  # kept as written\n")
        assertFindings(
            SpellingCheck(), source: "x", target: target, spelling: SpellingSession(wordLists: ["en": list]),
            expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: target, spelling: SpellingSession(),
            expected: [(nil, "« nostr », « shitposter » are not in the en dictionary")])
        // A list of another language does not count.
        assertFindings(
            SpellingCheck(), source: "x", target: target, spelling: SpellingSession(wordLists: ["de": list]),
            expected: [(nil, "« nostr », « shitposter » are not in the en dictionary")])
    }

    @Test func aTranslationMostlyInTheSourceLanguageIsLeftToUntranslatedText() {
        // The article's French, left in the English catalog: `untranslated-text` reports it.
        let french =
            "La migration physique du hashrate minier au cours des deux dernières années a été miraculeuse et le "
            + "réseau n'a aucun temps d'arrêt."
        assertFindings(SpellingCheck(), source: french, target: french, expected: [])
        assertFindings(
            SpellingCheck(), source: french, target: french.replacingOccurrences(of: "'", with: "’"), expected: [])
        // A short one is not enough for `untranslated-text`: spelling lists its words.
        assertFindings(
            SpellingCheck(), source: "x", target: "Je ne changerais rien au processus.", spelling: SpellingSession(),
            expected: [(nil, "« changerais », « rien », « au », « processus » are not in the en dictionary")])
    }

    @Test func theArticlesTranslationsHaveNoFinding() throws {
        let runner = CheckRunner(
            settings: .init(sourceLocale: Fixtures.french), glossary: try CheckFixtures.glossary.get(),
            checks: [SpellingCheck.self, UntranslatedTextCheck.self])
        var catalogs: [(locale: LocaleTag, path: String, catalog: Catalog)] = []
        for locale in ["en", "es", "de", "pt-BR"] {
            let path = "Locales/\(locale)/le-service-client-bitcoin.po"
            catalogs.append(
                (
                    Fixtures.locale(locale), path,
                    try Catalog.read(path: Fixtures.repositoryRoot.appendingPathComponent(path).path)
                ))
        }
        let findings = try runner.run(
            [.init(document: "le-service-client-bitcoin.md", catalogs: catalogs)], locales: catalogs.map(\.locale))
        #expect(findings.map(\.description) == [])
    }

    @Test func aWordIsReportedOnce() {
        assertFindings(
            SpellingCheck(), source: "x", target: "By comparsion, and by comparsion again.",
            expected: [
                (
                    nil,
                    "« comparsion » is not in the en dictionary; did you mean « comparison », « compassion », « compression »?"
                )
            ])
    }

    @Test func emptyBlankAndEmojiTargetsHaveNoFinding() {
        for target in ["", "  \n", "🙂 🎉"] {
            assertFindings(SpellingCheck(), source: "x", target: target, expected: [])
        }
    }

    @Test func combiningMarksAreReadWithTheirLetter() {
        // « désespoir » with a decomposed é.
        assertFindings(
            SpellingCheck(), source: "x", target: "Le de\u{301}sespoir est double.", locale: "fr", expected: [])
    }

    @Test func aLongParagraphIsReadWhole() {
        let target = CheckFixtures.longText("The hopelessness is twofold.")
        assertFindings(SpellingCheck(), source: "x", target: target, expected: [])
        assertFindings(
            SpellingCheck(), source: "x", target: target + " By comparsion.",
            expected: [
                (
                    nil,
                    "« comparsion » is not in the en dictionary; did you mean « comparison », « compassion », « compression »?"
                )
            ])
    }

    @Test func wordsKeptFromTheSourceAsCodeOrNamesAreNotFlagged() {
        // Real messages of Debian's catalogs: gcc's Spanish and nano's German keep identifiers
        // and file names that no dictionary has; a quoted keyword of the source (`void') stays code.
        assertFindings(
            SpellingCheck(), source: "extern model globalvalue", target: "modelo globalvalue externo", locale: "es",
            markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "If needed, use nano with the -I option to adjust your nanorc settings.\n",
            target: "Bitte starten Sie nano bei Bedarf mit der Option „-I“, um Ihre nanorc-Einstellungen anzupassen\n",
            locale: "de", markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "'%s' is not a valid 'void' type",
            target: "« %s » n’est pas un type « void » valide",
            locale: "fr", markup: .plain, sourceLocale: "en", expected: [])
        // English terms set off between brackets or quotation marks: glibc's French, make's Spanish.
        assertFindings(
            SpellingCheck(), source: "failed to map segment from shared object",
            target: "échec d'adressage (mapping) du segment de l'objet partagé", locale: "fr", markup: .plain,
            sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "\n%s No strcache buffers\n", target: "\n%s No hay «buffers» strcache\n",
            locale: "es", markup: .plain, sourceLocale: "en", expected: [])
        // A word of the source language kept in the prose is reported: bison's German left « and ».
        assertFindings(
            SpellingCheck(), source: "Conflict between rule %d and token %s resolved as an error",
            target: "Konflikt zwischen Regel %d and Token %s wurde als Fehler betrachtet", locale: "de",
            markup: .plain, sourceLocale: "en", spelling: SpellingSession(),
            expected: [(nil, "« and » is not in the de dictionary")])
    }

    @Test func softwareMessagesKeepTheirSourcesWordsButFunctionWords() {
        // Real messages of Debian's catalogs: gawk's Portuguese keeps a function name, okular's
        // German a type, gcc's French an instruction's singular; as pofilter's spellcheck reads them.
        assertFindings(
            SpellingCheck(), source: "sleep: argument is negative", target: "sleep: argumento é negativo",
            locale: "pt-BR", markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(),
            source: "Malformed parameter in the epsf special command.\nExpected a float to follow %1 in %2",
            target: "Fehlerhafter Parameter in EPSF Spezial-Befehl.\nEs wird in %2 ein float nach %1 erwartet.",
            locale: "de", markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "Remove redundant membars.",
            target: "Supprimer les instructions «\u{A0}membar\u{A0}» redondantes.", locale: "fr", markup: .plain,
            sourceLocale: "en", expected: [])
        // gimp's Portuguese and procps' French keep a plural, gcc's French an elided word of the source.
        assertFindings(
            SpellingCheck(), source: "Updating tag cache", target: "Atualizando cache de tags", locale: "pt-BR",
            markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "Unable to select stat information",
            target: "Impossible de sélectionner l'information des stats", locale: "fr", markup: .plain,
            sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "custom instruction opcode must be a compile-time constant",
            target: "l'opcode de l'instruction personnalisée doit être une constante à la compilation", locale: "fr",
            markup: .plain, sourceLocale: "en", expected: [])
        // bash's French: « is » for « si » is a typo, not a keyword.
        assertFindings(
            SpellingCheck(), source: "-R VAR         True if the shell variable VAR is set and is a name reference.",
            target: "-R VAR         Vrai is la variable VAR est définie est une référence de nom.", locale: "fr",
            markup: .plain, sourceLocale: "en", spelling: SpellingSession(),
            expected: [(nil, "« is » is not in the fr dictionary")])
        // In a document's prose, a word kept from the source may be one left untranslated.
        assertFindings(
            SpellingCheck(), source: "Run the sleep command.", target: "Lancez la commande sleep.", locale: "fr",
            sourceLocale: "en", spelling: SpellingSession(),
            expected: [(nil, "« sleep » is not in the fr dictionary")])
    }

    @Test func prefixesWrittenSolidInPortugueseAndGermanAreAccepted() {
        // gawk's and tar's Brazilian Portuguese, gcc's German.
        assertFindings(
            SpellingCheck(), source: "%s: cannot use a subarray of first argument for second argument",
            target: "%s: não é possível usar um subvetor do primeiro argumento para o segundo", locale: "pt-BR",
            markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "interprocess channel", target: "canal interprocesso", locale: "pt-BR",
            markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "Structure name expected in non-nested structure declaration at %C",
            target: "Strukturname erwartet in unverschachtelter Strukturdeklaration bei %C", locale: "de",
            markup: .plain, sourceLocale: "en", expected: [])
    }

    @Test func germanCompoundsOfKnownWordsAreAccepted() {
        // gcc's and okular's German catalogs; a typo inside a compound is still reported.
        assertFindings(
            SpellingCheck(),
            source: "%qD was not declared in this scope, and no declarations were found by argument-dependent lookup",
            target: "%qD wurde in diesem Gültigkeitsbereich nicht deklariert, und bei argumentabhängiger Suche wurden "
                + "keine Deklarationen gefunden",
            locale: "de", markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "Blinds horizontal", target: "Horizontal einfliegen", locale: "de", markup: .plain,
            sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "argument-dependent lookup", target: "argumentabhänigger Suche", locale: "de",
            markup: .plain, sourceLocale: "en", spelling: SpellingSession(),
            expected: [(nil, "« argumentabhänigger » is not in the de dictionary")])
    }

    @Test func abbreviationsElidedNamesAndPrefixesAreAccepted() {
        // Real messages: eog's German, evolution's French, gcc's French.
        assertFindings(
            SpellingCheck(), source: "Auto-rotate/flip image", target: "Bild automatisch drehen bzw. spiegeln",
            locale: "de", markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "Back up Evolution data and settings to an archive file",
            target: "Archive les données et les paramètres d’Evolution dans un fichier archive", locale: "fr",
            markup: .plain, sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "ALLOCATE of coarray at %C in CRITICAL block",
            target: "ALLOCATE sur un co-tableau à %C dans un bloc CRITICAL", locale: "fr", markup: .plain,
            sourceLocale: "en",
            expected: [])
        // coreutils' German: « bzw » before a comma is a typo for « bzw. ».
        assertFindings(
            SpellingCheck(), source: "byte/character positions are numbered from 1",
            target: "Feld- bzw, Zeichenpositionen werden von 1 an gezählt", locale: "de", markup: .plain,
            sourceLocale: "en",
            spelling: SpellingSession(), expected: [(nil, "« bzw » is not in the de dictionary")])
    }

    @Test func decomposedLettersAreLookedUpComposed() {
        // evolution-data-server's Spanish writes « sí » with a combining acute accent.
        assertFindings(
            SpellingCheck(), source: "yes", target: "s\u{0069}\u{0301}", locale: "es", markup: .plain,
            sourceLocale: "en", expected: [])
        assertFindings(
            SpellingCheck(), source: "yes", target: "configuracio\u{0301}n automa\u{0301}tica", locale: "es",
            markup: .plain, sourceLocale: "en", expected: [])
    }

    @Test func aRealMisspellingOfASoftwareMessageIsFound() {
        // e2fsprogs' French: « fonctionalité » for « fonctionnalité ».
        assertFindings(
            SpellingCheck(), source: "%s: MMP feature not enabled.\n",
            target: "%s: la fonctionalité MMP n'est pas activée.\n", locale: "fr", markup: .plain, sourceLocale: "en",
            spelling: SpellingSession(), expected: [(nil, "« fonctionalité » is not in the fr dictionary")])
    }

    @Test func aLocaleWithoutADictionaryHasNoFinding() {
        // No Italian dictionary is installed with the project's prerequisites.
        assertFindings(SpellingCheck(), source: "x", target: "Il disperazione è dopppia.", locale: "it", expected: [])
    }
}
