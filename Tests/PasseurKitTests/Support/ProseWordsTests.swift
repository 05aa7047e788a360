import Testing

@testable import PasseurKit

/// The words a dictionary judges: prose only, on real sentences and real software messages.
@Suite struct ProseWordsTests {
    func words(_ text: String, quotesAreCode: Bool = false) -> [String] {
        ProseWords.words(in: text, quotesAreCode: quotesAreCode).map(String.init)
    }

    @Test func proseIsCutIntoWords() {
        #expect(
            words("« Amusez-vous à rester pauvre », m’a-t-il dit ; l’orange… (vraiment) ?")
                == ["Amusez-vous", "rester", "pauvre", "m’a-t-il", "dit", "l’orange", "vraiment"])
        #expect(words("Bitcoin’s Customer Service") == ["Bitcoin’s", "Customer", "Service"])
        #expect(words("Le de\u{301}sespoir — est double.") == ["Le", "de\u{301}sespoir", "est", "double"])
        #expect(words("") == [] && words(" \n\t ") == [] && words("🙂 🎉") == [])
    }

    @Test func codeIsLeftOut() {
        let message = "Usage: %s [OPTION]... PATTERNS [FILE]...\nSearch for PATTERNS in each FILE."
        #expect(words(message) == ["Usage", "Search", "for", "in", "each"])
        #expect(
            words("use `git status` or --porcelain, -v, /usr/bin/grep, po/fr.po, grep.c, .bashrc and [:space:]")
                == ["use", "or", "and"])
        #expect(words("see https://gnu.org/x or bug-grep@gnu.org, {name}, <file>, $HOME, a_b, x=1") == ["see", "or"])
        #expect(words("file(s) and %%(color:%s) and std::move and e.g. this") == ["and", "and", "and", "this"])
    }

    @Test func acronymsCamelCaseAndDigitsAreLeftOut() {
        #expect(words("MMT, PNJ and MMT’s on GitHub, macOS, iPhone; mp3, x86 and 2e") == ["and", "on", "and"])
        #expect(words("NPC (non-player character)") == ["non-player", "character"])
        // A name after an elision: evolution's French.
        #expect(words("les paramètres d’Evolution et l'orange") == ["les", "paramètres", "et", "l'orange"])
    }

    @Test func quotedValuesAreCodeInSoftwareMessages() {
        let message = "ACTION is 'read', 'recurse', or 'skip'; use \"git add\" and `foo' but don't."
        #expect(words(message, quotesAreCode: true) == ["is", "or", "use", "and", "but", "don't"])
        #expect(words(message).contains("read"))
        // Evolution's values in GNOME's quotation marks, German's marks, GNOME's keyword lists.
        #expect(
            words("espera um de “any”, “summary” ou “classification”", quotesAreCode: true)
                == ["espera", "um", "de", "ou"])
        #expect(
            words("in den Datenordner „color-scheme“ mit »void«", quotesAreCode: true) == [
                "in", "den", "Datenordner", "mit",
            ])
        #expect(words("microphone;recording;Mikrofon;Aufnahme;") == [])
        // A mark before a space opens nothing; an apostrophe in a word closes nothing.
        #expect(words("the users' files and 'tis", quotesAreCode: true) == ["the", "users", "files", "and", "tis"])
    }

    @Test func aWordIsFoundWhole() {
        let text = "Le désespoir est double : est-ce le désespoir ?"
        #expect(ProseWords.utf16Range(ofWord: "est", in: text) == 13..<16)
        #expect(ProseWords.utf16Range(ofWord: "désespoir", in: text, last: true) == 36..<45)
        #expect(ProseWords.utf16Range(ofWord: "spoir", in: text) == nil)
    }
}
