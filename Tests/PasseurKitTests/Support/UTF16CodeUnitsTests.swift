import Testing

@testable import PasseurKit

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

@Suite struct UTF8OffsetsTests {
    @Test func piecesCutAtUTF16OffsetsAreThoseOfTheUTF16View() {
        let text = "« *HODL* » 🟠 [lien](https://x.org) l’été"
        let (units, offsets) = text.utf16CodeUnitsAndUTF8Offsets()
        #expect(units == Array(text.utf16))
        #expect(offsets.count == units.count + 1)
        for start in 0...units.count {
            for end in start...units.count {
                // Cuts inside a surrogate pair are not asked for.
                guard start == units.count || !UTF16.isTrailSurrogate(units[start]),
                    end == units.count || !UTF16.isTrailSurrogate(units[end])
                else { continue }
                #expect(
                    text.piece(utf8: offsets[start]..<offsets[end])
                        == String(decoding: units[start..<end], as: UTF16.self))
            }
        }
    }
}

@Suite struct StringFromUTF16Tests {
    @Test(arguments: [
        "", "HODL", "« Orange pill » : l’été", "Straße", "🟠₿ Bitcoin 🚀",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func aStringMadeFromItsUnitsIsTheSame(_ text: String) {
        let units = Array(text.utf16)
        #expect(units.withUnsafeBufferPointer { String(utf16CodeUnits: $0) } == text)
    }

    @Test func aLoneSurrogateBecomesAReplacementCharacterAsInTheStandardLibrary() {
        for units: [UInt16] in [[0x61, 0xD800], [0xDC00, 0x62], [0xD83D, 0x41, 0xDE80]] {
            #expect(
                units.withUnsafeBufferPointer { String(utf16CodeUnits: $0) } == String(decoding: units, as: UTF16.self))
        }
    }
}
