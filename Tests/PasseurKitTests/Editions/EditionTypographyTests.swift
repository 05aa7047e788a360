import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct EditionTypographyTests {
    func typeset(_ text: String, _ locale: String, quotes: LocaleCheckSettings.QuoteStyle? = nil) -> String {
        var context = EditionTypography.Context()
        return EditionTypography(locale: Fixtures.locale(locale), quoteStyle: quotes).apply(text, context: &context)
    }

    @Test func straightQuotesBecomeEachLanguagesPair() {
        let text = #"The rep says "have fun staying poor"."#
        #expect(typeset(text, "en") == "The rep says “have fun staying poor”.")
        #expect(typeset(#"Er sagt "viel Spaß beim Armbleiben"."#, "de") == "Er sagt „viel Spaß beim Armbleiben“.")
        #expect(typeset(#"Dice "diviértete siendo pobre"."#, "es") == "Dice «diviértete siendo pobre».")
        #expect(typeset(#"Diz "divirta-se sendo pobre"."#, "pt-BR") == "Diz “divirta-se sendo pobre”.")
        #expect(typeset(#"Dice "x"."#, "es", quotes: .curly) == "Dice “x”.")
    }

    @Test func apostrophesAndSingleQuotes() {
        #expect(typeset("Don't say 'HODL' here.", "en") == "Don’t say ‘HODL’ here.")
        #expect(typeset("Bitcoin's users", "de") == "Bitcoin’s users")
        #expect(typeset("l'informatique", "fr") == "l’informatique")
    }

    @Test func frenchGetsNoBreakSpacesAroundHighPunctuation() {
        #expect(
            typeset("de « amusez-vous à rester pauvre ». Vraiment ?", "fr")
                == "de «\u{202F}amusez-vous à rester pauvre\u{202F}». Vraiment\u{202F}?")
        #expect(typeset("ceci: cela; fin!", "fr") == "ceci\u{A0}: cela\u{202F}; fin\u{202F}!")
        #expect(typeset(#"il dit "non""#, "fr") == "il dit «\u{202F}non\u{202F}»")
        // A question and an exclamation together take one space; a closing » after ! takes its own.
        #expect(typeset("Quoi ?!", "fr") == "Quoi\u{202F}?!")
        #expect(typeset("« pauvre ! »", "fr") == "«\u{202F}pauvre\u{202F}!\u{202F}»")
    }

    @Test func correctTextIsLeftAsItIs() {
        for (text, locale) in [
            ("Le bitcoin\u{202F}? Oui\u{A0}: «\u{202F}HODL\u{202F}».", "fr"),
            ("“Have fun staying poor,” they said. It’s 10:30!", "en"),
            ("„Viel Spaß“, sagte er.", "de"),
            ("¿Por qué? «Porque sí».", "es"),
        ] {
            #expect(typeset(text, locale) == text, "\(locale): \(text)")
        }
    }

    @Test func urlsAndTimesKeepTheirColonsAndQuestionMarks() {
        #expect(typeset("à 10:30 sur https://x.y/a?b=1", "fr") == "à 10:30 sur https://x.y/a?b=1")
    }

    @Test func theContextCarriesAQuotationAcrossTextNodes() {
        let typography = EditionTypography(locale: Fixtures.locale("en"))
        var context = EditionTypography.Context()
        let first = typography.apply(#"He said ""#, context: &context)
        let second = typography.apply(#"no" twice."#, context: &context)
        #expect(first + second == "He said “no” twice.")
    }
}
