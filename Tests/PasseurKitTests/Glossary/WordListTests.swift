import Foundation
import PasseurTestSupport
import Testing

@testable import PasseurKit

/// Word lists: read as translators write them, filled without losing a line.
@Suite struct WordListTests {
    static let text = """
        # Bitcoin jargon the en_US dictionary lacks
        hashrate
        shitcoiners   # kept as the community writes it

        no-coiner HODLers
        l’orange
        """

    @Test func wordsCommentsAndBlankLinesAreRead() {
        let list = WordList(text: Self.text)
        #expect(list.words == ["hashrate", "shitcoiners", "no-coiner", "HODLers", "l’orange"])
        // Compared as the glossary compares: case folded, a final -s ignored, ’ read as '.
        for word in ["hashrate", "Hashrate", "shitcoiner", "no-coiners", "hodler", "l'orange"] {
            #expect(list.contains(word), "\(word)")
        }
        #expect(!list.contains("hash") && !list.contains("#") && !list.contains("kept"))
        #expect(WordList(text: "").words.isEmpty)
    }

    @Test func aCatalogOrAnXMLFileIsNoWordList() throws {
        let refused: [(text: String, kind: String, line: Int)] = [
            ("# Translation of grep to French\n#\nmsgid \"\"\nmsgstr \"\"\n", "a PO catalog", 3),
            ("\nmsgctxt \"menu\"\nmsgid \"Open\"\n", "a PO catalog", 2),
            ("<?xml version=\"1.0\"?>\n<xliff version=\"2.0\"/>\n", "an XML file", 1),
            ("<martif type=\"TBX\" xml:lang=\"en\">\n", "an XML file", 1),
        ]
        for (text, kind, line) in refused {
            #expect(
                throws: WordList.Error.notAWordList(
                    kind: kind, at: SourceLocation(file: "terms.po", line: line, column: 1))
            ) {
                try WordList.refuseOtherKinds(text, file: "terms.po")
            }
        }
        // Words, even one that a catalog uses as a keyword, are a word list.
        try WordList.refuseOtherKinds("# msgid \"a\"\nmsgid\nmsgstr\n<file>\n", file: "words-en.txt")
        try WordList.refuseOtherKinds(Self.text, file: "words-en.txt")
    }

    @Test func wordsAreAddedAtTheEndAndNothingIsLost() {
        let (text, added) = WordList.adding(["zapstr", "Hashrate", "nostr", "zapstr"], to: Self.text)
        #expect(added == ["zapstr", "nostr"])
        #expect(text == Self.text + "\nzapstr\nnostr\n")
        #expect(WordList.adding(["hashrate"], to: Self.text) == (Self.text, []))
        #expect(WordList.adding(["nostr"], to: "") == ("nostr\n", ["nostr"]))
    }

    @Test func filesAreWrittenTogetherAndCreatedWhenMissing() throws {
        let folder = try Fixtures.temporaryFolder()
        try TextFile.writeAtomically(Self.text + "\n", to: folder + "/words-en.txt")
        let written = try WordList.add(
            ["en": ["hashrate", "zapstr"], "fr": ["minage"], "de": ["Schwurbel"]],
            toFiles: ["en": folder + "/words-en.txt", "fr": folder + "/Glossary/words-fr.txt"])
        // In path order.
        #expect(written.map(\.added) == [["minage"], ["zapstr"]])
        #expect(try TextFile.read(folder + "/words-en.txt") == Self.text + "\nzapstr\n")
        #expect(try TextFile.read(folder + "/Glossary/words-fr.txt") == "minage\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["Glossary", "words-en.txt"])
    }

    @Test func anUnreadableListIsALocatedError() throws {
        let folder = try Fixtures.temporaryFolder()
        let missing = #expect(throws: FileError.self) { try WordList.read(path: folder + "/words-en.txt") }
        #expect(missing?.location == PasseurKit.SourceLocation(file: folder + "/words-en.txt", line: 1, column: 1))
        try TextFile.writeAtomically(Array("hashrate\nnos".utf8) + [0xFF] + Array("tr\n".utf8), to: folder + "/bad.txt")
        let invalid = #expect(throws: FileError.self) { try WordList.read(path: folder + "/bad.txt") }
        #expect(invalid == .invalidUTF8(at: PasseurKit.SourceLocation(file: folder + "/bad.txt", line: 2, column: 4)))
        // Adding to it writes nothing.
        #expect(throws: FileError.self) {
            try WordList.add(
                ["en": ["zapstr"], "fr": ["minage"]],
                toFiles: ["en": folder + "/bad.txt", "fr": folder + "/words-fr.txt"])
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/words-fr.txt"))
    }
}
