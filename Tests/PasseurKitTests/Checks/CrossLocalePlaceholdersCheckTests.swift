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
            // The brace read from « {1] » to the next « } » hides {2} too.
            expected: [
                ("fr", "placeholder {1} is in every other translation but not here"),
                ("fr", "placeholder {2} is in every other translation but not here"),
            ])
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
