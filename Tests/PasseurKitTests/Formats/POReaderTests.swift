import PasseurKit
import PasseurTestSupport
import Testing

@Suite struct POReaderTests {
    static let files = Fixtures.files(in: "po", extensions: ["po", "pot"])

    @Test func fixturesArePresent() {
        #expect(Self.files.count == 20)
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
        let written = POWriter.write(first)
        let second = try POReader.read(Array(written.utf8), file: "rewritten")
        #expect(second == first.declaringUTF8())
        // Our own output is a fixed point: byte for byte.
        #expect(POWriter.write(second) == written)
        // And the semantic layer loses nothing either.
        #expect(Catalog(second).poFile == Catalog(first.declaringUTF8()).poFile)
    }

    @Test(arguments: [
        "po/gnome-clocks-fr.po", "po/sed-fr.po", "po/grep-fr.po", "po/weblate-cs.po", "po/weblate-hello.pot",
    ])
    func catalogsWrittenByGettextComeBackByteForByte(_ file: String) throws {
        let bytes = try Fixtures.bytes(file)
        #expect(POWriter.write(try POReader.read(bytes, file: file)) == String(decoding: bytes, as: UTF8.self))
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
    ]

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
