import Testing

@testable import PasseurKit

@Suite struct StringBytesTests {
    @Test(arguments: [
        ("Le service client Bitcoin", "Bitcoin", true), ("Le service client Bitcoin", "Le", true),
        ("Le service client Bitcoin", "bitcoin", false), ("BitcoiBitcoin", "Bitcoin", true),
        ("Bitcoi", "Bitcoin", false), ("« HODL »", "HODL", true), ("l’été", "été", true), ("", "", true),
        ("x", "", true), ("", "x", false),
    ])
    func aTextContainsTheBytesOfAnother(_ text: String, _ other: String, _ expected: Bool) {
        #expect(text.containsBytes(of: other) == expected)
    }

    @Test func anotherNormalisationFormIsNotTheSameBytes() {
        #expect(!"e\u{301}té".containsBytes(of: "\u{E9}té"))
        #expect("Lightning Network".containsByte(where: { $0 == 0x20 }))
        #expect(!"Lightning".containsByte(where: { $0 >= 0x80 }))
    }
}
