import PasseurTestSupport
import Testing

@testable import PasseurKit

@Suite struct LatinWordScannerTests {
    static let locales = ["fr", "en", "de", "es", "pt_BR"]

    /// ICU's words (rule status of a word) of a text.
    static func icuWords(_ units: [UInt16], locale: String) throws -> [Range<Int>] {
        try ICUBreakIterator(.word, locale: locale).words(units).filter(\.isWord).map(\.range)
    }

    @Test func wordsJoinAcrossApostrophesAndFullStopsBetweenLettersAndAcrossMarksBetweenDigits() throws {
        let text = "L’orange d'aujourd'hui, e.g. 1\u{A0}000,5 ou 1,000.5 ; fin."
        let units = text.utf16CodeUnits
        let words = try #require(LatinWordScanner.words(units))
        #expect(
            words.map { String(decoding: units[$0], as: UTF16.self) } == [
                "L’orange", "d'aujourd'hui", "e.g", "1", "000,5", "ou", "1,000.5", "fin",
            ])
    }

    @Test(arguments: [
        "e\u{301}té", "1\u{202F}000", "snake_case", "soft\u{AD}hyphen", "Ελλάδα", "🟠", "a\u{200B}b", "ab:cd",
    ])
    func aTextWithACharacterTheScannerDoesNotHandleIsLeftToICU(_ text: String) {
        #expect(LatinWordScanner.words(text.utf16CodeUnits) == nil)
    }

    @Test func theArticleAndTheProjectCatalogsGetICUsWordsInEveryLocale() throws {
        var texts = try TextFile.read(Fixtures.path("documents/le-service-client-bitcoin.txt")).split(separator: "\n")
            .map(String.init)
        for catalog in Fixtures.projectCatalogs {
            for unit in try Catalog.read(path: Fixtures.path(catalog)).units { texts += [unit.source] + unit.targets }
        }
        var scanned = 0
        for locale in Self.locales {
            for text in texts {
                let units = text.utf16CodeUnits
                guard let words = LatinWordScanner.words(units) else { continue }
                scanned += 1
                #expect(words == (try Self.icuWords(units, locale: locale)), "\(locale): \(text)")
            }
        }
        // Most of the project's text never needs ICU.
        #expect(scanned * 10 > texts.count * Self.locales.count * 8)
    }

    @Test func randomTextsOfEveryHandledCharacterGetICUsWords() throws {
        let alphabet: [UInt16] =
            Array(0x20...0x7E) + [0x09, 0x0A, 0x0D, 0xA0, 0xAA, 0xAB, 0xB5, 0xBA, 0xBB, 0xC9, 0xD7, 0xE9, 0xF7, 0xFF]
            + [0x153, 0x17F, 0x1C0, 0x24F, 0x2009, 0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201E, 0x2024]
            + [0x2026, 0x2030, 0x2039, 0x20AC]
        // Letters, digits and joiners drawn more often, so that joins are tried in every combination.
        let frequent: [UInt16] = Array("aZé1 9.,;:'’".utf16)
        var generator = SplitMix64(seed: 0x5EED)
        for locale in Self.locales {
            let icu = try ICUBreakIterator(.word, locale: locale)
            for _ in 0..<3000 {
                let length = Int(generator.next() % 12) + 1
                let units = (0..<length).map { _ in
                    generator.next() % 3 == 0
                        ? alphabet[Int(generator.next() % UInt64(alphabet.count))]
                        : frequent[Int(generator.next() % UInt64(frequent.count))]
                }
                guard let words = LatinWordScanner.words(units) else { continue }
                let expected = icu.words(units).filter(\.isWord).map(\.range)
                #expect(words == expected, "\(locale): \(units.map { String($0, radix: 16) })")
            }
        }
    }
}
