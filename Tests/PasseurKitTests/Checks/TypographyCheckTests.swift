import Testing

@testable import PasseurKit

/// `typography` gives no range: its findings are asserted by message and count.
@Suite struct TypographyCheckTests {
    static let nbsp = "\u{A0}"
    static let nnbsp = "\u{202F}"

    @Test func frenchWithNoBreakSpacesHasNoFinding() {
        assertFindings(
            TypographyCheck(), source: "x",
            target: "Est-ce pragmatique\(Self.nnbsp)? Je crois\(Self.nbsp): «\(Self.nbsp)oui\(Self.nbsp)».",
            locale: "fr", expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Voir https://bitcoin.org:8333/?x=1 à 10:30.", locale: "fr",
            expected: [])
    }

    @Test func frenchSpacesMissingOrPlainAreReported() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Est-ce pragmatique ? Je crois: «oui».", locale: "fr",
            expected: [
                (nil, "plain space before « ? »: use a no-break space (U+00A0 or U+202F)"),
                (nil, "no space before « : »: French puts a no-break space there"),
                (nil, "no space after « « »: French puts a no-break space there"),
                (nil, "no space before « » »: French puts a no-break space there"),
            ])
        assertFindings(
            TypographyCheck(), source: "x", target: "de « oui\(Self.nbsp)» , non .", locale: "fr",
            expected: [
                (nil, "plain space after « « »: use a no-break space"), (nil, "space before « , »"),
                (nil, "space before « . »"),
            ])
    }

    @Test func englishWithoutSpacesBeforeMarksHasNoFinding() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Is it pragmatic? I think so: “yes,” he said — it’s true.",
            expected: [])
    }

    @Test func englishSpacesBeforeMarksAndMixedQuotesAreReported() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Is it pragmatic ? I think so: \"yes\" — it’s true.",
            expected: [
                (nil, "space before « ? »: en puts none there"),
                (nil, "straight and curly quotes mixed: choose one style"),
            ])
        assertFindings(
            TypographyCheck(), source: "x", target: "Yes , he said .",
            expected: [(nil, "space before « , »"), (nil, "space before « . »")])
    }

    @Test func germanQuotationsOpenLow() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Ist das pragmatisch? Er sagte: „Ja“.", locale: "de",
            expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Er sagte: “Ja”.", locale: "de",
            expected: [(nil, "German quotations open with „, not “")])
    }

    @Test func spanishQuestionsAndExclamationsOpen() {
        assertFindings(TypographyCheck(), source: "x", target: "¿Es pragmático? ¡Claro!", locale: "es", expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Es pragmático? Claro!", locale: "es",
            expected: [(nil, "a question needs its opening ¿"), (nil, "an exclamation needs its opening ¡")])
    }

    @Test func brazilianPortugueseHasNoSpaceBeforeMarks() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Isso é pragmático? Acho que sim: “sim”.", locale: "pt-BR",
            expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Isso é pragmático ?", locale: "pt-BR",
            expected: [(nil, "space before « ? »: pt puts none there")])
    }

    @Test func aProjectsQuoteStyleIsApplied() {
        assertFindings(
            TypographyCheck(), source: "de « amusez-vous à rester pauvre ».", target: "de “diviértete siendo pobre”.",
            locale: "es", settings: .init(quotes: .angle),
            expected: [(nil, "quotation mark “: this locale's editions use « … »")])
        assertFindings(
            TypographyCheck(), source: "x", target: "de «diviértete siendo pobre».", locale: "es",
            settings: .init(quotes: .angle), expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "telling you «have fun staying poor».",
            settings: .init(quotes: .curly), expected: [(nil, "quotation mark «: this locale's editions use “ … ”")])
        assertFindings(
            TypographyCheck(), source: "x", target: "Er sagte: „Ja“.", locale: "de", settings: .init(quotes: .low),
            expected: [])
    }

    @Test func eachRuleIsReportedOnce() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Why ? Why ? Why ?",
            expected: [(nil, "space before « ? »: en puts none there")])
    }

    @Test func emptyAndBlankTargetsHaveNoFinding() {
        for locale in ["fr", "en", "de", "es"] {
            assertFindings(TypographyCheck(), source: "x", target: "", locale: locale, expected: [])
            assertFindings(TypographyCheck(), source: "x", target: "  \u{A0} ", locale: locale, expected: [])
        }
    }

    @Test func emojiAndCombiningMarksBeforeMarksAreNotSpaces() {
        assertFindings(
            TypographyCheck(), source: "x", target: "Vraiment 🙂\(Self.nnbsp)? Cafe\u{301}\(Self.nbsp)!", locale: "fr",
            expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: "Vraiment🙂?", locale: "fr",
            expected: [(nil, "no space before « ? »: French puts a no-break space there")])
    }

    @Test func aLongParagraphIsReadWhole() {
        let target = CheckFixtures.longText("Is it pragmatic? It is.")
        assertFindings(TypographyCheck(), source: "x", target: target, expected: [])
        assertFindings(
            TypographyCheck(), source: "x", target: target + " Really ?",
            expected: [(nil, "space before « ? »: en puts none there")])
    }
}

/// Software messages (plain text), from Debian's French, Spanish, Portuguese and German catalogs.
extension TypographyCheckTests {
    @Test func frenchPlainSpacesAndCodeInSoftwareMessagesAreNotFlagged() {
        // bash.po: a plain space before the colons, and %s:%d as in the source.
        assertFindings(
            TypographyCheck(), source: "%s: %s:%d: cannot allocate %lu bytes (%lu bytes allocated)",
            target: "%s : %s:%d : impossible d'allouer %lu octets (%lu octets alloués)", locale: "fr", markup: .plain,
            expected: [])
        // gawk.po, gcc-12.po, wget.po: an option, a scope operator, a quoted semicolon.
        assertFindings(
            TypographyCheck(), source: "Examples:\n\t%s -F: '{ print $1 }' /etc/passwd\n",
            target: "Exemples\(Self.nbsp):\n\t%s -F: '{ print $1 }' /etc/passwd\n", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            TypographyCheck(), source: "extra qualification %<%T::%> on member %qs",
            target: "qualification %<%T::%> additionnelle sur le membre %qs", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            TypographyCheck(), source: "hashes separated by ';', to verify",
            target: "des hash séparés par ';', pour vérification", locale: "fr", markup: .plain, expected: [])
        // wget.po, gettext-tools.po: a file extension, a quoted full stop.
        assertFindings(
            TypographyCheck(), source: "save request/response data to a .warc.gz file\n",
            target: "sauvegarder les données dans un fichier .warc.gz\n", locale: "fr", markup: .plain, expected: [])
        assertFindings(
            TypographyCheck(), source: "action names must consist of only alphanumerics, “-” and “.”\n",
            target:
                "les noms d’action ne contiennent que des caractères alphanumériques, «\(Self.nbsp)-\(Self.nbsp)» et «\(Self.nbsp).\(Self.nbsp)»\n",
            locale: "fr", markup: .plain, expected: [])
    }

    @Test func frenchMissingSpacesInSoftwareMessagesAreStillFlagged() {
        // gcc-12.po, coreutils.po.
        assertFindings(
            TypographyCheck(), source: "valid arguments are: %s", target: "les arguments valables sont: %s",
            locale: "fr", markup: .plain, expected: [(nil, "no space before « : »: French puts a no-break space there")]
        )
        assertFindings(
            TypographyCheck(), source: "Error: %s", target: "Erreur : «%s»", locale: "fr", markup: .plain,
            expected: [
                (nil, "no space after « « »: French puts a no-break space there"),
                (nil, "no space before « » »: French puts a no-break space there"),
            ])
        assertFindings(
            TypographyCheck(), source: "Done.", target: "Terminé .", locale: "fr", markup: .plain,
            expected: [(nil, "space before « . »")])
    }

    @Test func otherLanguagesCodeAndCopiedSpacingInSoftwareMessagesAreNotFlagged() {
        // gcc-12.po (es): a Fortran directive; gnucash.po (es, pt-BR): spacing copied from the source.
        assertFindings(
            TypographyCheck(), source: "Unknown attribute in !GCC$ ATTRIBUTES statement at %C",
            target: "Atributo desconocido en la declaración !GCC$ ATTRIBUTES en %C", locale: "es", markup: .plain,
            expected: [])
        assertFindings(
            TypographyCheck(), source: "Type : %s\n", target: "Tipo : %s\n", locale: "es", markup: .plain,
            expected: [])
        assertFindings(
            TypographyCheck(), source: "The file should be in your .gnucash directory",
            target: "Die Datei muss sich in Ihrem .gnucash-Verzeichnis befinden", locale: "de", markup: .plain,
            expected: [])
        // coreutils.po (de): an example's output, quotes and all, as in the source.
        assertFindings(
            TypographyCheck(), source: "  %s /usr/bin/sort          -> \"sort\"\n",
            target: "  %s /usr/bin/sort          -> \"sort\"\n", locale: "de", markup: .plain, expected: [])
    }

    @Test func otherLanguagesRealSlipsInSoftwareMessagesAreStillFlagged() {
        assertFindings(
            TypographyCheck(), source: "Remove the splits from this transaction?",
            target: "Remove todos os dobramentos desta transação ?", locale: "pt-BR", markup: .plain,
            expected: [(nil, "space before « ? »: pt puts none there")])
        assertFindings(
            TypographyCheck(), source: "Some data has been changed!", target: "Algunos datos han cambiado!",
            locale: "es", markup: .plain, expected: [(nil, "an exclamation needs its opening ¡")])
        assertFindings(
            TypographyCheck(), source: "subpacket of type %d has critical bit set\n",
            target: "Im Unterpaket des Typs %d ist das \"critical bit\" gesetzt\n", locale: "de", markup: .plain,
            expected: [(nil, "German quotations open with „, not \"")])
    }
}

/// More software messages: entities, locations, names, lists, copied quotes.
extension TypographyCheckTests {
    @Test func entitiesLocationsNamesAndListsAreNotProse() {
        // pidgin.po, man-db.po, gnome-control-center-2.0.po (fr); gnumeric.po, evolution-data-server.po (es).
        assertFindings(
            TypographyCheck(), source: "ctcp <nick> <msg>: sends ctcp msg to nick.",
            target: "ctcp &lt;pseudo&gt; &lt;msg&gt;\(Self.nbsp): Envoyer le message msg en CTCP à pseudo.",
            locale: "fr", markup: .plain, expected: [])
        assertFindings(
            TypographyCheck(), source: "%s:%d: warning: failed .so request",
            target: "%s:%d: attention\(Self.nbsp): requête .so échouée", locale: "fr", markup: .plain, expected: [])
        assertFindings(
            TypographyCheck(), source: "Thunderbolt;privacy;", target: "Thunderbolt;vie privée;confidentialité;",
            locale: "fr", markup: .plain, expected: [])
        assertFindings(
            TypographyCheck(), source: "Bang (!)", target: "Exclamation (!)", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            TypographyCheck(), source: "#VALUE!", target: "#VALOR!", locale: "es", markup: .plain, expected: [])
        assertFindings(
            TypographyCheck(), source: "Yahoo!", target: "Yahoo!", locale: "es", markup: .plain, expected: [])
    }

    @Test func quotesMixedAsInTheSourceAreCopied() {
        // evolution.po (es).
        assertFindings(
            TypographyCheck(), source: "Modes are “plain”, “html”, \"markdown\"",
            target: "Estos modos son “plain”, “html”, \"markdown\"", locale: "es", markup: .plain, expected: [])
        // korganizer.po (pt-BR): a typo the source has not.
        assertFindings(
            TypographyCheck(), source: "The pattern “meet” would match “kick-off meeting”.",
            target: "O padrão “reunião\" corresponderia a “reunião inicial”.", locale: "pt-BR", markup: .plain,
            expected: [(nil, "straight and curly quotes mixed: choose one style")])
    }
}

extension TypographyCheckTests {
    @Test func aLoneMarkIsNoSpanishExclamation() {
        // kcm_colors.po (es).
        assertFindings(TypographyCheck(), source: "!", target: "!", locale: "es", markup: .plain, expected: [])
    }
}
