import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct POReaderTests {
    static let files = Fixtures.files(in: "po", extensions: ["po", "pot"])

    @Test func fixturesArePresent() {
        #expect(Self.files.count == 21)
    }

    @Test(arguments: files + Fixtures.projectCatalogs)
    func theByteReaderAgreesWithTheLineReader(_ file: String) throws {
        let bytes = try Fixtures.bytes(file)
        #expect(try POReader.read(bytes, file: file) == POReader.readLineByLine(bytes, file: file))
    }

    @Test(arguments: files)
    func realCatalogsSurviveAStructuralRoundTrip(_ file: String) throws {
        let first = try POReader.read(Fixtures.bytes(file), file: file)
        #expect(!first.entries.isEmpty)
        let written = try POWriter.write(first)
        let second = try POReader.read(Array(written.utf8), file: "rewritten")
        #expect(second == first.declaringUTF8())
        // Our own output is a fixed point: byte for byte.
        #expect(try POWriter.write(second) == written)
        // And the semantic layer loses nothing either.
        #expect(Catalog(second).poFile == Catalog(first.declaringUTF8()).poFile)
    }

    @Test(arguments: [
        "po/gnome-clocks-fr.po", "po/sed-fr.po", "po/grep-fr.po", "po/weblate-cs.po", "po/weblate-hello.pot",
    ])
    func catalogsWrittenByGettextComeBackByteForByte(_ file: String) throws {
        let bytes = try Fixtures.bytes(file)
        #expect(try POWriter.write(try POReader.read(bytes, file: file)) == String(decoding: bytes, as: UTF8.self))
    }

    @Test func edgeCasesAreReadFaithfully() throws {
        let file = try POReader.read(path: Fixtures.path("po/edge-cases.po"))
        let catalog = Catalog(file)
        #expect(file.headerField("Language") == "fr")
        let withContext = try #require(catalog.units.first { $0.context != nil })
        #expect(withContext.context?.isEmpty == false)
        let plural = try #require(catalog.units.first { $0.sourcePlural != nil })
        #expect(plural.targets.count >= 2)
        let fuzzy = try #require(catalog.units.first { $0.state == .fuzzy && !$0.isObsolete })
        #expect(fuzzy.previousSource != nil)
        #expect(catalog.units.contains { $0.isObsolete })
        #expect(catalog.units.contains { $0.state == .new })
    }

    @Test func escapesAndMultilineStrings() throws {
        let text = "msgid \"\"\n\"Un \\\"guillemet\\\" et\\n\"\n\"une tabulation\\t\\\\ fin\"\nmsgstr \"\\101\\x\"\n"
        let error = #expect(throws: POReader.Error.self) { try POReader.read(Array(text.utf8), file: "e.po") }
        #expect(error == .invalidEscape("\\x", at: PasseurKit.SourceLocation(file: "e.po", line: 4, column: 13)))
        let good = "msgid \"\"\n\"Un \\\"guillemet\\\" et\\n\"\n\"une tabulation\\t\\\\ fin\"\nmsgstr \"\\101\"\n"
        let entry = try #require(POReader.read(Array(good.utf8), file: "e.po").entries.first)
        #expect(entry.id == "Un \"guillemet\" et\nune tabulation\t\\ fin")
        #expect(entry.strings == ["A"])
    }

    @Test func theByteReaderReadsEveryEscapeAsTheLineReaderDoes() throws {
        // Every C escape msgfmt knows, octal and hexadecimal ones included: the byte reader reads
        // them itself (a catalog with one `\a` is not read twice), to the same strings.
        let text = """
            msgid "a\\a\\b\\f\\v\\'\\?\\"\\\\\\n\\t\\r"
            msgstr "\\101\\0\\7777\\x41\\x263a!\\xe9t\\303\\251"

            msgid "b"
            msgstr "\\x1F600 et \\x00000041"

            """
        let bytes = Array(text.utf8)
        let common = try #require(bytes.withUnsafeBufferPointer { POReader.readCommonLines($0, file: "e.po") })
        #expect(try common == POReader.readLineByLine(bytes, file: "e.po").entries)
        #expect(common[0].id == "a\u{7}\u{8}\u{C}\u{B}'?\"\\\n\t\r")
        #expect(common[0].strings == ["A\u{0}\u{1FF}7A\u{263A}!\u{E9}t\u{C3}\u{A9}"])
        #expect(common[1].strings == ["\u{1F600} et A"])
        // Errors are left to the line reader, which locates them.
        for escape in ["\\x", "\\xD800", "\\e"] {
            let bad = Array("msgid \"\(escape)\"\nmsgstr \"\"\n".utf8)
            #expect(bad.withUnsafeBufferPointer { POReader.readCommonLines($0, file: "e.po") } == nil)
        }
    }

    @Test func legacyCharsetsAreDecoded() throws {
        let cyrillic = try POReader.read(path: Fixtures.path("po/okapi-DrupalRussianCP1251.po"))
        #expect(
            cyrillic.entries.contains { $0.strings[0].unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        )
        let koi8 = try POReader.read(path: Fixtures.path("po/tt-f43.tgif.fr.po"))
        #expect(koi8.entries.count > 100)
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let file = try POReader.read(path: Fixtures.path("po/weblate-cs-bom.po"))
        #expect(file.header != nil)
    }

    @Test func anObsoleteDuplicateOfAnActiveMessageIsKept() throws {
        let file = try POReader.read(path: Fixtures.path("po/weblate-cs.po"))
        let ids = file.entries.filter { !$0.isHeader }.map(\.id)
        #expect(Set(ids).count < ids.count)
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let error: POReader.Error
        var testDescription: String { name }
    }

    static func at(_ line: Int, _ column: Int) -> PasseurKit.SourceLocation {
        PasseurKit.SourceLocation(file: "bad.po", line: line, column: column)
    }

    static let badInputs: [BadInput] = [
        BadInput(
            name: "unterminated string", text: "msgid \"abc\nmsgstr \"\"\n", error: .unterminatedString(at: at(1, 7))),
        BadInput(
            name: "bad escape", text: "msgid \"a\\qb\"\nmsgstr \"\"\n", error: .invalidEscape("\\q", at: at(1, 9))),
        BadInput(
            name: "duplicate key", text: "msgid \"a\"\nmsgstr \"x\"\n\nmsgid \"a\"\nmsgstr \"y\"\n",
            error: .duplicateMessage("a", firstAt: at(1, 1), at: at(4, 1))),
        BadInput(
            name: "unknown keyword", text: "msgid \"a\"\nmsgtxt \"x\"\n",
            error: .unexpectedLine("msgtxt \"x\"", at: at(2, 1))),
        BadInput(
            name: "string without keyword", text: "\"orphan\"\n", error: .unexpectedLine("\"orphan\"", at: at(1, 1))),
        BadInput(
            name: "text after string", text: "msgid \"a\" b\nmsgstr \"\"\n", error: .unexpectedLine(" b", at: at(1, 10))
        ),
        BadInput(name: "msgstr before msgid", text: "msgstr \"x\"\n", error: .misplacedKeyword("msgstr", at: at(1, 1))),
        // What msgfmt -c refuses as syntax, each once.
        BadInput(
            name: "two msgid", text: "msgid \"a\"\nmsgid \"b\"\nmsgstr \"c\"\n",
            error: .missingTranslation(at: at(1, 1))),
        BadInput(
            name: "second msgstr", text: "msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n",
            error: .misplacedKeyword("msgstr", at: at(3, 1))),
        BadInput(
            name: "truncated", text: "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\"\n",
            error: .missingTranslation(at: at(4, 1))),
        BadInput(name: "msgctxt alone", text: "msgctxt \"a\"\n", error: .missingID(at: at(1, 1))),
        BadInput(
            name: "msgstr[0] without msgid_plural", text: "msgid \"a\"\nmsgstr[0] \"b\"\n",
            error: .missingPluralID("msgstr[0]", at: at(2, 1))),
        BadInput(
            name: "gap in msgstr[n]", text: "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\nmsgstr[2] \"c\"\n",
            error: .wrongPluralIndex("msgstr[2]", expected: 1, at: at(4, 1))),
        BadInput(
            name: "plain msgstr in a plural entry", text: "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"\n",
            error: .missingPluralTranslation(at: at(3, 1))),
        BadInput(
            name: "msgctxt after msgid", text: "msgid \"a\"\nmsgctxt \"x\"\nmsgstr \"b\"\n",
            error: .missingTranslation(at: at(1, 1))),
        BadInput(
            name: "msgid_plural after msgstr", text: "msgid \"a\"\nmsgstr \"b\"\nmsgid_plural \"x\"\n",
            error: .misplacedKeyword("msgid_plural", at: at(3, 1))),
        BadInput(
            name: "obsolete msgid, active msgstr", text: "#~ msgid \"a\"\nmsgstr \"b\"\n",
            error: .inconsistentObsolete("msgstr", at: at(2, 1))),
        BadInput(
            name: "msgid without string", text: "msgid\nmsgstr \"b\"\n", error: .keywordWithoutString(at: at(1, 1))),
        BadInput(name: "previous msgid alone", text: "#| msgid \"a\"\n", error: .missingID(at: at(1, 4))),
        BadInput(
            name: "duplicate obsolete", text: "#~ msgid \"a\"\n#~ msgstr \"b\"\n\n#~ msgid \"a\"\n#~ msgstr \"c\"\n",
            error: .duplicateMessage("a", firstAt: at(1, 4), at: at(4, 4))),
        BadInput(
            name: "huge nplurals",
            text: "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=99999999999999999999; plural=0;\\n\"\n",
            error: .invalidPluralForms("nplurals=99999999999999999999; plural=0;", at: at(2, 1))),
        BadInput(
            name: "forms unlike nplurals",
            text: "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n"
                + "msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\n",
            error: .pluralFormCount(found: 1, expected: 2, at: at(6, 1))),
        BadInput(
            name: "empty hex escape", text: "msgid \"\\x\"\nmsgstr \"\"\n", error: .invalidEscape("\\x", at: at(1, 8))),
    ]

    @Test func whatMsgfmtAcceptsIsRead() throws {
        // Blank lines inside an entry, hex escapes, a keyword alone on its line, comments in an obsolete entry.
        let text = "msgid \"a\\x41\"\n\nmsgstr \"\"\n\n\"b\"\n\n#~ #, fuzzy\n#~ msgid\n#~ \"o\"\n#~ msgstr \"p\"\n"
        let file = try POReader.read(Array(text.utf8), file: "good.po")
        #expect(file.entries.map(\.id) == ["aA", "o"])
        #expect(file.entries.map(\.strings) == [["b"], ["p"]])
        #expect(file.entries[1].isObsolete && file.entries[1].flags == ["fuzzy"])
    }

    @Test(arguments: badInputs)
    func malformedCatalogsAreLocatedErrors(_ input: BadInput) {
        let error = #expect(throws: POReader.Error.self) { try POReader.read(Array(input.text.utf8), file: "bad.po") }
        #expect(error == input.error)
    }

    @Test func invalidUTF8IsLocated() {
        let bytes: [UInt8] = Array("msgid \"a\"\nmsgstr \"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        let error = #expect(throws: FileError.self) { try POReader.read(bytes, file: "bad.po") }
        #expect(error == .invalidUTF8(at: Self.at(2, 9)))
    }
}
