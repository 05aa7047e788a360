import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `accelerators` gives a range: at the source's accelerator when the translation lost it, at
/// the translation's when it adds or repeats one (first form only; other plural forms have none).
///
/// Units come from real French catalogs of Debian 12 (`msgunfmt` of the packages' `.mo` files):
/// GTK 3.24 (`gtk30`), GTK 2.24 (`gtk20`), KDE's KCalc 22.12 (`kcalc`), LibreOffice 7.4
/// (`libreoffice-l10n-fr`: `cui`, `sw`, `sd`, `svx`, `sc`, `chart2`), PostgreSQL 15 (`psql-15`); those marked
/// "altered" were changed to break them, those marked "written" were written for the test.
@Suite struct AcceleratorsCheckTests {
    func expect(
        _ source: String, _ target: String, _ expected: [ExpectedFinding],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            AcceleratorsCheck(), source: source, target: target, locale: "fr", termBase: .none, markup: .plain,
            expected: expected, sourceLocation: sourceLocation)
    }

    @Test func anUnderscoreJoiningTheWordsOfAnIdentifierIsNoAccelerator() {
        // Debian 12's catalogs, as shipped: GTK's keysym, e2fsprogs' and bash's identifiers.
        expect("Multi_key", "Touche multi", [])
        assertFindings(
            AcceleratorsCheck(), source: "Maximum of one test_pattern may be specified in read-only mode",
            target: "Sólo un máximo de un patrón_de_prueba puede ser especificado en modo sólo lectura", locale: "es",
            termBase: .none, markup: .plain, expected: [])
        assertFindings(
            AcceleratorsCheck(), source: "job_spec [&]", target: "escpec-job [&]", locale: "pt-BR", termBase: .none,
            markup: .plain, expected: [])
        // gimp's and evolution-data-server's catalogs, as shipped: a label's word is a word.
        assertFindings(
            AcceleratorsCheck(), source: "Fi1️⃣_ll Window", target: "Fenster füllen", locale: "de", termBase: .none,
            markup: .plain, expected: [("1️⃣", "accelerator _l of the source is missing")])
        assertFindings(
            AcceleratorsCheck(), source: "Numbe1️⃣_r of concurrent connections to use",
            target: "Anzahl der gleichzeitig zu verwendenden Verbindungen", locale: "de", termBase: .none,
            markup: .plain, expected: [("1️⃣", "accelerator _r of the source is missing")])
    }

    @Test func acceleratorsKeptAnywhereInTheWordHaveNoFinding() {
        // gtk30: the accelerator moves to another word.
        expect("Page or_dering:", "Or_dre des pages\u{A0}:", [])
        // kcalc: inside the translated word, before an accented capital's next letter.
        expect("&Beep on error", "É&mettre une sonnerie en cas d'erreur", [])
        // LibreOffice: tildes, and an underscore before a bracket.
        expect("All ~Pages", "Toutes les ~pages", [])
        expect("F~older name", "Nom du d~ossier", [])
        expect("N_one", "A_ucun(e)", [])
        expect("_AutoVertical", "Vertical_Auto", [])
        // Written: an accelerator in brackets, as Japanese and Chinese catalogs put it.
        expect("_File", "ファイル(_F)", [])
    }

    @Test func aDroppedAcceleratorIsMissing() {
        // kcalc 22.12's French catalog, as shipped.
        expect("1️⃣&Button font:", "Police de boutons\u{A0}:", [("1️⃣", "accelerator &B of the source is missing")])
        // gtk20's French catalog, as shipped (gtk30's has « Or_dre des pages »).
        expect("Page or1️⃣_dering:", "Ordre des pages\u{A0}:", [("1️⃣", "accelerator _d of the source is missing")])
        // LibreOffice cui, as shipped.
        expect("Hyphenation 1️⃣_zone:", "Zone de coupure :", [("1️⃣", "accelerator _z of the source is missing")])
    }

    @Test func anAcceleratorWithAnotherMarkerIsMissingAndAdded() {
        // LibreOffice sw, as shipped: GTK's marker in the source, LibreOffice's old one in the translation.
        expect(
            "Use as 1️⃣_Default", "Utiliser par 2️⃣~défaut",
            [("1️⃣", "accelerator _D of the source is missing"), ("2️⃣", "accelerator ~d is not in the source")])
        // LibreOffice sd, as shipped: inside a word.
        expect(
            "Start 1️⃣_With Previous", "Démarrer a2️⃣~vec le précédent",
            [("1️⃣", "accelerator _W of the source is missing"), ("2️⃣", "accelerator ~v is not in the source")])
    }

    @Test func anAddedAcceleratorIsReported() {
        // LibreOffice cui, as shipped.
        expect("Language:", "1️⃣_Langue :", [("1️⃣", "accelerator _L is not in the source")])
        // kcalc, altered.
        expect(
            "Button & Display Colors", "1️⃣&Couleurs des boutons et d'affichage",
            [
                ("1️⃣", "accelerator &C is not in the source")
            ])
    }

    @Test func aRepeatedAcceleratorIsReported() {
        // LibreOffice svx, as shipped.
        expect(
            "_Illumination color", "_Couleur d'écla1️⃣_irage",
            [("1️⃣", "accelerator marker _ appears 2 times; the source has one (_I)")])
    }

    @Test func ampersandsUnderscoresAndTildesThatAreNoAcceleratorsHaveNoFinding() {
        // gtk30: an ampersand between words; LibreOffice: between a letter and a capital.
        expect("Food & Drink", "Nourriture et boissons", [])
        expect("Date&Time", "Date&Heure", [])
        // gtk30: a keysym; psql-15: metavariables translated as identifiers.
        expect("KP_Begin", "Début (pavé num.)", [])
        expect("call_handler", "gestionnaire_d_appel", [])
        expect("filename", "nom_fichier", [])
        // LibreOffice Calc: function parameters translated as identifiers; chart: an ampersand
        // the translation writes as a word.
        expect("Minimum length", "Longueur_min", [])
        expect("Barrier type", "Type_barrière", [])
        expect(
            "Horizontal grid major/major&minor/off", "Grille horizontale principale/principale & secondaire/désactivée",
            [])
        // gtk20: an identifier in a message that quotes.
        expect(
            "Unable to locate image file in pixmap_path: \"%s\"",
            "Incapable de localiser le fichier image dans le chemin des pixmaps\u{A0}: «\u{A0}%s\u{A0}»", [])
        // Written: an entity, a path, a format, doubled markers (the literal character).
        expect("Tom &amp; Jerry", "Tom &amp; Jerry", [])
        expect("Open ~/.config", "Ouvrir ~/.config", [])
        expect("Saved as %s_%d", "Enregistré sous %s_%d", [])
        expect("Fish && Chips", "Poisson && frites", [])
        expect("About ~5 minutes", "Environ ~5 minutes", [])
    }

    @Test func markdownEmphasisIsNoAccelerator() {
        expect("Le _désespoir_ est double.", "The *hopelessness* is twofold.", [])
        expect("Le désespoir est double.", "The _hopelessness_ is twofold.", [])
    }

    @Test func sentencesAndSourcesWithSeveralMarkersAreNoLabels() {
        let long =
            "Le désespoir est double, et la _colère aussi, disait-il en regardant la mer depuis la jetée du port."
        expect(long, "The hopelessness is twofold, and so is the anger, he said, looking at the sea from the pier.", [])
        expect("_Open the _File", "Ouvrir le fichier", [])
        expect("_Open\nthe file", "Ouvrir\nle fichier", [])
    }

    @Test func emptyAndBlankTargets() {
        expect("&Button font:", "", [])
        expect("1️⃣&Button font:", "  ", [("1️⃣", "accelerator &B of the source is missing")])
    }

    @Test func theOffsetCountsEmojiAndCombiningMarksInUTF16() {
        expect("🙂 Cafe\u{301} 1️⃣_menu", "🙂 Menu du café", [("1️⃣", "accelerator _m of the source is missing")])
        expect("🙂 Café menu", "🙂 Cafe\u{301} 1️⃣_menu", [("1️⃣", "accelerator _m is not in the source")])
    }

    @Test func eachPluralFormIsComparedWithItsSource() {
        assertFindings(
            AcceleratorsCheck(),
            unit: TranslationUnit(
                source: "_Delete %d file", sourcePlural: "_Delete %d files",
                targets: ["_Supprimer %d fichier", "Supprimer %d fichiers"], state: .translated),
            locale: "fr", termBase: .none,
            expected: [(nil, "accelerator _D of the source is missing (plural form 1)")])
    }

    @Test(arguments: [
        ("po/gnome-clocks-fr.po", [String]()), ("po/grep-fr.po", []), ("po/po4a-bin-fr.po", []),
        ("po/tt-af-pootle.po", []),
        // KCalc's 58 units with `&`: one accelerator lost, as `msgfmt --check-accelerators=&` says.
        ("po/kcalc-fr.po", ["accelerator &B of the source is missing"]),
    ])
    func realCatalogsHaveOnlyTheirRealSlips(_ file: String, _ expected: [String]) throws {
        let catalog = try Catalog.read(path: Fixtures.path(file))
        let findings = catalog.units.filter { $0.hasTarget && $0.state != .fuzzy && !$0.isObsolete }.flatMap {
            runCheck(AcceleratorsCheck(), on: $0, locale: "fr", termBase: .none)
        }
        #expect(findings.map(\.message) == expected)
    }
}

/// A catalog that names its marker (`X-Accelerator-Marker: &`, as KDE's do) is read with that
/// marker alone. Units from Debian's French KDE catalogs (digikam 8, kio5), which declare `&`.
extension AcceleratorsCheckTests {
    func expectKDE(
        _ source: String, _ target: String, _ expected: [ExpectedFinding],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            AcceleratorsCheck(), unit: TranslationUnit(source: source, targets: [target], state: .translated),
            locale: "fr", termBase: .none,
            conventions: CatalogConventions(header: [("X-Accelerator-Marker", "&")]), expected: expected,
            sourceLocation: sourceLocation)
    }

    @Test func theHeadersMarkerIsTheCatalogsConvention() {
        #expect(CatalogConventions(header: [("X-Accelerator-Marker", "&")]).acceleratorMarker == "&")
        #expect(CatalogConventions(header: [("Language", "fr")]).acceleratorMarker == nil)
        // digikam.po: without the header, `n&G` may be an ampersand and the unit is left alone.
        expect("Use Open&GL transitions", "Utiliser les transitions OpenGL", [])
        expectKDE("Use Open&GL transitions", "Utiliser les transitions Open&GL", [])
        expectKDE("U&RL", "U&RL", [])
        // An underscore or a tilde of a KDE catalog is text (written: KDE has no such accelerator).
        expectKDE("Show _all", "Tout afficher", [])
        expectKDE("~Settings", "Configuration", [])
    }

    @Test func aDroppedDeclaredAcceleratorIsStillFound() {
        // digikam.po and kio5.po, altered: the accelerator dropped.
        expectKDE(
            "Use Open1️⃣&GL transitions", "Utiliser les transitions OpenGL",
            [("1️⃣", "accelerator &G of the source is missing")])
        expectKDE("U1️⃣&RL", "URL", [("1️⃣", "accelerator &R of the source is missing")])
        // digikam.po, as shipped: « Cu&t » is « Cou&per ».
        expectKDE("Cu&t", "Cou&per", [])
    }

    @Test func aKDECatalogsConventionsComeFromItsHeader() throws {
        let catalog = try Catalog.read(path: Fixtures.path("po/kcalc-fr.po"))
        let findings = catalog.units.filter { $0.hasTarget && $0.state != .fuzzy && !$0.isObsolete }.flatMap {
            runCheck(AcceleratorsCheck(), on: $0, locale: "fr", termBase: .none, conventions: catalog.conventions)
        }
        #expect(findings.map(\.message) == ["accelerator &B of the source is missing"])
    }
}
