import PasseurKit
import Testing

@Suite struct UTF16CodeUnitsTests {
    @Test(arguments: [
        "", "HODL", "« Orange pill » : l’été, 1\u{202F}000 €", "Straße ẞ", "e\u{301}", "🟠₿ Bitcoin 🚀",
        "日本語のテキスト", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func theUnitsAreThoseOfTheUTF16View(_ text: String) {
        #expect(text.utf16CodeUnits == Array(text.utf16))
    }

    @Test func aStringCutFromAnotherGivesTheSameUnits() {
        let text = "Le service client Bitcoin — « PNJ »"
        #expect(String(text.dropFirst(3)).utf16CodeUnits == Array(text.dropFirst(3).utf16))
    }
}
