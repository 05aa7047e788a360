import Testing

@testable import PasseurKit

/// `start-capital` gives no range: its findings are asserted by message and count.
@Suite struct StartCapitalCheckTests {
    @Test func aCapitalAfterQuotesHasNoFinding() {
        assertFindings(StartCapitalCheck(), source: "« Quoi ? » dit-il.", target: "“What?” he said.", expected: [])
        assertFindings(
            StartCapitalCheck(), source: "Est-ce pragmatique ?", target: "¿Es pragmático?", locale: "es", expected: [])
    }

    @Test func aLowerCaseStartIsReported() {
        assertFindings(
            StartCapitalCheck(), source: "Le désespoir est double.", target: "the hopelessness is twofold.",
            expected: [(nil, "the translation starts with a lower-case letter")])
    }

    @Test func leadingMarksAndMarkupAreSkipped() {
        assertFindings(
            StartCapitalCheck(), source: "« Quoi ? » dit-il.", target: "“what?” he said.",
            expected: [(nil, "the translation starts with a lower-case letter")])
        assertFindings(
            StartCapitalCheck(), source: "Est-ce pragmatique ?", target: "¿es pragmático?", locale: "es",
            expected: [(nil, "the translation starts with a lower-case letter")])
        assertFindings(
            StartCapitalCheck(), source: "**Le** désespoir est double.", target: "**the** hopelessness is twofold.",
            expected: [(nil, "the translation starts with a lower-case letter")])
    }

    @Test func aSourceStartingLowerCaseOrWithADigitIsNotChecked() {
        assertFindings(StartCapitalCheck(), source: "bitcoin est rare.", target: "bitcoin is scarce.", expected: [])
        assertFindings(
            StartCapitalCheck(), source: "21 millions au total.", target: "twenty-one million in all.", expected: [])
    }

    @Test func emptyBlankAndEmojiStartsHaveNoFinding() {
        for target in ["", "   ", "🙂 the hopelessness."] {
            assertFindings(StartCapitalCheck(), source: "Le désespoir.", target: target, expected: [])
        }
    }

    @Test func combiningMarksAreReadWithTheirLetter() {
        assertFindings(
            StartCapitalCheck(), source: "E\u{301}tait-ce pragmatique ?", target: "e\u{301}tait-ce pragmatique ?",
            locale: "fr", expected: [(nil, "the translation starts with a lower-case letter")])
        assertFindings(
            StartCapitalCheck(), source: "E\u{301}tait-ce pragmatique ?", target: "E\u{301}ra pragmático?",
            locale: "es", expected: [])
    }

    @Test func aLongParagraphIsJudgedByItsStart() {
        assertFindings(
            StartCapitalCheck(), source: "Le désespoir.", target: CheckFixtures.longText("the hopelessness."),
            expected: [(nil, "the translation starts with a lower-case letter")])
    }
}

/// Software messages (plain text), from Debian's catalogs.
extension StartCapitalCheckTests {
    @Test func aSourceStartingWithAnAcronymOrANameHasNoSentenceCapital() {
        // gcc-12.po, util-linux.po (fr).
        assertFindings(
            StartCapitalCheck(), source: "ISO C forbids forward references to %<enum%> types",
            target: "le C ISO interdit les références anticipées vers un type %<enum%>", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            StartCapitalCheck(), source: "SunOS root", target: "root SunOS", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            StartCapitalCheck(), source: "System util_clamp: min: %u max: %u\n",
            target: "util_clamp système\u{A0}: min\u{A0}: %u max\u{A0}: %u\n", locale: "fr", markup: .plain,
            expected: [])
    }

    @Test func creditsMonthsAndWeekdaysStartInLowerCase() {
        // kwin_scripting.po, glib20.po (fr), the time zones' months (es).
        assertFindings(
            StartCapitalCheck(), source: "Your emails", target: "jcorn@free.fr", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(StartCapitalCheck(), source: "June", target: "juin", locale: "fr", expected: [])
        assertFindings(StartCapitalCheck(), source: "Wed", target: "mer.", locale: "fr", expected: [])
        assertFindings(StartCapitalCheck(), source: "September", target: "septiembre", locale: "es", expected: [])
    }

    @Test func aSoftwareMessageStartingInLowerCaseIsStillFlagged() {
        // util-linux.po (fr), dpkg.po (de).
        assertFindings(
            StartCapitalCheck(), source: "Failed to parse the index", target: "échec d'analyse de l'index",
            locale: "fr", markup: .plain, expected: [(nil, "the translation starts with a lower-case letter")])
        assertFindings(
            StartCapitalCheck(), source: "Show a readable record for the package",
            target: "einen lesbaren Datensatz für das Paket ausgeben", locale: "de", markup: .plain,
            expected: [(nil, "the translation starts with a lower-case letter")])
    }
}

/// More software messages whose first capital is no sentence's, from Debian's catalogs.
extension StartCapitalCheckTests {
    @Test func anOptionALetterOrAParenthesisStartsNoSentence() {
        // gcc-12.po (es), gcc-12.po (fr), evolution-data-server.po (fr).
        assertFindings(
            StartCapitalCheck(), source: "-E or -x required when input is from standard input",
            target: "se requiere -E ó -x cuando la entrada es de entrada estándar", locale: "es", markup: .plain,
            expected: [])
        assertFindings(
            StartCapitalCheck(), source: "'O' modifier", target: "modificateur «\u{A0}O\u{A0}»", locale: "fr",
            markup: .plain, expected: [])
        assertFindings(
            StartCapitalCheck(), source: "(Deprecated) Port number for HTTP requests",
            target: "(obsolète) Numéro de port pour les requêtes HTTP", locale: "fr", markup: .plain, expected: [])
    }

    @Test func aNameOfTheSourceOrWithInnerCapitalsStartsNoSentence() {
        // parted.po, digikam.po (de), digikam.po (es), glib20.po (pt-BR).
        assertFindings(
            StartCapitalCheck(), source: "Unable to allocate a dasd disklabel slot",
            target: "dasd-Disklabel-Zeilen können nicht belegt werden", locale: "de", markup: .plain, expected: [])
        assertFindings(
            StartCapitalCheck(), source: "Jalbum is completed, but some warnings occurred.",
            target: "jAlbum completado, aunque se han producido algunas advertencias.", locale: "es", markup: .plain,
            expected: [])
        assertFindings(StartCapitalCheck(), source: "Wednesday", target: "quarta-feira", locale: "pt-BR", expected: [])
    }
}

extension StartCapitalCheckTests {
    @Test func aNameWithDigitsABracketAndOtherCalendarsMonthsStartNoSentence() {
        // gcc-12.po (es, fr), coreutils.po (es), gnumeric.po (fr): a Hebrew month.
        assertFindings(
            StartCapitalCheck(), source: "C99 designator %qE outside aggregate initializer",
            target: "asignador C99 %qE fuera del inicializador agregado", locale: "es", markup: .plain, expected: [])
        assertFindings(
            StartCapitalCheck(), source: "Unmatched ( or \\(", target: "( o \\( desemparejado", locale: "es",
            markup: .plain, expected: [])
        assertFindings(StartCapitalCheck(), source: "Elul", target: "éloul", locale: "fr", expected: [])
    }
}

extension StartCapitalCheckTests {
    @Test func aProgramOrAnIdentifierStartsNoSentence() {
        // gettext-tools.po (fr), e2fsprogs.po (es), gtk30.po (es).
        assertFindings(
            StartCapitalCheck(), source: "Merges two Uniforum style .po files together.",
            target: "msgmerge permet de fusionner deux fichiers .po de type Uniforum.", locale: "fr", markup: .plain,
            expected: [])
        assertFindings(
            StartCapitalCheck(), source: "Invalid blocks_at_once: %d\n", target: "bloques_a_la_vez no válido: %d\n",
            locale: "es", markup: .plain, expected: [])
        assertFindings(
            StartCapitalCheck(), source: "Kaithi", target: "kayathi", locale: "es", markup: .plain, expected: [])
    }
}

extension StartCapitalCheckTests {
    @Test func aShortLabelOrFragmentFollowsItsSentencesCase() {
        // pidgin.po (de): completes « Peter … »; evolution.po (de): « alle 3 Tage ».
        assertFindings(
            StartCapitalCheck(), source: "Starts typing", target: "zu tippen beginnt", locale: "de", markup: .plain,
            expected: [])
        assertFindings(StartCapitalCheck(), source: "Every", target: "alle", locale: "de", markup: .plain, expected: [])
        // gcc-12.po (fr): a placeholder, a proper name.
        assertFindings(
            StartCapitalCheck(), source: "L%d cache latency unknown for %s",
            target: "latence de la cache L%d inconnue pour %s", locale: "fr", markup: .plain, expected: [])
    }
}
