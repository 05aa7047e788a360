import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `escapes` gives a range for a backslash escape (at the source's when the translation lost
/// it, at the translation's when it added one); line breaks, tabs and carriage returns are
/// asserted by message and count.
///
/// Units come from real French catalogs of Debian 12 (`msgunfmt` of the `.mo` files of
/// coreutils 9.1, git 2.39, psql 15, dpkg 1.21, grep 3.8); those marked "altered" were changed to
/// break them, those marked "written" were written for the test.
@Suite struct EscapesCheckTests {
    func expect(
        _ source: String, _ target: String, _ expected: [ExpectedFinding],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            EscapesCheck(), source: source, target: target, locale: "fr", termBase: .none, expected: expected,
            sourceLocation: sourceLocation)
    }

    /// git's warning about a socket folder, and its French translation ending with `command`.
    static let gitSocketSource =
        "The permissions on your socket directory are too loose; other\n"
        + "users may be able to read your cached credentials. Consider running:\n\n\tchmod 0700 %s"
    static func gitSocketTarget(_ command: String) -> String {
        "Les permissions de votre répertoire de socket sont trop permissives\u{A0};\n"
            + "les autres utilisateurs pourraient lire vos identifiants secrets. Lancez\u{A0}:\n\n" + command
    }

    @Test func keptLineBreaksTabsAndEscapesHaveNoFinding() {
        // coreutils: leading and trailing line breaks kept, the text rewrapped on one more line.
        expect(
            "\nBy default, rm does not remove directories.  Use the --recursive (-r or -R)\n"
                + "option to remove each listed directory, too, along with all of its contents.\n",
            "\nPar défaut, rm ne supprime pas les répertoires. Utilisez l'option --recursive\n"
                + "(-r ou -R) pour supprimer les répertoires, ainsi que l'intégralité de leur\ncontenu.\n", [])
        // git, altered back to a tab; psql, its first line: a backslash command kept.
        expect(Self.gitSocketSource, Self.gitSocketTarget("\tchmod 0700 %s"), [])
        expect("  \\lo_import FILE [COMMENT]\n", "  \\lo_import FICHIER [COMMENTAIRE]\n", [])
        // grep: a lone backslash, quoted differently.
        expect("stray \\ before %s", "« \\ » parasite avant %s", [])
    }

    @Test func rewrappedLinesAreNoFinding() {
        // dpkg's French catalog and digikam's German one (Debian 12), as shipped: lines joined.
        expect(
            "%s: config file '%s' is a circular link\n (= '%s')",
            "%s\u{A0}: le fichier de configuration «\u{A0}%s\u{A0}» est un lien circulaire (= «\u{A0}%s\u{A0}»)", [])
        assertFindings(
            EscapesCheck(),
            source:
                "Face tag '%2' has at least one face tag child. Removing it will also remove the children.\nDo you want to continue?",
            target:
                "Die Gesichtsmarkierung „%2“ enthält eine weitere Markierung. Wenn sie gelöscht wird, wird diese enthaltenen Markierung ebenfalls gelöscht. Möchten Sie fortfahren?",
            locale: "de", termBase: .none, expected: [])
    }

    @Test func aShortcutsTabAndCarriageReturnsOfOneLineAreReported() {
        // Written: a menu item and its shortcut, as Qt writes them; a progress line rewritten in place.
        expect("&Open\tCtrl+O", "&Ouvrir Ctrl+O", [(nil, "the tab before the source's keyboard shortcut is lost")])
        expect("&Open\tCtrl+O", "&Ouvrir\tCtrl+O", [])
        expect(
            "Downloading… %d%%\r", "Téléchargement… %d\u{A0}%%",
            [(nil, "1 carriage return in the source, 0 in the translation")])
    }

    @Test func tabsThatAlignOrIndentMayBecomeSpaces() {
        // pidgin's and gimp's catalogs (Debian 12), as shipped.
        assertFindings(
            EscapesCheck(), source: "\tS_ystem messages", target: "Mensagens do s_istema", locale: "pt-BR",
            termBase: .none, expected: [])
        expect("Host Name: \t%s\n", "Nom d'hôte\u{A0}: %s\n", [])
        expect("Postal Code\t", "Code postal", [])
        // git 2.39's French catalog, as shipped: in a text of several lines, a tab became four spaces.
        expect(Self.gitSocketSource, Self.gitSocketTarget("    chmod 0700 %s"), [])
    }

    @Test func aTranslatedEntryMayBeAlignedOtherwise() {
        // util-linux's and gawk's catalogs (Debian 12), as shipped: a longer value leaves one space.
        expect(
            "     --color[=<when>]  colorize messages (%s, %s or %s)\n",
            "     --color[=<quand>] messages en couleur (%s, %s ou %s)\n", [])
        assertFindings(
            EscapesCheck(), source: "\t-p[file]\t\t--profile[=file]\n", target: "\t-p [Datei]\t\t--profile[=Datei]\n",
            locale: "de", termBase: .none, expected: [])
    }

    @Test func anEntryOfAHelpTextIsAnOptionSetApart() {
        // grep's Spanish catalog (Debian 12), as shipped: the -T entry is lost.
        assertFindings(
            EscapesCheck(),
            source:
                "  -c, --count               print only a count of selected lines per FILE\n  -T, --initial-tab         make tabs line up (if needed)\n  -Z, --null                print 0 byte after FILE name\n",
            target:
                "  -c, --count               muestra solamente el total de líneas que coinciden\n  -Z, --null                imprime un byte 0 después del nombre del FICHERO\n",
            locale: "es", termBase: .none,
            expected: [(nil, "3 option lines in the source, 2 in the translation: an entry is lost or merged")])
        // diffutils' and util-linux's catalogs, as shipped: an option that wrapping brings to the
        // start of a line, a rule of dashes.
        expect(
            "-m, --merge                 output actual merged file, according to\n                                -A if no other options are given",
            "-m, --merge                  Écrire le fichier fusionné selon -A si aucune autre\n                                option n'est spécifiée",
            [])
        expect(
            "------ Shared Memory Attach/Detach/Change Times --------\n",
            "Horários de anexação da memória compartilhada\n", [])
        #expect(
            TextScanning.optionLineCount(
                "  -n STRING            the length of STRING is nonzero\n  -a\tall\n  --help\n") == 3)
    }

    @Test func aHelpTextMayBeReindented() {
        // bash 5.2's French catalog, as shipped (`printf` help, start): the options realigned
        // with one tab fewer, or with spaces only; no finding.
        let source =
            "Options:\n      -v var\tassign the output to shell variable VAR rather than\n    \t\tdisplay it on"
        expect(
            source,
            "Options :\n      -v var\taffecte la sortie à la variable VAR du shell plutôt que de\n    \tl'afficher sur",
            [])
        expect(
            source,
            "Options :\n      -v var  affecte la sortie à la variable VAR du shell plutôt que de\n      l'afficher sur",
            [])
    }

    @Test func changedBackslashEscapesAreMissingAndAdded() {
        // git 2.39's French catalog, as shipped: a lone backslash doubled.
        expect(
            "Escape character '\\' not allowed as last character in attr value",
            "Le caractère d'échappement '1️⃣\\\\' interdit comme dernier caractère dans une valeur d'attribut",
            [("1️⃣", "escape \\\\ is not in the source")])
        // gawk's German catalog (Debian 12), as shipped: a stray backslash continues a line.
        assertFindings(
            EscapesCheck(), source: "or by using a web forum such as Stack Overflow.\n\n",
            target: "und auch NICHT über ein Webforum wie Stack Overflow.1️⃣\\\n\n", locale: "de", termBase: .none,
            expected: [("1️⃣", "escape \\ is not in the source")])
        // psql 15's French catalog, as shipped: another command.
        expect(
            "  1️⃣\\lo_list[+]            list large objects\n",
            "  2️⃣\\dl[+]                 liste des « Large Objects »\n",
            [("1️⃣", "escape \\l of the source is missing"), ("2️⃣", "escape \\d is not in the source")])
        // git, as shipped (shortened): a \n left as text in a usage line.
        expect(
            "[--separate-git-dir <git-dir>] [--object-format=<format>]\n",
            "[--separate-git-dir <rép-git>] [--object-format=<format>]1️⃣\\n\n",
            [("1️⃣", "escape \\n is not in the source")])
    }

    @Test func aMarkdownEscapeCountsToo() {
        expect(
            "Le \\*désespoir1️⃣\\* est double.", "The *hopelessness\\* is twofold.",
            [
                ("1️⃣", "escape \\ of the source is missing")
            ])
    }

    @Test func emptyAndBlankTargets() {
        expect("Try '%s --help' for more information.\n", "", [])
        expect("Try '%s --help' for more information.\n", "   ", [])
    }

    @Test func theOffsetCountsEmojiAndCombiningMarksInUTF16() {
        expect("🙂 Cafe\u{301} 1️⃣\\t", "🙂 Café", [("1️⃣", "escape \\t of the source is missing")])
        expect("🙂 Café", "🙂 Cafe\u{301} 1️⃣\\t", [("1️⃣", "escape \\t is not in the source")])
    }

    @Test func aLongHelpTextIsComparedWhole() {
        let source = CheckFixtures.longText("  -a, --all\tdo not ignore entries\n", times: 500)
        let target = CheckFixtures.longText("  -a, --all\tne pas ignorer les entrées\n", times: 500)
        expect(source, target, [])
    }

    @Test func grepsFrenchHelpThatLostALineIsReported() throws {
        // grep 3.8's French catalog, as shipped: --no-ignore-case has no line in the translation.
        let catalog = try Catalog.read(path: Fixtures.path("po/grep-fr.po"))
        let unit = try #require(catalog.units.first { $0.source.hasPrefix("  -e, --regexp=PATTERNS") })
        let findings = runCheck(EscapesCheck(), on: unit, locale: "fr", termBase: .none)
        #expect(
            findings.map(\.message) == [
                "7 option lines in the source, 6 in the translation: an entry is lost or merged"
            ])
    }

    @Test(arguments: ["po/gnome-clocks-fr.po", "po/sed-fr.po", "po/po4a-bin-fr.po", "po/tt-af-pootle.po"])
    func realCatalogsHaveNoFinding(_ file: String) throws {
        let catalog = try Catalog.read(path: Fixtures.path(file))
        let findings = catalog.units.filter { $0.hasTarget && $0.state != .fuzzy && !$0.isObsolete }.flatMap {
            runCheck(EscapesCheck(), on: $0, locale: "fr", termBase: .none)
        }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func aBackslashShownAsSuchMayBeAdded() {
        // coreutils' German catalog (Debian 12), as shipped.
        assertFindings(
            EscapesCheck(), source: "invalid backslash at end of string in -S",
            target: "unerlaubter Rückschrägstrich (\\) am Ende der Zeichenkette in -S", locale: "de", termBase: .none,
            expected: [])
        // gnupg's German catalog (Debian 12), as shipped: quotes escaped for no shell.
        assertFindings(
            EscapesCheck(), source: "Note: ignoring option \"--%s\" due to global config\n",
            target: "Hinweis: Option 1️⃣\\\"--%s2️⃣\\\" aufgrund der globalen Konfiguration ignoriert\n", locale: "de",
            termBase: .none,
            expected: [("1️⃣", "escape \\ is not in the source"), ("2️⃣", "escape \\ is not in the source")])
    }

    @Test func layoutBackslashesMayBeDropped() {
        // glibc's German and Brazilian catalogs (Debian 12), as shipped: a usage text's line
        // continuations dropped, a shell's escaped backquote dropped with its quotes.
        assertFindings(
            EscapesCheck(), source: "%s: usage is %s [ --version ] [ --help ] [ -v ] \\\n\t[ -b {slim|fat} ]\n",
            target: "%s: Syntax ist %s [ --version ] [ --help ] [ -v ]\n    [ -b {slim|fat} ]\n", locale: "de",
            termBase: .none, expected: [])
        assertFindings(
            EscapesCheck(), source: "ldd: option \\`$1' is ambiguous",
            target: "ldd: Die Option »$1« ist nicht eindeutig",
            locale: "de", termBase: .none, expected: [])
    }
}
