/// Counts words with ICU's word iterator, as CAT tools count them for quotes.
///
/// A word is a span that ICU's rules tag as letters, numbers, kana or
/// ideographs; « l’assistance » is one word (ICU keeps the elided article with
/// its noun, as Okapi's word counter does), « non-joueur » is two.
final class WordCounter {
    private let iterator: ICUBreakIterator

    /// Opens a word iterator for `locale`.
    ///
    /// - Throws: `ICUError`.
    init(locale: LocaleTag) throws {
        iterator = try ICUBreakIterator(.word, locale: locale.icuIdentifier)
    }

    /// The number of words in `text`.
    func count(_ text: String) -> Int {
        iterator.words(text.utf16CodeUnits).reduce(0) { $0 + ($1.isWord ? 1 : 0) }
    }

    /// The words of `text`, in order.
    func words(_ text: String) -> [String] {
        let units = text.utf16CodeUnits
        return iterator.words(units).filter(\.isWord).map { String(decoding: units[$0.range], as: UTF16.self) }
    }
}
