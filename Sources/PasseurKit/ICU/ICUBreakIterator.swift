import CICU

/// ICU's break iterator (`ubrk`) for sentences, words or line-break opportunities (UAX #14).
///
/// Not thread-safe: one iterator per task. Text is UTF-16 code units.
public final class ICUBreakIterator {
    /// Which boundaries to find.
    public enum Kind: Sendable {
        case sentence, word, line
    }

    private let handle: OpaquePointer
    private var buffer: [Int32] = []

    /// Opens an iterator for an ICU locale id (`fr`, `fr@ss=standard`).
    ///
    /// - Throws: `ICUError` when ICU has no data for it.
    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let k: Int32
        switch kind {
        case .sentence: k = Int32(PASSEUR_BREAK_SENTENCE)
        case .word: k = Int32(PASSEUR_BREAK_WORD)
        case .line: k = Int32(PASSEUR_BREAK_LINE)
        }
        guard let h = passeur_brk_open(k, locale, &status) else {
            throw ICUError(status: status, operation: "ubrk_open(\(locale))")
        }
        handle = h
    }

    deinit { passeur_brk_close(handle) }

    /// The boundaries of `text` after its start, in increasing order; the last is `text.count`.
    ///
    /// - Complexity: O(n), one call into ICU.
    func boundaries(_ text: UnsafeBufferPointer<UInt16>) -> [Int32] {
        let capacity = text.count + 1
        if buffer.count < capacity { buffer = [Int32](repeating: 0, count: capacity) }
        let n = buffer.withUnsafeMutableBufferPointer { out in
            passeur_brk_boundaries(handle, text.baseAddress, Int32(text.count), out.baseAddress, Int32(capacity))
        }
        return n > 0 ? Array(buffer[0..<Int(n)]) : []
    }

    /// The boundaries of `text`; see `boundaries(_:)` on a buffer.
    public func boundaries(_ text: [UInt16]) -> [Int32] {
        text.withUnsafeBufferPointer { boundaries($0) }
    }

    /// Calls `body` with the range of each word (rule status 100 or more: letters, numbers,
    /// kana, ideographs) of `text`, in order, without collecting the other pieces.
    func forEachWord(_ text: [UInt16], _ body: (Range<Int>) -> Void) {
        forEachPiece(text) { range, isWord in if isWord { body(range) } }
    }

    /// Word boundaries with their rule status: `isWord` is true for a span
    /// of letters, numbers, kana or ideographs, false for spaces and punctuation.
    func words(_ text: [UInt16]) -> [(range: Range<Int>, isWord: Bool)] {
        var result: [(range: Range<Int>, isWord: Bool)] = []
        forEachPiece(text) { result.append(($0, $1)) }
        return result
    }

    /// Calls `body` with every piece between two word boundaries and whether it is a word.
    private func forEachPiece(_ text: [UInt16], _ body: (Range<Int>, Bool) -> Void) {
        // ICU reads the text through the pointer while it iterates: the walk stays inside the closure.
        text.withUnsafeBufferPointer { p in
            _ = passeur_brk_set_text(handle, p.baseAddress, Int32(p.count))
            var start = 0
            while true {
                let b = passeur_brk_next(handle)
                if b < 0 { break }
                body(start..<Int(b), passeur_brk_rule_status(handle) >= 100)
                start = Int(b)
            }
        }
    }
}
