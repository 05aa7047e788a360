import Testing

@testable import PasseurKit

/// `acronyms` gives no range: its findings are asserted by message and count.
@Suite struct AcronymsCheckTests {
    @Test func keptAcronymsHaveNoFinding() {
        assertFindings(
            AcronymsCheck(), source: "les critiques de la théorie monétaire moderne (MMT).",
            target: "criticisms of Modern Monetary Theory (MMT).", expected: [])
        assertFindings(AcronymsCheck(), source: "Le G7 et le B2B.", target: "The G7 and B2B.", expected: [])
    }

    @Test func anAcronymTheGlossaryRendersMayChange() {
        assertFindings(
            AcronymsCheck(), source: "les réponses des PNJ (personnage non-joueur).",
            target: "the answers of NPCs (non-player characters).", expected: [])
    }

    @Test func withoutTheGlossaryTheRenderedAcronymIsMissing() {
        assertFindings(
            AcronymsCheck(), source: "les réponses des PNJ (personnage non-joueur).",
            target: "the answers of NPCs (non-player characters).", termBase: .none,
            expected: [(nil, "acronym PNJ of the source is missing")])
    }

    @Test func aDroppedAcronymIsReported() {
        assertFindings(
            AcronymsCheck(), source: "les amateurs de jetons non fongibles (NFT).",
            target: "non-fungible token enthusiasts.", expected: [(nil, "acronym NFT of the source is missing")])
    }

    @Test func eachDroppedAcronymIsReportedOnce() {
        assertFindings(
            AcronymsCheck(), source: "Le G7 et le B2B.", target: "The group and the market.",
            expected: [(nil, "acronym G7 of the source is missing"), (nil, "acronym B2B of the source is missing")])
        assertFindings(
            AcronymsCheck(), source: "La MMT, encore la MMT.", target: "The theory, again the theory.",
            expected: [(nil, "acronym MMT of the source is missing")])
    }

    @Test func anEmptyOrBlankTargetLacksTheAcronym() {
        for target in ["", "  "] {
            assertFindings(
                AcronymsCheck(), source: "les NFT", target: target,
                expected: [(nil, "acronym NFT of the source is missing")])
        }
    }

    @Test func emojiAndCombiningMarksAroundAcronymsDoNotMatter() {
        assertFindings(
            AcronymsCheck(), source: "🙂 la the\u{301}orie (MMT) 🙂", target: "🙂 the theory (MMT) 🙂", expected: [])
    }

    @Test func aLongParagraphIsComparedWhole() {
        assertFindings(
            AcronymsCheck(), source: CheckFixtures.longText("La théorie (MMT) et les NFT."),
            target: CheckFixtures.longText("The theory (MMT) and tokens."),
            expected: [(nil, "acronym NFT of the source is missing")])
    }
}

/// Software messages (plain text, English sources), from Debian's French catalogs.
extension AcronymsCheckTests {
    @Test func metavariablesTranslatedOnPurposeAreNotAcronyms() {
        // coreutils.po: FILE, FILE1 and FILE2 are words of English, translated.
        assertFindings(
            AcronymsCheck(), source: "Write each FILE to standard output, last line first.\n",
            target: "Écrire chaque FICHIER sur la sortie standard, la dernière ligne en premier.\n", locale: "fr",
            markup: .plain, expected: [])
        assertFindings(
            AcronymsCheck(), source: "Call the link function to create a link named FILE2 to an existing FILE1.\n\n",
            target: "Exécuter la fonction link() pour créer un lien nommé FICHIER2 sur le FICHIER1\nexistant.\n\n",
            locale: "fr", markup: .plain, expected: [])
    }

    @Test func anAcronymWithAnElisionOrAHyphenIsKept() {
        // evolution.po, glib20.po.
        assertFindings(
            AcronymsCheck(), source: "The URL template to use as a free/busy data fallback",
            target: "Modèle de l’URL à utiliser comme donnée libre/occupé par défaut", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            AcronymsCheck(), source: "PCRE library is compiled without UTF8 support",
            target: "La bibliothèque PCRE est compilée sans la prise en charge UTF-8", locale: "fr", markup: .plain,
            expected: [])
    }

    @Test func aRealAcronymDroppedFromASoftwareMessageIsStillFlagged() {
        // kmail.po: CRL is no English word.
        assertFindings(
            AcronymsCheck(), source: "Ignore LDAP CRL distribution point of certificates",
            target: "Ignorer les points LDAP de distribution de liste de révocation de certificats", locale: "fr",
            markup: .plain, expected: [(nil, "acronym CRL of the source is missing")])
    }

    @Test func inADocumentACapitalisedWordStaysAnAcronym() {
        assertFindings(
            AcronymsCheck(), source: "La SEC a refusé.", target: "The commission refused.", termBase: .none,
            expected: [(nil, "acronym SEC of the source is missing")])
    }
}

extension AcronymsCheckTests {
    @Test func aMetavariableTranslatedIntoCapitalsOfTheTranslationIsNoAcronym() {
        // xz.po (de), libc.po (fr).
        assertFindings(
            AcronymsCheck(), source: "  -T, --threads=NUM   use at most NUM threads",
            target: "  -T, --threads=ANZAHL  Höchstens die angegebene ANZAHL Threads erzeugen", locale: "de",
            markup: .plain, expected: [])
        assertFindings(
            AcronymsCheck(), source: "DATAFILE [OUTFILE]", target: "DATAFILE [FICHIER_DE_SORTIE]", locale: "fr",
            markup: .plain, expected: [])
        // digikam.po (fr): dots; xfce4-settings.po (de): a hyphen; grep.po (es): a plural.
        assertFindings(
            AcronymsCheck(), source: "Exposure (EV)", target: "Exposition (E.V)\u{A0}:", locale: "fr",
            markup: .plain, expected: [])
        assertFindings(
            AcronymsCheck(), source: "Font quality on a TFT or LCD screen",
            target: "Falls Sie einen TFT- oder LCD-Monitor haben", locale: "de", markup: .plain, expected: [])
        assertFindings(
            AcronymsCheck(), source: "exceeded PCRE's line length limit",
            target: "se ha excedido el límite de longitud de línea de las PCREs", locale: "es", markup: .plain,
            expected: [])
    }
}

extension AcronymsCheckTests {
    @Test func withoutATermBaseASoftwareMessagesRenderedAcronymIsNotReported() {
        // plasma_runner_kill.po (fr), rhythmbox.po (es).
        assertFindings(
            AcronymsCheck(), source: "CPU usage", target: "Utilisation du processeur", locale: "fr", termBase: .none,
            markup: .plain, expected: [])
        assertFindings(
            AcronymsCheck(), source: "OK", target: "Aceptar", locale: "es", termBase: .none, markup: .plain,
            expected: [])
        // With a term base, a dropped acronym is reported.
        assertFindings(
            AcronymsCheck(), source: "CPU usage", target: "Utilisation du processeur", locale: "fr", markup: .plain,
            expected: [(nil, "acronym CPU of the source is missing")])
    }
}
