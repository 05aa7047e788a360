/// What checks compare between a source and a target: numbers, URLs, acronyms, words.
enum TextFeatures {
    /// The numbers of a text, normalised so that locale formatting compares equal:
    /// « 1 000,5 », "1,000.5" and "1.000,5" all give "1000.5"; « 23 » stays "23".
    static func numbers(_ text: String) -> [String] {
        recentNumbers.value(for: text, computeNumbers)
    }

    private static let recentNumbers = RecentResults<[String]>()

    private static func computeNumbers(_ text: String) -> [String] {
        guard text.containsByte(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        var plain = InlineMarkup.plainText(text)
        // Bytes, not Characters: digits and separators are known byte sequences, and grapheme breaking is slow.
        return plain.withUTF8 { bytes in
            var result: [String] = []
            var current: [UInt8] = []
            var pendingSeparator: Range<Int>?
            let count = bytes.count
            func isDigit(_ i: Int) -> Bool { i < count && bytes[i] &- 0x30 < 10 }
            var i = 0
            while i < count {
                // Between numbers, only the next digit matters.
                if current.isEmpty {
                    while i < count, !isDigit(i) { i += 1 }
                    if i == count { break }
                }
                if isDigit(i) {
                    if let separator = pendingSeparator {
                        current.append(contentsOf: bytes[separator])
                        pendingSeparator = nil
                    }
                    current.append(bytes[i])
                    i += 1
                    continue
                }
                let length = groupSeparatorLength(bytes, at: i)
                if length > 0, isDigit(i + length), pendingSeparator == nil {
                    // A space joins digit groups only before exactly three digits (« 1 000 »), not « 23 1913 ».
                    var joins = true
                    if bytes[i] != 0x2C, bytes[i] != 0x2E {
                        var digits = 0
                        while isDigit(i + length + digits) { digits += 1 }
                        joins = digits == 3
                    }
                    if joins {
                        pendingSeparator = i..<(i + length)
                        i += length
                        continue
                    }
                    Self.flush(&current, into: &result)
                    pendingSeparator = nil
                    i += length
                    continue
                }
                Self.flush(&current, into: &result)
                pendingSeparator = nil
                i += max(length, 1)
            }
            Self.flush(&current, into: &result)
            return result
        }
    }

    /// Ends the number being read, if any: normalised into `result`, `current` emptied.
    private static func flush(_ current: inout [UInt8], into result: inout [String]) {
        guard !current.isEmpty else { return }
        result.append(normalise(String(decoding: current, as: UTF8.self)))
        current.removeAll(keepingCapacity: true)
    }

    /// The length in bytes of a digit-group separator at `i` (, . space, NBSP, narrow NBSP,
    /// thin space), 0 when there is none.
    private static func groupSeparatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch bytes[i] {
        case 0x2C, 0x2E, 0x20: return 1
        case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: return 2
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xAF || bytes[i + 2] == 0x89):
            return 3
        default: return 0
        }
    }

    /// "1 000,5" → "1000.5": the last `,` or `.` followed by other than three digits is the decimal mark.
    private static func normalise(_ number: String) -> String {
        // Most numbers are digits only: nothing to normalise.
        if number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return number }
        var groups: [(separator: Character?, digits: String)] = []
        var digits = ""
        var separator: Character?
        for c in number {
            if c.isNumber {
                digits.append(c)
            } else {
                groups.append((separator, digits))
                separator = c
                digits = ""
            }
        }
        groups.append((separator, digits))
        guard groups.count > 1, let last = groups.last else { return number }
        let isDecimal = (last.separator == "," || last.separator == ".") && last.digits.count != 3
        let integer = groups.dropLast(isDecimal ? 1 : 0).map(\.digits).joined()
        return isDecimal ? integer + "." + last.digits : integer
    }

    /// URLs and e-mail addresses, as written.
    static func urlsAndEmails(_ text: String) -> [String] {
        // Most sentences have neither: a byte scan for "://", "www." and "@" spares them the cache.
        guard Self.mayHoldAddress(text) else { return [] }
        return recentAddresses.value(for: text, computeURLsAndEmails)
    }

    private static let recentAddresses = RecentResults<[String]>()

    private static func computeURLsAndEmails(_ text: String) -> [String] {
        let separators = Set<Character>("<>()\"«»“”")
        return text.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }).compactMap { token in
            let word = token.trimmingCharacters(in: CharacterSetShim.trailingPunctuation)
            if word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.") { return word }
            let parts = word.split(separator: "@")
            if parts.count == 2, parts[1].contains("."), !parts[0].isEmpty { return word }
            return nil
        }
    }

    /// Whether `text` has an "@", a "://" or a "www.": one pass over its bytes.
    static func mayHoldAddress(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            for i in bytes.indices {
                switch bytes[i] {
                case 0x40: return true
                case 0x2F where i >= 2 && bytes[i - 1] == 0x2F && bytes[i - 2] == 0x3A: return true
                case 0x2E
                where i >= 3 && bytes[i - 1] | 0x20 == 0x77 && bytes[i - 2] | 0x20 == 0x77
                    && bytes[i - 3] | 0x20 == 0x77:
                    return true
                default: continue
                }
            }
            return false
        }) {
            return found
        }
        return mayHoldAddress(String(decoding: Array(text.utf8), as: UTF8.self))
    }

    /// Words of two or more capitals, as acronyms are written (MMT, NFT, BTC).
    static func acronyms(_ text: String) -> [String] {
        recentAcronyms.value(for: text, computeAcronyms)
    }

    private static let recentAcronyms = RecentResults<[String]>()

    private static func computeAcronyms(_ text: String) -> [String] {
        // A capital next to a capital or a digit is needed: most sentences have none, and a scalar scan says so.
        var previous: (upper: Bool, digit: Bool) = (false, false)
        var found = false
        for scalar in text.unicodeScalars {
            let ascii = scalar.isASCII
            let upper = ascii ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
            let digit = !upper && (ascii ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil)
            if (upper && (previous.upper || previous.digit)) || (digit && previous.upper) {
                found = true
                break
            }
            previous = (upper, digit)
        }
        guard found else { return [] }
        let scalars = InlineMarkup.plainText(text).unicodeScalars
        return scalars.split(whereSeparator: { !$0.properties.isAlphabetic && $0.properties.numericType == nil })
            .filter { word in
                word.count >= 2 && word.allSatisfy { $0.properties.isUppercase || $0.properties.numericType != nil }
                    && word.contains(where: \.properties.isAlphabetic)
            }
            .map { String(String.UnicodeScalarView($0)) }
    }

    /// The words of a text, lower-cased.
    static func words(_ text: String) -> [Substring] {
        // Scalars, not Characters: a letter's combining marks are rare in NFC text, and grapheme breaking is slow.
        let plain = InlineMarkup.plainText(text)
        return plain.unicodeScalars.split(whereSeparator: { scalar in
            if scalar.isASCII {
                let v = scalar.value
                return !((0x61...0x7A).contains(v | 0x20) || (0x30...0x39).contains(v) || v == 0x27)
            }
            return !scalar.properties.isAlphabetic && scalar.properties.numericType == nil && scalar != "’"
        }).map { Substring($0) }
    }

    /// The length of a text without its markup, in Unicode scalars: the characters a reader
    /// counts, but for combining marks, which NFC text rarely has. Counting grapheme clusters
    /// costs more than every other part of the length checks.
    static func length(_ text: String) -> Int {
        var plain = InlineMarkup.plainText(text)
        return plain.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// The count of each element.
    static func multiset(_ items: [String]) -> [String: Int] {
        items.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// Elements of `a` missing from `b`, counting repeats.
    static func missing(_ a: [String], from b: [String]) -> [String] {
        // Most texts carry none, or the same in the same order: no counting needed.
        if a.isEmpty || a == b { return [] }
        var available = multiset(b)
        var result: [String] = []
        for item in a {
            if let n = available[item], n > 0 { available[item] = n - 1 } else { result.append(item) }
        }
        return result
    }
}

/// Characters trimmed from the end of a URL or address found in running text.
enum CharacterSetShim {
    static let trailingPunctuation = Set<Character>(".,;:!?)]}’'")
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = self
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
