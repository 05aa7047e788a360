import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `options` gives a range: at the source's option the translation lacks (first form only;
/// other plural forms have none).
///
/// Units come from real French catalogs of Debian 12 (`msgunfmt` of the `.mo` files of
/// coreutils 9.1, git 2.39, findutils 4.9, tar 1.34) and from `Tests/Fixtures/po` (grep 3.8,
/// diffutils 3.8); those marked "altered" were changed to break them, those marked "written"
/// were written for the test.
@Suite struct OptionsCheckTests {
    func expect(
        _ source: String, _ target: String, _ expected: [ExpectedFinding],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            OptionsCheck(), source: source, target: target, locale: "fr", termBase: .none, expected: expected,
            sourceLocation: sourceLocation)
    }

    @Test func keptOptionsHaveNoFindingWhateverTheirValue() {
        // coreutils expand: short and long options, a value translated or not.
        expect(
            "  -a, --all        convert all blanks, instead of just initial blanks\n"
                + "      --first-only  convert only leading sequences of blanks (overrides -a)\n"
                + "  -t, --tabs=N     have tabs N characters apart instead of 8 (enables -a)\n",
            "  -a, --all        convertir tous les blancs, pas que les blancs initiaux\n"
                + "      --first-only  ne convertir que les séquences de blancs en début de ligne (écrase -a)\n"
                + "  -t, --tabs=N     utiliser N\u{A0}caractères de tabulations au lieu de 8 (active -a)\n", [])
        // coreutils stty: --file=DEVICE becomes --file=PÉRIPHÉRIQUE.
        expect(
            "  -F, --file=DEVICE  open and use the specified DEVICE instead of stdin\n",
            "  -F, --file=PÉRIPHÉRIQUE  utiliser le PÉRIPHÉRIQUE indiqué au lieu de\n"
                + "                       l'entrée standard\n", [])
        // git: brackets, alternatives and optional values.
        expect(
            "git describe [--all] [--tags] [--contains] [--abbrev=<n>] --dirty[=<mark>]",
            "git describe [--all] [--tags] [--contains] [--abbrev=<n>] --dirty[=<marque>]", [])
        // coreutils nl: a short option quoted, « » with no-break spaces in the translation.
        expect(
            "'-N NUMBER' invalid starting line number", "«\u{A0}-N NUMÉRO\u{A0}» numéro de ligne de début incorrect", []
        )
    }

    @Test func aTranslatedOrMistypedOptionIsMissing() {
        // grep 3.8's French catalog, as shipped.
        expect(
            "  -E, --extended-regexp     PATTERNS are extended regular expressions\n"
                + "  -F, 1️⃣--fixed-strings       PATTERNS are strings\n",
            "  -E, --extended-regexp     MOTIFS sont des expressions rationnelles étendues\n"
                + "  -F, --fixed-regexp        MOTIFS sont des chaînes\n",
            [("1️⃣", "option --fixed-strings of the source is missing")])
        // diffutils 3.8's French catalog, as shipped: -W became -w.
        expect(
            "1️⃣-W, --width=NUM               output at most NUM (default 130) print columns",
            "-w, --width=N                Limiter la sortie à au plus N colonnes imprimées (130 par défaut)",
            [("1️⃣", "option -W of the source is missing")])
        // coreutils pr, as shipped: --pages became --page.
        expect(
            "'1️⃣--pages=FIRST_PAGE[:LAST_PAGE]' missing argument",
            "argument «\u{A0}--page=PREMIÈRE_PAGE[:DERNIÈRE_PAGE]\u{A0}» manquant",
            [("1️⃣", "option --pages of the source is missing")])
        // findutils xargs, as shipped: -d became -D.
        expect(
            "  -E END                       set logical EOF string; if END occurs as a line\n"
                + "                                 of input, the rest of the input is ignored\n"
                + "                                 (ignored if -0 or 1️⃣-d was specified)\n",
            "  -E FIN                       change la chaîne EOF logique. Si FIN est rencontré sur\n"
                + "                                 une ligne en entrée, le reste des entrées est ignoré\n"
                + "                                 (ignoré si -0 ou -D a été spécifié)\n",
            [("1️⃣", "option -d of the source is missing")])
    }

    @Test func optionsInAnyLanguagesQuotesOrCompoundsAreKept() {
        // Debian 12's German catalogs (glib 2.74, gawk 5.2, gcc 12, bison 3.8, diffutils 3.8,
        // grep 3.8), as shipped: »…«, „…“ and „…” around options, an option compounded with a noun.
        func german(_ source: String, _ target: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            assertFindings(
                OptionsCheck(), source: source, target: target, locale: "de", termBase: .none, expected: [],
                sourceLocation: sourceLocation)
        }
        german(
            "Note: for --restore switch, if the original location of the trashed file \nalready exists, it will not be overwritten unless --force is set.",
            "Hinweis: Wenn der ursprüngliche Ort der gelöschten Datei bereits existiert, wird er mit der Option »--restore« nicht überschrieben, außer »--force« ist gesetzt."
        )
        german("%s: option '-W %s' requires an argument\n", "%s: Die Option »-W %s« erfordert ein Argument\n")
        german(
            "-E or -x required when input is from standard input",
            "»-E« oder »-x« benötigt, wenn die Eingabe von der Standardeingabe kommt")
        german(
            "fix-its can be applied.  Rerun with option '--update'.",
            "Automatische Korrekturen können angewandt werden. Mit „--update“ erneut starten.")
        german(
            "Pass -O 64bit to rectify.\n", "Geben Sie „-O 64bit” an, um dies zu korrigieren.\n")
        german("invalid --bytes value '%s'", "ungültiger --bytes-Wert »%s«")
        german(
            "Perl matching not supported in a --disable-perl-regexp build",
            "Perl-basierte Treffersuche wurde in dieses --disable-perl-regexp-Binary nicht einkompiliert")
        // util-linux 2.38's German catalog, as shipped: a dash too many is still a slip.
        assertFindings(
            OptionsCheck(), source: "--id is deprecated in favour of 1️⃣--part-type",
            target: "--id ist veraltet, verwenden Sie ---part-type", locale: "de", termBase: .none,
            expected: [("1️⃣", "option --part-type of the source is missing")])
        // Written: a lower-case word after the hyphen is the option's name going on.
        expect(
            "1️⃣--bytes counts bytes", "--bytes-count compte les octets",
            [("1️⃣", "option --bytes of the source is missing")])
    }

    @Test func anOptionIsMatchedWhole() {
        // Written: --all is not found in --all-repeated.
        expect("1️⃣--all shows all", "--all-repeated montre tout", [("1️⃣", "option --all of the source is missing")])
    }

    @Test func anOptionRepeatedInTheSourceIsReportedOnce() {
        // coreutils expand, altered.
        expect(
            "      --first-only  convert only leading sequences of blanks (overrides 1️⃣-a)\n"
                + "  -t, --tabs=N     have tabs N characters apart instead of 8 (enables -a)\n",
            "      --first-only  ne convertir que les séquences de blancs en début de ligne\n"
                + "  -t, --tabs=N     utiliser N\u{A0}caractères de tabulations au lieu de 8\n",
            [("1️⃣", "option -a of the source is missing")])
    }

    @Test func dashesNumbersAndDecorationsAreNoOptions() {
        // tar, as shipped: a decoration.
        expect("--Long Link--\n", "--Lien long--\n", [])
        // Written: numbers, ranges, dashes, words.
        expect("Temperature: -5 to -1.5 degrees -- e-mail me", "Température : de −5 à −1,5 degrés — écrivez-moi", [])
        expect("Le désespoir - est double.", "The hopelessness — is twofold.", [])
    }

    @Test func addedOptionsAreNotReported() {
        expect("Try the help option.", "Essayez --help.", [])
    }

    @Test func emptyAndBlankTargets() {
        expect("  -a, --all  list all\n", "", [])
        expect(
            "  1️⃣-a, 2️⃣--all  list all\n", "   ",
            [("1️⃣", "option -a of the source is missing"), ("2️⃣", "option --all of the source is missing")])
    }

    @Test func theOffsetCountsEmojiAndCombiningMarksInUTF16() {
        expect("🙂 Cafe\u{301} «1️⃣--menu»", "🙂 Menu du café", [("1️⃣", "option --menu of the source is missing")])
    }

    @Test func eachPluralFormIsComparedWithItsSource() {
        assertFindings(
            OptionsCheck(),
            unit: TranslationUnit(
                source: "%d file skipped (see --verbose)", sourcePlural: "%d files skipped (see --verbose)",
                targets: ["%d fichier ignoré (voir --verbose)", "%d fichiers ignorés (voir --bavard)"],
                state: .translated),
            locale: "fr", termBase: .none,
            expected: [(nil, "option --verbose of the source is missing (plural form 1)")])
    }

    @Test func theGNUCatalogsFindingsAreTheirRealSlips() throws {
        // grep's French --help lost a line (--no-ignore-case) and renamed an option; diffutils' -W is -w.
        var messages: [String] = []
        for file in ["po/grep-fr.po", "po/diffutils-fr.po", "po/sed-fr.po", "po/gnome-clocks-fr.po"] {
            let catalog = try Catalog.read(path: Fixtures.path(file))
            messages += catalog.units.filter { $0.hasTarget && $0.state != .fuzzy && !$0.isObsolete }.flatMap {
                runCheck(OptionsCheck(), on: $0, locale: "fr", termBase: .none).map(\.message)
            }
        }
        #expect(
            messages == [
                "option --fixed-strings of the source is missing", "option --no-ignore-case of the source is missing",
                "option -W of the source is missing",
            ])
    }
}
