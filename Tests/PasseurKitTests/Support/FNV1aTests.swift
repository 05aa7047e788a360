import Testing

@testable import PasseurKit

/// The one FNV-1a 64 of the package, and the persisted values it names.
@Suite struct FNV1aTests {
    @Test func standardVectors() {
        #expect(FNV1a.hash("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test func bytesCombinedOneByOneHashAsAWhole() {
        var hasher = FNV1a()
        for byte in "foo".utf8 { hasher.combine(byte) }
        hasher.combine("bar".utf8)
        #expect(hasher.value == FNV1a.hash("foobar".utf8))
        #expect(FNV1a().value == FNV1a.offsetBasis)
    }

    /// XLIFF unit ids are stored in exchange files sent to translators: they must never change.
    @Test func exchangeUnitIDsArePinned() {
        let withContext = TranslationUnit(context: "menu", source: "Le bloc est miné.", targets: [""])
        #expect(withContext.exchangeID == "u111a188d8dbd48c7")
        let without = TranslationUnit(source: "Le bloc est miné.", targets: [""])
        #expect(without.exchangeID == "u9e38b1f39ed8cb2c")
    }

    /// Baseline fingerprints are stored in the project: they must never change.
    @Test func findingFingerprintsArePinned() {
        let finding = Finding(
            checkID: "numbers", severity: .error, locale: "en",
            location: SourceLocation(file: "Locales/en/a.po", line: 3, column: 1), source: "Le bloc numéro 7 est miné.",
            message: "number 7 of the source is missing")
        #expect(finding.fingerprint == "numbers:en:dfaaac292aa04df1")
    }
}
