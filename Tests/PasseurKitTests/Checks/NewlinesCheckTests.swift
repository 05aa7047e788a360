import PasseurTestSupport
import Testing

@testable import PasseurKit

/// `newlines` gives no range: its findings are asserted by message and count.
///
/// Units come from real French catalogs of Debian 12 (`msgunfmt` of coreutils 9.1's `.mo`),
/// altered to break them.
@Suite struct NewlinesCheckTests {
    func expect(
        _ source: String, _ target: String, _ expected: [ExpectedFinding],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        assertFindings(
            NewlinesCheck(), source: source, target: target, locale: "fr", termBase: .none, expected: expected,
            sourceLocation: sourceLocation)
    }

    @Test func keptLineBreaksAtBothEndsHaveNoFinding() {
        expect(
            "\nBy default, rm does not remove directories.  Use the --recursive (-r or -R)\n"
                + "option to remove each listed directory, too, along with all of its contents.\n",
            "\nPar défaut, rm ne supprime pas les répertoires. Utilisez l'option --recursive\n"
                + "(-r ou -R) pour supprimer les répertoires, ainsi que l'intégralité de leur\ncontenu.\n", [])
        expect("Try '%s --help' for more information.", "Saisissez «\u{A0}%s --help\u{A0}».", [])
        // bash's German: a line that ends with CR LF, which Swift reads as one character.
        expect("\r\nmalloc: %s:%d: assertion botched\r\n", "\r\nmalloc: %s:%d: Zusicherung verpfuscht\\r\n", [])
    }

    @Test func aLostLeadingOrTrailingLineBreakIsReported() {
        expect(
            "Try '%s --help' for more information.\n", "Saisissez «\u{A0}%s --help\u{A0}» pour plus d'informations.",
            [(nil, "the source ends with a line break, the translation does not")])
        expect(
            "\nA mere - implies -i.  If no COMMAND, print the resulting environment.\n",
            "Un simple - implique -i. Si aucune COMMANDE n'est fournie, afficher\nl'environnement résultant.\n",
            [(nil, "the source starts with a line break, the translation does not")])
        // A blank target still lacks it; an empty one is `empty-target`'s.
        expect(
            "Try '%s --help' for more information.\n", "   ",
            [(nil, "the source ends with a line break, the translation does not")])
        expect("Try '%s --help' for more information.\n", "", [])
    }

    @Test func anAddedLineBreakIsReportedHereNotAsWhiteSpace() {
        let source = "Try '%s --help' for more information."
        let target = "Saisissez «\u{A0}%s --help\u{A0}» pour plus d'informations.\n"
        expect(source, target, [(nil, "the translation ends with a line break, the source does not")])
        expect(
            "Usage: %s [OPTION]... [FILE]...", "\nUtilisation : %s [OPTION]... [FICHIER]...",
            [(nil, "the translation starts with a line break, the source does not")])
        assertFindings(WhitespaceCheck(), source: source, target: target, locale: "fr", termBase: .none, expected: [])
        assertFindings(
            WhitespaceCheck(), source: source, target: String(target.dropLast()) + " ", locale: "fr", termBase: .none,
            expected: [(nil, "trailing white space")])
    }

    @Test func eachPluralFormIsComparedWithItsSource() {
        assertFindings(
            NewlinesCheck(),
            unit: TranslationUnit(
                source: "%d file removed\n", sourcePlural: "%d files removed\n",
                targets: ["%d fichier supprimé\n", "%d fichiers supprimés"], state: .translated),
            locale: "fr", termBase: .none,
            expected: [(nil, "the source ends with a line break, the translation does not (plural form 1)")])
    }
}
