import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `xml-tags` gives a range: at the source's tag when the translation lost it, at the
/// translation's when it added or broke one (first form only; other plural forms have none).
///
/// Units come from real French catalogs of Debian 12 (`msgunfmt` of the `.mo` files of
/// software-properties 0.99, GTK 3.24, GLib 2.74, git 2.39, dpkg 1.21, kcalc 22.12) and from the
/// Russian Drupal catalog in `Tests/Fixtures/po`; those marked "altered" were changed to break
/// them, those marked "written" were written for the test.
@Suite struct XMLTagsCheckTests {
    func expect(
        _ source: String, _ target: String, _ expected: [ExpectedFinding],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            XMLTagsCheck(), source: source, target: target, locale: "fr", termBase: .none, expected: expected,
            sourceLocation: sourceLocation)
    }

    @Test func keptTagsHaveNoFindingInAnyOrderOrQuoting() {
        expect("<b>Automatic updates</b>", "<b>Mises à jour automatiques</b>", [])
        expect(
            "This program comes with absolutely no warranty.\nSee the <a href=\"%s\">%s</a> for details.",
            "Ce programme est fourni sans aucune garantie.\nPour plus de détails, visitez <a href=\"%s\">%s</a>.", [])
        expect("<alias value='%s'/> already specified", "<alias value='%s'/> est déjà défini", [])
        expect("10<sup>x</sup>", "10<sup>x</sup>", [])
        // Written: reordered tags, other quotes, attributes in another order.
        expect(
            "<b>Bold</b> and <i>italic</i>", "<i>italique</i> et <b>gras</b>", [])
        expect(
            "<span weight=\"bold\" size=\"large\">Done</span>", "<span size='large' weight='bold'>Terminé</span>", [])
    }

    @Test func translatableAttributesMayChange() {
        // Written.
        expect(
            "<img src=\"logo.png\" alt=\"Logo\"/> <a href=\"https://gnu.org\" title=\"GNU\">licence</a>",
            "<img src=\"logo.png\" alt=\"Le logo\"/> <a href=\"https://gnu.org\" title=\"Le projet GNU\">licence</a>",
            [])
    }

    @Test func aChangedAttributeValueIsMissingAndAdded() {
        // gtk30, altered.
        expect(
            "See the 1️⃣<a href=\"%s\">%s</a> for details.", "Pour plus de détails, visitez 2️⃣<a href=\"%d\">%s</a>.",
            [
                ("1️⃣", "tag <a href=\"%s\"> of the source is missing"),
                ("2️⃣", "tag <a href=\"%d\"> is not in the source"),
            ])
    }

    @Test func aDroppedOrUnclosedTagIsMissing() {
        // software-properties, altered.
        expect(
            "<b>Automatic updates1️⃣</b>", "<b>Mises à jour automatiques",
            [("1️⃣", "tag </b> of the source is missing")])
        expect(
            "1️⃣<b>Automatic updates2️⃣</b>", "Mises à jour automatiques",
            [("1️⃣", "tag <b> of the source is missing"), ("2️⃣", "tag </b> of the source is missing")])
    }

    @Test func tagsThatRenderTheSameAreTheSame() {
        // Debian 12's catalogs, as shipped: kdevplatform (fr), ktexteditor (es), digikam (fr, de),
        // kdeconnect-kcm (es), kio (fr).
        expect(
            "Unable to load the project file %1.<br>The project has been removed from the session.",
            "Impossible de charger le fichier projet %1.<br/>Le projet a été supprimé de la session.", [])
        expect(
            "<para>This Batch Queue Manager tool can rotate images.</para>",
            "<p>Ce gestionnaire de traitement par lots peut faire pivoter des images.</p>", [])
        expect(
            "See details about this format from <a href='https://en.wikipedia.org/wiki/Digital_Negative'>this page</a>.",
            "Consultez les détails sur ce format sur <a href='https://fr.wikipedia.org/wiki/Digital_Negative'>cette page</a>.",
            [])
        expect(
            "<a href=\"x\"><span style=\" text-decoration: underline; color:#4c6b8a;\">KDE Connect Android app</span></a>",
            "<a href=\"x\"><span style=\"text-decoration: underline;color:#4c6b8a;\">la aplicación KDE Connect</span></a>",
            [])
        // Tags repeated or merged: bold split over two words, two line breaks made one.
        expect(
            "<p>These albums will be <b>permanently deleted</b> from your hard disk.</p>",
            "<p>Diese Alben werden <b>unwiderruflich</b> vom Datenträger <b>gelöscht</b>.</p>", [])
        expect(
            "Permanently delete them instead?<nl/><nl/><emphasis strong='true'>This action cannot be undone.</emphasis>",
            "Voulez-vous vraiment les supprimer définitivement\u{A0}? <nl/> <emphasis strong='true'>Cette action ne peut être annulée.</emphasis>",
            [])
    }

    @Test func pangoSpansWrappersAndHelpLinksAreCompared() {
        // Debian 12's catalogs, as shipped: gnumeric (de), kcmkwm (de), klipper (es),
        // katesnippetsplugin (pt-BR, shortened).
        expect("<span weight=\"bold\">Delete Method</span>", "<b>Löschmethode</b>", [])
        expect(
            "<html><head/><body><p>If this option is enabled, a shaded window will unshade automatically.</p></body></html>",
            "Wenn diese Einstellung aktiviert ist, wird ein eingefahrenes Fenster automatisch ausgefahren.", [])
        expect(
            "For more information see the <link url=\"https://en.wikipedia.org/wiki/Regular_expression\">Wikipedia entry</link>.",
            "Para más información, consulte la <link url=\"https://es.wikipedia.org/wiki/Expresi%C3%B3n_regular\">entrada de la Wikipedia</link>.",
            [])
        expect(
            "Write down JavaScript helper functions here. <a href=\"All JavaScript functions should return a string.\">More...</a>",
            "Escreva aqui as funções auxiliares. <a href=\"Todas as funções em JavaScript deverão devolver texto.\">Mais...</a>",
            [])
        // Debian 12's catalogs, as shipped: digikam (fr) and kio (es), real slips.
        expect(
            "1️⃣<i>Make:2️⃣</i>", "3️⃣<li>Marque\u{A0}:4️⃣</li>",
            [
                ("1️⃣", "tag <i> of the source is missing"), ("2️⃣", "tag </i> of the source is missing"),
                ("3️⃣", "tag <li> is not in the source"), ("4️⃣", "tag </li> is not in the source"),
            ])
        expect(
            "<para>KDE's wastebin is configured to use the <b>Finder</b>'s Trash.1️⃣<br></para>",
            "<para>La papelera de KDE está configurada para usar la Papelera de <b>Finder</b>.2️⃣</br></para>",
            [("1️⃣", "tag <br> of the source is missing"), ("2️⃣", "tag </br> is not in the source")])
        // Written: a bold span left open is still an unclosed <b>.
        expect(
            "<span weight=\"bold\">Sort</span> and <b>Filter</b>", "<b>Trier</b> et <span weight=\"bold\">Filtrer",
            [(nil, "element <span> is not opened and closed as often as in the source")])
    }

    @Test func emphasisMaySwapForKDEsSemanticMarkup() {
        // digikam's Brazilian and Spanish catalogs (Debian 12), as shipped.
        expect(
            "The XML in the configuration file <b>%1</b> is missing the required element <b>%2</b>",
            "O XML no arquivo de configuração <b>%1</b> não tem o elemento obrigatório <icode>%2</icode>", [])
        expect(
            "<qt>The original file (<b>%1</b>) is currently not available</qt>",
            "<qt>El archivo original (<filename>%1</filename>) ya no está disponible</qt>", [])
    }

    @Test func emphasisMayGiveWayToQuotationMarks() {
        // kdevgrepview's and digikam's French catalogs (Debian 12), as shipped.
        expect("Searching for <b>%2</b> in one file", "Recherche de «\u{A0}%2\u{A0}» dans un fichier", [])
        expect("Failed to download file <b>%1</b>.", "Impossible de télécharger le fichier «\u{A0}%1\u{A0}».", [])
        // kfontinst's French catalog, as shipped: the bold dropped with nothing instead.
        expect(
            "%1 contains the font 1️⃣<b>%22️⃣</b>, which is already installed on your system.",
            "%1 contient la police %2, qui est déjà installée sur votre système.",
            [("1️⃣", "tag <b> of the source is missing"), ("2️⃣", "tag </b> of the source is missing")])
        // util-linux's Spanish catalog, as shipped: a translated placeholder is no strikethrough.
        expect(
            " -T, --timeout <sec>     specify inactivity timeout\n",
            " -T, --timeout <s>       especifica el tiempo límite de inactividad\n", [])
    }

    @Test func anElementLeftOpenAmongOthersIsReported() {
        // digikam (de), altered: the second bold word loses its closing tag.
        expect(
            "<p>These albums will be <b>permanently deleted</b> from your hard disk.</p>",
            "<p>Diese Alben werden <b>unwiderruflich</b> vom Datenträger <b>gelöscht.</p>",
            [(nil, "element <b> is not opened and closed as often as in the source")])
        // Written: a link to a file is no web address, and must stay.
        expect(
            "Read 1️⃣<a href=\"help:/kio/index.html\">the manual</a>.",
            "Lisez 2️⃣<a href=\"help:/kio/fr.html\">le manuel</a>.",
            [
                ("1️⃣", "tag <a href=\"help:/kio/index.html\"> of the source is missing"),
                ("2️⃣", "tag <a href=\"help:/kio/fr.html\"> is not in the source"),
            ])
    }

    @Test func aBrokenTagIsNamed() {
        // software-properties, altered.
        expect(
            "<b>Automatic updates</b>", "1️⃣< b>Mises à jour automatiques</b>",
            [("1️⃣", "tag <b> of the source is broken in the translation: < b>")])
        expect(
            "<b>Automatic updates</b>", "<b>Mises à jour automatiques1️⃣</ b>",
            [("1️⃣", "tag </b> of the source is broken in the translation: </ b>")])
    }

    @Test func anAddedTagIsReported() {
        // software-properties, altered.
        expect(
            "Automatic updates", "1️⃣<b>Mises à jour automatiques2️⃣</b>",
            [("1️⃣", "tag <b> is not in the source"), ("2️⃣", "tag </b> is not in the source")])
        // digikam, altered: a span added to a text of paragraphs, and emphasis left open.
        expect(
            "<p>Select the album.</p>", "<p>Choisissez 1️⃣<span>l'album2️⃣</span>.</p>",
            [("1️⃣", "tag <span> is not in the source"), ("2️⃣", "tag </span> is not in the source")])
        expect(
            "<p>Select the album.</p>", "<p>Choisissez 1️⃣<b>l'album.</p>", [("1️⃣", "tag <b> is not in the source")])
    }

    @Test func emphasisLinksAndBreaksAddedToMarkupAreNoFinding() {
        // Real messages of Debian's KDE catalogs: digikam's French stresses a word, kstars' German
        // links its language's page, okular's French makes paragraphs of line breaks.
        expect(
            "<p>This tool will <b>erase</b> the metadata of the selected items.</p>",
            "<p>Cet outil va <b>effacer</b> les métadonnées des éléments <i>sélectionnés</i>.</p>", [])
        expect(
            "<qt>The Sun is the star at the center of the Solar System.</qt>",
            "<qt>Die <a href=\"https://de.wikipedia.org/wiki/Sonne\">Sonne</a> ist der Stern im Zentrum.</qt>", [])
        expect(
            "Page numbers<br>Margins", "<p>Numéros de page</p><p>Marges</p>", [])
        expect(
            "<p>First line.</p><p>Second line.</p>", "<p>Première ligne.<br/>Deuxième ligne.</p>", [])
        expect("<p>First line.<br>Second line.</p>", "<p>Première ligne.</p><p>Deuxième ligne.</p>", [])
        expect("<para>Select a file.</para>", "<para>Choisissez un fichier.<nl/>Puis validez.</para>", [])
        // kdevdebuggercommon's Spanish closes the paragraph Qt's rich text leaves open.
        expect(
            "<b>Debugger crashed.</b><p>The debugger process '%1' crashed.<br>Because of that the session ends.<br>",
            "<b>El depurador ha fallado.</b><p>El proceso «%1» ha fallado.</p><p>Como consecuencia, la sesión termina.<br>",
            [])
    }

    @Test func kuitLinksAndQuotedEmphasisCompareAsTheyRender() {
        // kcm_nightcolor's French: KUIT's <link url> is HTML's <a href>.
        expect(
            "by sending network information to <link url='https://location.services.mozilla.com'>Mozilla</link>.",
            "en envoyant des informations à <a href=\"https://location.services.mozilla.com\">Mozilla</a>.", [])
        expect(
            "Read 1️⃣<link url='help:/kcontrol/index.html'>the manual</link>.",
            "Lisez 2️⃣<a href=\"help:/kio/index.html\">le manuel</a>.",
            [
                ("1️⃣", "tag <link url='help:/kcontrol/index.html'> of the source is missing"),
                ("2️⃣", "tag <a href=\"help:/kio/index.html\"> is not in the source"),
            ])
        // ktextwidgets5's German: quoted bold becomes German quotation marks.
        expect("No matches found for '<b>%1</b>'.", "Keine Übereinstimmungen gefunden für „%1“.", [])
    }

    @Test func placeholdersInAngleBracketsMayBeTranslated() {
        // git, dpkg: usage placeholders, translated as shipped.
        expect(
            "append <mark> on dirty working tree (default: \"-dirty\")",
            "ajouter <marque> si la copie de travail est sale (défaut\u{A0}: \"-dirty\")", [])
        expect("--%s needs <link> <name> <path>", "--%s a besoin de <lien> <nom> <chemin>", [])
        expect("--%s takes one <pkgname> argument", "--%s prend un argument <nom de paquet>", [])
        // Written: a usage line and a comparison.
        expect("Usage: cp <source> <dest>", "Utilisation\u{A0}: cp <source> <destination>", [])
        expect("if a < b and c > d", "si a < b et c > d", [])
        // A word in brackets as the whole source, as pofilter allows.
        expect("<Error>", "<Erreur>", [])
    }

    @Test func theDrupalCatalogsRussianParagraphLostItsTags() throws {
        // Tests/Fixtures/po/okapi-DrupalRussianCP1251.po, as shipped.
        let catalog = try Catalog.read(path: Fixtures.path("po/okapi-DrupalRussianCP1251.po"))
        let unit = try #require(catalog.units.first { $0.source.hasPrefix("<p>Admins may create many image nodes") })
        let findings = runCheck(XMLTagsCheck(), on: unit, locale: "ru", termBase: .none)
        #expect(findings.map(\.message) == ["tag <p> of the source is missing", "tag </p> of the source is missing"])
    }

    @Test func markdownRawHTMLIsReportedHereNotByTheMarkupCheck() {
        let source = "Le désespoir est 1️⃣<abbr title=\"double\">dbl2️⃣</abbr>."
        let target = "The hopelessness is dbl."
        assertFindings(MarkupCheck(), source: MarkedText(source).text, target: target, termBase: .none, expected: [])
        assertFindings(
            XMLTagsCheck(), source: source, target: target, termBase: .none,
            expected: [
                ("1️⃣", "tag <abbr title=\"double\"> of the source is missing"),
                ("2️⃣", "tag </abbr> of the source is missing"),
            ])
    }

    @Test func emptyAndBlankTargets() {
        expect("<b>Automatic updates</b>", "", [])
        expect(
            "1️⃣<b>Automatic updates2️⃣</b>", "  ",
            [("1️⃣", "tag <b> of the source is missing"), ("2️⃣", "tag </b> of the source is missing")])
    }

    @Test func theOffsetCountsEmojiAndCombiningMarksInUTF16() {
        expect("🙂 Cafe\u{301} 1️⃣<br/>", "🙂 Café", [("1️⃣", "tag <br/> of the source is missing")])
        expect("🙂 Café", "🙂 Cafe\u{301} 1️⃣<br/>", [("1️⃣", "tag <br/> is not in the source")])
    }

    @Test func eachPluralFormIsComparedWithItsSource() {
        assertFindings(
            XMLTagsCheck(),
            unit: TranslationUnit(
                source: "<b>%d</b> file", sourcePlural: "<b>%d</b> files",
                targets: ["<b>%d</b> fichier", "%d fichiers"], state: .translated),
            locale: "fr", termBase: .none,
            expected: [
                (nil, "tag <b> of the source is missing (plural form 1)"),
                (nil, "tag </b> of the source is missing (plural form 1)"),
            ])
    }

    @Test(arguments: ["po/gnome-clocks-fr.po", "po/grep-fr.po", "po/po4a-bin-fr.po", "po/tt-af-pootle.po"])
    func realCatalogsHaveNoFinding(_ file: String) throws {
        let catalog = try Catalog.read(path: Fixtures.path(file))
        let findings = catalog.units.filter { $0.hasTarget && $0.state != .fuzzy && !$0.isObsolete }.flatMap {
            runCheck(XMLTagsCheck(), on: $0, locale: "fr", termBase: .none)
        }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}
