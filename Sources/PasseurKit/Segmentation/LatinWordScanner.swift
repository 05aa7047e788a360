/// The words of a text written in Latin letters, found without ICU where the
/// Unicode word-break rules (UAX #29) reduce to a few cases.
///
/// The scanner handles ASCII, Latin-1 and Latin Extended-A and -B letters, digits, and the
/// spaces and punctuation of European text. A word is a run of letters and digits that goes
/// on across a full stop or an apostrophe between two letters (« l’orange », « e.g »,
/// « aujourd'hui ») and across a full stop, comma, semicolon or apostrophe between two
/// digits (« 1,000.5 »), as rules WB5–WB12 say. Anything else, from combining marks and
/// narrow no-break spaces to other scripts, makes `forEachWord` decline, and the caller
/// asks ICU: the scanner gives ICU's word ranges or nothing.
enum LatinWordScanner {
    private enum Kind {
        case letter, digit
        /// Joins two letters or two digits: full stop, apostrophes, one-dot leader.
        case midNumLet
        /// Joins two digits: comma, semicolon.
        case midNum
        /// Joins two letters in ICU's rules for some locales and not others.
        case colon
        case other, unsupported
    }

    /// Calls `body` with the range of each word of `text` (UTF-16 offsets), in order, and
    /// returns true; or returns false, without calling `body`, when the text holds a character
    /// the scanner does not handle.
    ///
    /// - Complexity: O(n), two passes.
    static func forEachWord(_ text: UnsafeBufferPointer<UInt16>, _ body: (Range<Int>) -> Void) -> Bool {
        guard isSupported(text) else { return false }
        let n = text.count
        var i = 0
        while i < n {
            var last = kind(text[i])
            guard last == .letter || last == .digit else {
                i += 1
                continue
            }
            let start = i
            i += 1
            while i < n {
                let k = kind(text[i])
                if k == .letter || k == .digit {
                    last = k
                    i += 1
                    continue
                }
                guard i + 1 < n, kind(text[i + 1]) == last else { break }
                // WB6–7 for letters, WB11–12 for digits.
                guard k == .midNumLet || (k == .midNum && last == .digit) else { break }
                i += 2
            }
            body(start..<i)
        }
        return true
    }

    /// The words of `text`, or nil where ICU is needed; see `forEachWord`.
    static func words(_ text: [UInt16]) -> [Range<Int>]? {
        var result: [Range<Int>] = []
        let handled = text.withUnsafeBufferPointer { forEachWord($0) { result.append($0) } }
        return handled ? result : nil
    }

    /// Whether every character is one the scanner handles, and no colon stands between two letters.
    private static func isSupported(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        for i in text.indices {
            switch kind(text[i]) {
            case .unsupported:
                return false
            case .colon:
                if i > 0, i + 1 < text.count, kind(text[i - 1]) == .letter, kind(text[i + 1]) == .letter {
                    return false
                }
            default:
                continue
            }
        }
        return true
    }

    @inline(__always)
    private static func kind(_ u: UInt16) -> Kind {
        switch u {
        case 0x30...0x39: return .digit
        // ICU counts @ as a letter, so that an e-mail address stays one word.
        case 0x40...0x5A, 0x61...0x7A: return .letter
        case 0x2E, 0x27: return .midNumLet
        case 0x2C, 0x3B: return .midNum
        case 0x3A: return .colon
        // The underscore joins words (ExtendNumLet).
        case 0x5F: return .unsupported
        case 0x00...0x7F: return .other
        // ª µ º.
        case 0xAA, 0xB5, 0xBA: return .letter
        // Soft hyphen (Format), © and ® (pictographs), middle dot (MidLetter).
        case 0xAD, 0xA9, 0xAE, 0xB7: return .unsupported
        case 0xA0...0xBF, 0xD7, 0xF7: return .other
        case 0xC0...0x24F: return .letter
        case 0x2018, 0x2019, 0x2024: return .midNumLet
        // Spaces (not U+200B or U+202F), dashes, quotes, daggers, bullet, ellipsis, ‰ ‹ ›, €.
        case 0x2000...0x200A, 0x2010...0x2017, 0x201A...0x2023, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC:
            return .other
        default: return .unsupported
        }
    }
}
