import Testing

@testable import PasseurKit

/// `urls-emails` gives no range: its findings are asserted by message and count.
@Suite struct URLsCheckTests {
    @Test func addressesCarriedUnchangedHaveNoFinding() {
        assertFindings(
            URLsCheck(), source: "Écrivez à contact@example.org ou voyez https://bitcoin.org.",
            target: "Write to contact@example.org or see https://bitcoin.org.", expected: [])
        assertFindings(
            URLsCheck(), source: "Voyez (https://bitcoin.org/fr) ou « www.bitcoin.org ».",
            target: "See “www.bitcoin.org” or (https://bitcoin.org/fr).", expected: [])
    }

    @Test func aChangedURLIsReported() {
        assertFindings(
            URLsCheck(), source: "Voyez https://bitcoin.org.", target: "See https://bitcoin.com.",
            expected: [(nil, "https://bitcoin.org is missing or changed")])
    }

    @Test func aDroppedAddressIsReportedButNotAnFTPURL() {
        assertFindings(
            URLsCheck(), source: "Voyez www.bitcoin.org et ftp://x.y/z.", target: "See the site.",
            expected: [(nil, "www.bitcoin.org is missing or changed")])
    }

    @Test func aChangedEmailIsReported() {
        assertFindings(
            URLsCheck(), source: "Écrivez à contact@example.org.", target: "Write to contact@example.com.",
            expected: [(nil, "contact@example.org is missing or changed")])
    }

    @Test func anEmptyOrBlankTargetLacksEveryAddress() {
        for target in ["", "\t "] {
            assertFindings(
                URLsCheck(), source: "Voyez https://bitcoin.org et contact@example.org.", target: target,
                expected: [
                    (nil, "https://bitcoin.org is missing or changed"),
                    (nil, "contact@example.org is missing or changed"),
                ])
        }
    }

    @Test func combiningMarksAndEmojiAroundAddressesDoNotMatter() {
        assertFindings(
            URLsCheck(), source: "Voyez https://x.y/cafe\u{301} 🙂.", target: "See 🙂 https://x.y/cafe\u{301}.",
            expected: [])
    }

    @Test func aLongParagraphIsComparedWhole() {
        assertFindings(
            URLsCheck(), source: CheckFixtures.longText("Voyez https://bitcoin.org."),
            target: CheckFixtures.longText("See https://bitcoin.org."), expected: [])
    }
}

/// Software messages (plain text), from Debian's catalogs.
extension URLsCheckTests {
    @Test func examplesAndPagesOfTheSameSiteMayBeLocalised() {
        // korganizer.po (es), evolution.po (de), digikam.po (es), gimp20-std-plug-ins.po (de).
        assertFindings(
            URLsCheck(), source: "Set this to retrieve user@domain.ifb instead of user.ifb from the server",
            target: "Defínalo para descargar usuario@dominio.ifb en lugar de usuario.ifb del servidor", locale: "es",
            markup: .plain, expected: [])
        assertFindings(
            URLsCheck(), source: "in case the server requires authentication, like: https://USER@example.com/",
            target: "falls der Server eine Authentifizierung erfordert, z.B.: https://NUTZER@beispiel.de/",
            locale: "de", markup: .plain, expected: [])
        assertFindings(
            URLsCheck(), source: "using a program which supports <a href=\"https://en.wikipedia.org/wiki/ICalendar\">",
            target: "usando un programa que permita usar el <a href=\"https://es.wikipedia.org/wiki/ICalendar\">",
            locale: "es", markup: .plain, expected: [])
        // sed's French, gnucash's German, rhythmbox's French, digikam's German.
        assertFindings(
            URLsCheck(), source: "General help using GNU software: <https://www.gnu.org/gethelp/>.\n",
            target: "Aide générale sur les logiciels GNU : <https://www.gnu.org/gethelp/gethelp.fr.html>.\n",
            locale: "fr", markup: .plain, expected: [])
        assertFindings(
            URLsCheck(), source: "See https://wiki.gnucash.org/wiki/AqBanking for details.",
            target: "Siehe https://wiki.gnucash.org/wiki/De/Online-Banking für Details.", locale: "de", markup: .plain,
            expected: [])
        assertFindings(
            URLsCheck(), source: "Compare plans at http://magnatune.com/compare_plans",
            target: "Comparez les offres sur http://www.magnatune.com/compare_plans", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            URLsCheck(),
            source:
                "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\" \"https://www.w3.org/TR/REC-html40/strict.dtd\">\n"
                + "<p>Download a calendar from <a href=\"www.icalshare.com\">www.icalshare.com</a>.</p>",
            target:
                "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\" \"http://www.w3.org/TR/REC-html40/strict.dtd\">\n"
                + "<p>Laden Sie einen Kalender von <a href=\"http://www.icalshare.com\">http://www.icalshare.com</a>.</p>",
            locale: "de", markup: .plain, expected: [])
        assertFindings(
            URLsCheck(), source: "or use the online user manual at: https://docs.gimp.org/",
            target: "oder verwenden Sie das Online-Benutzerhandbuch unter https://docs.gimp.org/de/", locale: "de",
            markup: .plain, expected: [])
    }

    @Test func aChangedSchemeOrATypoInASoftwareMessageIsStillFlagged() {
        // grep.po (es), ktexteditor5.po (pt-BR).
        assertFindings(
            URLsCheck(),
            source: "Written by Mike Haertel and others; see\n<https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>.",
            target: "Escrito por Mike Haertel y otros; véase\n<http://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>.",
            locale: "es", markup: .plain,
            expected: [(nil, "https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS is missing or changed")])
        // Another page of the same site, and an example dropped with nothing in its place.
        assertFindings(
            URLsCheck(), source: "Home page: <https://www.gnu.org/software/grep/>\n",
            target: "Página inicial: <https://www.gnu.org/software/sed/>\n", locale: "pt-BR", markup: .plain,
            expected: [(nil, "https://www.gnu.org/software/grep/ is missing or changed")])
        assertFindings(
            URLsCheck(), source: "Read the guide at https://example.org/help first.",
            target: "Lea primero la guía.", locale: "es", markup: .plain,
            expected: [(nil, "https://example.org/help is missing or changed")])
        assertFindings(
            URLsCheck(), source: "Mirror list: https://www.gnu.org/prep/ftp.html",
            target: "Liste des miroirs : https://ftp.gnu.org/prep/ftp.html", locale: "fr", markup: .plain,
            expected: [(nil, "https://www.gnu.org/prep/ftp.html is missing or changed")])
        assertFindings(
            URLsCheck(), source: "Please replace it, see https://docs.kde.org/?application=katepart",
            target: "Substitua-o. Veja em hhttps://docs.kde.org/?application=katepart", locale: "pt-BR", markup: .plain,
            expected: [(nil, "https://docs.kde.org/?application=katepart is missing or changed")])
    }
}

extension URLsCheckTests {
    @Test func anAddressMovedToHTTPSOrAPlaceholderSiteIsNotFlagged() {
        // bash.po (de), kio5.po (es).
        assertFindings(
            URLsCheck(), source: "General help using GNU software: <http://www.gnu.org/gethelp/>\n",
            target: "Allgemeine Hilfe für GNU-Software: <https://www.gnu.org/gethelp/>\n", locale: "de", markup: .plain,
            expected: [])
        assertFindings(
            URLsCheck(), source: "if you visit www.foobar.com while you are logged in",
            target: "si visita www.ejemplo.com mientras está conectado", locale: "es", markup: .plain, expected: [])
    }
}
