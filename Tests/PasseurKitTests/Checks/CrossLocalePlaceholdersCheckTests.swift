import Testing

@testable import PasseurKit

/// `cross-locale-placeholders` gives no range: its findings are asserted by locale and message.
/// The messages are GNU grep's and coreutils', with their translators' French, German, Spanish
/// and Brazilian Portuguese.
@Suite struct CrossLocalePlaceholdersCheckTests {
    @Test func translationsThatKeepEveryPlaceholderHaveNoFinding() {
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Usage: %s [OPTION]... PATTERNS [FILE]...\n",
            translations: [
                ("fr", "Utilisation : %s [OPTION]... MOTIFS [FICHIER]...\n"),
                ("de", "Aufruf: %s [OPTION]... MUSTER [DATEI]...\n"),
                ("es", "Modo de empleo: %s [OPCIÓN]... PATRONES [FICHERO]...\n"),
                ("pt-BR", "Uso: %s [OPÇÃO]... PADRÕES [ARQUIVO]...\n"),
            ], expected: [])
    }

    @Test func aPlaceholderEveryOtherLocaleKeepsIsExpectedHere() {
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "cannot move %s to a subdirectory of itself, %s",
            translations: [
                ("fr", "impossible de déplacer %s vers un de ses sous-répertoires, %s"),
                ("de", "%s kann nicht in ein Unterverzeichnis von sich selbst verschoben werden"),
                ("es", "no se puede mover %s a un subdirectorio de sí mismo, %s"),
                ("pt-BR", "impossível mover %s para um subdiretório de si mesmo, %s"),
            ],
            // The set of placeholders, not their count: `%s` twice is one item.
            expected: [])
    }

    @Test func numberedBraceAndQtPlaceholdersAreCompared() {
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Copied %1 of %2 files to {folder}",
            translations: [
                ("fr", "%1 fichiers sur %2 copiés dans {folder}"),
                ("de", "%1 von %2 Dateien nach {folder} kopiert"),
                ("es", "Copiados %1 de %2 archivos"),
                ("pt-BR", "Copiados %1 de %2 arquivos para {folder}"),
            ],
            expected: [("es", "placeholder {folder} is in every other translation but not here")])
    }

    @Test func prosePercentagesAreNotPlaceholders() {
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "50 % des frais",
            translations: [
                ("en", "50% of the fees"), ("es", "50 % de las comisiones"), ("de", "50 % der Gebühren"),
                ("pt-BR", "50% das taxas"),
            ], expected: [])
    }

    @Test func whatTheSourceDoesNotHaveIsNotExpected() {
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Report bugs to: %s\n",
            translations: [
                ("fr", "Signaler les bogues à : %s (%d)\n"), ("de", "Melden Sie Fehler an: %s (%d)\n"),
                ("es", "Informe de los errores a: %s\n"), ("pt-BR", "Relate erros para: %s (%d)\n"),
            ], expected: [])
    }

    @Test func untranslatedLocalesAreLeftOut() {
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Report bugs to: %s\n",
            translations: [
                ("fr", "Signaler les bogues à : %s\n"), ("de", nil), ("es", "Informe de los errores a la lista.\n"),
                ("pt-BR", "Relate erros para: %s\n"),
            ],
            expected: [("es", "placeholder %s is in every other translation but not here")])
    }
}

/// Software messages, from Debian's catalogs.
extension CrossLocalePlaceholdersCheckTests {
    @Test func numberedPlaceholdersQtAndDatesAreReadAsPrintfDoes() {
        // e2fsprogs.po (de): numbered; digikam.po (fr): Qt's %1 before an x; gcc-12.po (de): %i is %d.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "%s: Size of device (0x%llx blocks) %s too big to create",
            translations: [
                ("de", "%1$s: Das Gerät %3$s ist zu groß (0x%2$llx Blöcke)"),
                ("fr", "%s : la taille du périphérique (0x%llx blocs) %s est trop grande"),
                ("es", "%s: el tamaño del dispositivo (0x%llx bloques) %s es demasiado grande"),
            ], expected: [])
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Huge (%1x%2)",
            translations: [("fr", "Très grand (%1 par %2)"), ("de", "Riesig (%1x%2)"), ("es", "Enorme (%1x%2)")],
            expected: [])
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "would enable devirtualization of %i call",
            translations: [
                ("de", "würde die Devirtualisierung von %d Aufruf einschalten"), ("fr", "%i appel"),
                ("es", "%i llamada"),
            ],
            expected: [])
        // gnome-control-center-2.0.po (es): a date format, localised.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "%e %B %Y, %l:%M %p",
            translations: [("es", "%d/%b/%Y, %I:%M"), ("fr", "%e %B %Y, %l:%M %p"), ("de", "%e. %B %Y, %l:%M %p")],
            expected: [])
    }

    @Test func aDroppedPlaceholderIsStillFlagged() {
        // evolution.po (fr): {1] for {1}.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "sender account “{1}”, but the account “{2}” is used",
            translations: [
                ("fr", "le compte expéditeur «\u{A0}{1]\u{A0}», mais le compte «\u{A0}{2}\u{A0}»"),
                ("de", "Absenderkonto „{1}“, aber das Konto „{2}“"),
                ("es", "cuenta de remitente «{1}», pero la cuenta «{2}»"),
            ],
            // « {1] » is no field, as Python reads it; the « {2} » after it is one.
            expected: [("fr", "placeholder {1} is in every other translation but not here")])
    }
}

extension CrossLocalePlaceholdersCheckTests {
    @Test func glibcsDigitsFlagTimeFormatsAndBraceListsAreNotPlaceholdersToKeep() {
        // gtk30.po (es): %Id; evolution.po (de): a time format; coreutils.po (fr): a list in braces.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "%d",
            translations: [("es", "%Id"), ("fr", "%d"), ("de", "%d"), ("pt-BR", "%d")], expected: [])
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "%F %T",
            translations: [("de", "%d.%m.%Y %T"), ("fr", "%F %T"), ("es", "%F %T")], expected: [])
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "cannot combine any two of {ascii,ebcdic,ibm}",
            translations: [
                ("fr", "impossible de combiner deux options parmi ascii, ebcdic et ibm"),
                ("de", "zwei von {ascii,ebcdic,ibm} können nicht kombiniert werden"),
                ("es", "no se pueden combinar dos de {ascii,ebcdic,ibm}"),
            ], expected: [])
    }
}

/// Placeholders compared by argument type, as `msgfmt -c` compares them, on the messages of the
/// judged samples (Debian's catalogs, fr, de, es, pt-BR).
extension CrossLocalePlaceholdersCheckTests {
    @Test func anotherSpellingOfTheSameArgumentIsKept() {
        // procps-ng.po (fr): %lf is %f.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Every %.1fs: ",
            translations: [
                ("fr", "Toutes les %.1lfs: "), ("de", "Alle %.1fs: "), ("es", "Cada %.1fs: "),
                ("pt-BR", "A cada %.1fs: "),
            ], expected: [])
        // dpkg.po (pt-BR): the precision; gcc-12.po (fr): GCC's quoting flag.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "syntax error in file triggers file '%.250s'",
            translations: [
                ("fr", "erreur de syntaxe dans le fichier des actions différées «\u{A0}%.250s\u{A0}»"),
                ("de", "Syntaxfehler in Dateitrigger-Datei »%.250s«"),
                ("es", "error sintáctico en el fichero de disparadores `%.250s'"),
                ("pt-BR", "erro de sintaxe no arquivo de gatilhos de arquivo '%.255s'"),
            ], expected: [])
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "%s%qs%s is invalid",
            translations: [
                ("fr", "%s\"%s\"%s est invalide"), ("de", "%s%qs%s ist ungültig"), ("es", "%s%qs%s no es válido"),
            ],
            expected: [])
        // parted.po (es): a width, read as printf's, not as Qt's %9.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Unrecognised swsusp linux swap signature '%9s'.",
            translations: [
                ("fr", "Signature de partition d’échange Linux (swap) de type swsusp non reconnue «\u{A0}%9s\u{A0}»."),
                ("de", "Unbekannte swsusp-Linux-Swap-Signatur »%9s«."),
                ("es", "Firma swsusp de la partición de intercambio de linux '%10s' no reconocida."),
                ("pt-BR", "Assinatura linux swap swsusp não reconhecido '%9s'."),
            ], expected: [])
    }

    @Test func proseAndPercentSignsAreNoPlaceholders() {
        // glib20.po (de): %-encoding is prose; gnupg2.po (de): %%0A is a percent sign, not Qt's %0.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Invalid %-encoding in URI",
            translations: [
                ("fr", "%-encoding non valide dans l’URI"), ("de", "Unzulässige %-Kodierung in Adresse"),
                ("es", "codificación %-e no válida en el URI"), ("pt-BR", "%-encoding inválida na URI"),
            ], expected: [])
        assertFindings(
            CrossLocalePlaceholdersCheck(),
            source: "A passphrase should contain at least %u digit or%%0Aspecial character.",
            translations: [
                ("fr", "Une phrase secrète devrait contenir au moins %u\u{A0}chiffre%%0Aou caractère spécial."),
                ("de", "Ein Passwort sollte mindestens %u Sonderzeichen oder eine Ziffer enthalten."),
                ("es", "Una frase contraseña debería tener al menos %u dígito o%%0A carácter especial."),
            ], expected: [])
    }

    @Test func aDroppedArgumentIsStillFound() {
        // evolution.po (fr): {0} dropped; e2fsprogs.po (fr): the error message %m dropped.
        assertFindings(
            CrossLocalePlaceholdersCheck(),
            source: "The {0} header of this message is malformed and could not be processed.\n\nHeader: {1}",
            translations: [
                ("fr", "L’en-tête de ce message n’est pas conforme et ne peut pas être traité.\n\nEn-tête\u{A0}: {1}"),
                (
                    "de",
                    "Der {0}-Kopf dieser Nachricht ist nicht korrekt formatiert und konnte nicht weiterverarbeitet werden.\n\nKopf: {1}"
                ),
                ("es", "La cabecera {0} de este mensaje está mal formada y no se pudo procesar.\n\nCabecera: {1}"),
                (
                    "pt-BR",
                    "O cabeçalho {0} desta mensagem está mal formado e não pode ser processado.\n\nCabeçalho: {1}"
                ),
            ], expected: [("fr", "placeholder {0} is in every other translation but not here")])
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Error setting @b @g checksum info: %m\n",
            translations: [
                ("fr", "Erreur lors de l'initialisation de l'information de checksum du @g de @b\n"),
                ("de", "beim Setzen der Blockgruppen-Prüfsummeninfo: %m\n"),
                ("es", "Error al poner la información de «checksum» del grupo de bloques: %m\n"),
            ], expected: [("fr", "placeholder %m is in every other translation but not here")])
        // procps-ng.po, altered: the float read as an integer.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Every %.1fs: ",
            translations: [
                ("fr", "Toutes les %ds: "), ("de", "Alle %.1fs: "), ("es", "Cada %.1fs: "), ("pt-BR", "A cada %.1fs: "),
            ], expected: [("fr", "placeholder %.1f is in every other translation but not here")])
    }

    /// man-db's message in French (as given), German and Spanish, as Debian ships them.
    func manDB(french: [String]) -> [(locale: String, unit: TranslationUnit)] {
        let (source, plural) = ("%d manual page was added.\n", "%d manual pages were added.\n")
        func unit(_ targets: [String]) -> TranslationUnit {
            TranslationUnit(source: source, sourcePlural: plural, targets: targets, state: .translated)
        }
        return [
            ("fr", unit(french)),
            ("de", unit(["%d Handbuchseite wurde hinzugefügt.\n", "%d Handbuchseiten wurden hinzugefügt.\n"])),
            ("es", unit(["se ha añadido %d página del manual.\n", "se han añadido %d páginas del manual.\n"])),
        ]
    }

    @Test func aSingularForFewNumbersMayLeaveOutTheCount() {
        // man-db.po (fr): form 0 serves 0 and 1, which msgfmt -c lets leave out the count.
        let french = ["Une page de manuel a été ajoutée.\n", "%d\u{A0}pages de manuel ont été ajoutées.\n"]
        let rule = "nplurals=2; plural=(n > 1);"
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "%d manual page was added.\n",
            units: manDB(french: french),
            localeConventions: ["fr": CatalogConventions(pluralRule: PluralRule(header: rule))], expected: [])
        // In a catalog whose form 0 serves 1, 21, 31… (Russian's rule), it may not.
        let russian =
            "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "%d manual page was added.\n",
            units: manDB(french: french + ["%d pages\n"]),
            localeConventions: ["fr": CatalogConventions(pluralRule: PluralRule(header: russian))],
            expected: [("fr", "placeholder %d is in every other translation but not here")])
    }
}

/// Qt's placeholders told from printf's by where they start, on KDE's messages.
extension CrossLocalePlaceholdersCheckTests {
    @Test func qtPlaceholdersAreReadWhereNoPrintfDirectiveStarts() {
        // kio5.po (fr): « %1x%1 » is Qt's %1 twice, whose second is no printf directive.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Large (%1x%1)",
            translations: [("fr", "Grande (%1 x %1)"), ("de", "Groß (%1x%1)"), ("es", "Grande (%1x%1)")],
            expected: [])
        // dolphin_servicemenuinstaller.po (de): Qt reads « %%3 » as a percent sign and %3.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Failed to copy .desktop file %1 to %2: %3",
            translations: [
                ("de", "„.desktop“-Datei %1 kann nicht zu %2 kopiert werden: %%3"),
                ("fr", "Impossible de copier le fichier .desktop %1 vers %2\u{A0}: %3"),
                ("es", "No se ha podido copiar el archivo .desktop %1 en %2: %3"),
            ], expected: [])
        // dolphin_servicemenuinstaller.po (de), altered: %2 dropped.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "Failed to copy .desktop file %1 to %2: %3",
            translations: [
                ("de", "„.desktop“-Datei %1 kann nicht kopiert werden: %3"),
                ("fr", "Impossible de copier le fichier .desktop %1 vers %2\u{A0}: %3"),
                ("es", "No se ha podido copiar el archivo .desktop %1 en %2: %3"),
            ], expected: [("de", "placeholder %2 is in every other translation but not here")])
    }

    @Test func windowsSizesAreReadAsPrintfDoes() {
        // make.po (pt-BR): %I64u, MSVC's 64-bit unsigned, rendered as an int.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "# %s (key %s, mtime %I64u): could not be opened.\n",
            translations: [
                ("pt-BR", "# %s (chave %s, mtime %d): não pôde ser aberto.\n"),
                ("fr", "# %s (clé %s, mtime %I64u)\u{A0}: ouverture impossible.\n"),
                ("es", "# %s (llave %s, mtime %I64u): no se pudo abrir.\n"),
            ], expected: [("pt-BR", "placeholder %I64u is in every other translation but not here")])
    }
}

/// Labels of fields and date templates, which each language writes its own way.
extension CrossLocalePlaceholdersCheckTests {
    @Test func aFieldsLabelAndADateTemplateAreTranslatedFreely() {
        // digikam.po (de): the German team translates every field's label ({Country} is « {Land} »).
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "{LAU1}",
            translations: [("de", "{Verwaltungsbezirk 1}"), ("fr", "{LAU1}"), ("es", "{LAU1}"), ("pt-BR", "{LAU1}")],
            expected: [])
        // evolution.po (fr): the attribution line's date, in the language's order and fields.
        assertFindings(
            CrossLocalePlaceholdersCheck(),
            source:
                "On ${AbbrevWeekdayName}, ${Year}-${Month}-${Day} at ${24Hour}:${Minute} ${TimeZone}, ${Sender} wrote:",
            translations: [
                (
                    "fr",
                    "Le ${WeekdayName} ${Day} ${MonthName} ${Year} à ${24Hour}:${Minute} ${TimeZone}, ${Sender} a écrit\u{A0}:"
                ),
                (
                    "de",
                    "Am ${WeekdayName}, dem ${Day}.${Month}.${Year} um ${24Hour}:${Minute} ${TimeZone} schrieb ${Sender}:"
                ),
                (
                    "es",
                    "El ${AbbrevWeekdayName}, ${Day}-${Month}-${Year} a las ${24Hour}:${Minute} ${TimeZone}, ${Sender} escribió:"
                ),
            ], expected: [])
    }

    @Test func aFieldInASentenceIsStillCompared() {
        // gettext-runtime.po (fr): ${VARIABLE} mistyped in running text.
        assertFindings(
            CrossLocalePlaceholdersCheck(), source: "environment variables of the form $VARIABLE or ${VARIABLE}",
            translations: [
                ("fr", "les variables d'environnement de la forme $VARIABLE ou ${VARIABLES}"),
                ("de", "Umgebungsvariablen in der Formatform $VARIABLE oder ${VARIABLE}"),
                ("es", "las variables de entorno de la forma $VARIABLE o ${VARIABLE}"),
            ], expected: [("fr", "placeholder {VARIABLE} is in every other translation but not here")])
    }
}
