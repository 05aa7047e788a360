/// One number of a text as a reader takes it in: a value, a date, a time of day or a version,
/// normalised so that the notations of different languages compare equal.
///
/// Digit groups are one number only where a language's conventions make them one:
/// - thousands groups of exactly three digits after a first group of one to three, all with
///   the same separator (`,` `.` `'`, a space, a no-break or thin space): `1,048,576`,
///   `1.000.000`, `21 000 000`; a space joins groups only after a free-standing number, not
///   after `SH4` or `MP3` (`SH4 340` is 4 and 340);
/// - then one decimal mark, another separator than the groups': `9,999.00`, `9.999'00`,
///   `1 000,5`. A lone `.` is a decimal mark in every language (`2.5`); a lone `,` is one only
///   in a language that writes decimals with it (`0,5` in French; `(0,1)` in English is two
///   numbers); a lone `'` is the old Spanish decimal mark (`0'33`). Values compare as values:
///   `2.0`, `2.00` and `2` are one number;
/// - a date is one token, its day, month and year in any order and notation (`12/31/99`,
///   `31.12.1999`, `2008-08-18`); a time of day is one (`15:30`, `14∶15∶20`); a version of
///   three or more dotted parts is one, as written (`2.10.20`).
///
/// A token also keeps its other readings (`alternatives`): each group on its own, the decimal
/// a lone comma would be in another language, `100K` as 100000, a date's day, month and
/// year (a version has none). A number missing from a translation that another reading accounts
/// for is there.
struct NumberToken: Equatable, Sendable {
    /// What kind of number the token is.
    enum Kind: Sendable {
        /// A count, an amount, a measure: an integer or a decimal.
        case value
        /// A date: day, month and year.
        case date
        /// A time of day: hours and minutes, maybe seconds.
        case time
        /// A version or another dotted sequence of three or more parts (`2.10.20`, `192.168.1.1`).
        case version
    }

    /// The normalised form, compared between texts: `1048576`, `9999`, `0.5`, `1/11/2009` (a
    /// date's parts, sorted), `15:30`, `2.10.20`.
    let key: String
    /// The token as the text writes it.
    let written: String
    /// What the token is.
    let kind: Kind
    /// The token's other readings, as keys.
    let alternatives: [String]

    /// The number tokens of `text`, in order. `commaIsDecimal` says whether the text's
    /// language writes decimals with a comma (French, German, Spanish…) or a point (English).
    static func tokens(in text: String, commaIsDecimal: Bool = true) -> [NumberToken] {
        var text = text
        // Bytes, not Characters: digits and separators are known byte sequences, and grapheme breaking is slow.
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes, commaIsDecimal: commaIsDecimal)
            return scanner.scan()
        }
    }

    /// Whether a language (its subtag) writes decimals with a comma: most European languages
    /// do; English, Chinese, Japanese, Korean, Hebrew, Thai and Hindi write a point. Unknown
    /// languages read a lone comma as a decimal mark.
    static func commaIsDecimal(language: String?) -> Bool {
        guard let language else { return true }
        return !["en", "zh", "ja", "ko", "he", "th", "hi", "ms", "ga", "cy"].contains(language)
    }
}

extension NumberToken {
    /// Reads the number tokens of a text's UTF-8 bytes, left to right.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let commaIsDecimal: Bool
        var result: [NumberToken] = []

        init(bytes: UnsafeBufferPointer<UInt8>, commaIsDecimal: Bool) {
            self.bytes = bytes
            self.commaIsDecimal = commaIsDecimal
        }

        /// A separator between digit groups.
        enum Separator: Equatable {
            case point, comma, apostrophe, space
        }

        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] &- 0x30 < 10 }

        func isASCIILetter(_ i: Int) -> Bool { i >= 0 && i < bytes.count && (bytes[i] | 0x20) &- 0x61 < 26 }

        /// The end of the run of digits starting at `i`.
        func digitsEnd(from i: Int) -> Int {
            var k = i
            while isDigit(k) { k += 1 }
            return k
        }

        /// The group separator at `i`, if any, and its length in bytes.
        func separator(at i: Int) -> (kind: Separator, length: Int)? {
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case 0x2E: return (.point, 1)
            case 0x2C: return (.comma, 1)
            case 0x27: return (.apostrophe, 1)
            case 0x20: return (.space, 1)
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: return (.space, 2)
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80:
                switch bytes[i + 2] {
                case 0xAF, 0x89: return (.space, 3)  // narrow no-break space, thin space
                case 0x99: return (.apostrophe, 3)  // ’
                default: return nil
                }
            default: return nil
            }
        }

        /// The length of a time separator at `i`: `:` or `∶` (U+2236, GTK's), else 0.
        func timeSeparatorLength(at i: Int) -> Int {
            guard i < bytes.count else { return 0 }
            if bytes[i] == 0x3A { return 1 }
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x88, bytes[i + 2] == 0xB6 { return 3 }
            return 0
        }

        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        mutating func scan() -> [NumberToken] {
            var i = 0
            while i < bytes.count {
                guard isDigit(i) else {
                    i += 1
                    continue
                }
                // A digit run inside a longer one is read with it; a number starts after a non-digit.
                if let end = date(at: i) {
                    i = end
                    continue
                }
                if let end = time(at: i) {
                    i = end
                    continue
                }
                i = number(at: i)
            }
            return result
        }

        /// A date at `start` (`12/31/99`, `31.12.1999`, `2008-08-18`): appended, and its end.
        mutating func date(at start: Int) -> Int? {
            let end1 = digitsEnd(from: start)
            let first = end1 - start
            guard first <= 2 || first == 4, end1 < bytes.count else { return nil }
            let mark = bytes[end1]
            guard mark == 0x2F || mark == 0x2E || mark == 0x2D, isDigit(end1 + 1) else { return nil }
            let end2 = digitsEnd(from: end1 + 1)
            guard end2 - end1 - 1 <= 2, end2 < bytes.count, bytes[end2] == mark, isDigit(end2 + 1) else { return nil }
            let end3 = digitsEnd(from: end2 + 1)
            let last = end3 - end2 - 1
            // Year first only with dashes (ISO 8601); else the year is last, of four digits, or of
            // two after slashes (`12/31/99`): `2.10.20` is a version.
            let valid = first == 4 ? (mark == 0x2D && last <= 2) : (last == 4 || (mark == 0x2F && last == 2))
            // Not part of a longer dotted or dashed sequence (a version 1.2.3.4, a phone number).
            guard valid, !(end3 < bytes.count && bytes[end3] == mark && isDigit(end3 + 1)) else { return nil }
            let parts = [start..<end1, (end1 + 1)..<end2, (end2 + 1)..<end3].map { Self.integer(string($0)) }
            let sorted = parts.sorted { ($0.count, $0) < ($1.count, $1) }
            result.append(
                NumberToken(
                    key: sorted.joined(separator: "/"), written: string(start..<end3), kind: .date, alternatives: parts)
            )
            return end3
        }

        /// A time of day at `start` (`15:30`, `2∶35`, `14:15:20`): appended, and its end.
        mutating func time(at start: Int) -> Int? {
            let end1 = digitsEnd(from: start)
            guard end1 - start <= 2 else { return nil }
            var parts = [Self.integer(string(start..<end1))]
            var end = end1
            while parts.count < 3 {
                let length = timeSeparatorLength(at: end)
                guard length > 0, isDigit(end + length) else { break }
                let partEnd = digitsEnd(from: end + length)
                guard partEnd - end - length == 2 else { return nil }
                parts.append(string((end + length)..<partEnd))
                end = partEnd
            }
            guard parts.count >= 2, !isDigit(end), timeSeparatorLength(at: end) == 0 else { return nil }
            let (hour, written) = twelveHourClock(parts[0], end: &end)
            result.append(
                NumberToken(
                    key: ([hour] + parts.dropFirst()).joined(separator: ":"), written: written(start), kind: .time,
                    alternatives: parts.map(Self.integer)))
            return end
        }

        /// The hour of a time on the 24-hour clock when ` am` or ` pm` follows it (`4 pm` is
        /// 16), and how to write the time from its start; `end` moved past the mark.
        func twelveHourClock(_ hour: String, end: inout Int) -> (String, (Int) -> String) {
            var i = end
            if i < bytes.count, bytes[i] == 0x20 { i += 1 }
            guard i + 1 < bytes.count, let value = Int(hour), (1...12).contains(value),
                bytes[i] | 0x20 == 0x61 || bytes[i] | 0x20 == 0x70, bytes[i + 1] | 0x20 == 0x6D,
                !isASCIILetter(i + 2)
            else {
                let last = end
                return (hour, { string($0..<last) })
            }
            let afternoon = bytes[i] | 0x20 == 0x70
            let hour24 = afternoon ? (value == 12 ? 12 : value + 12) : (value == 12 ? 0 : value)
            end = i + 2
            let last = end
            return (String(hour24), { string($0..<last) })
        }

        /// The number at `start`, whatever its groups make of it: appended, and its end.
        mutating func number(at start: Int) -> Int {
            // After a letter (SH4, MP3, Win32), a space joins no digit group: the name ends there.
            let glued = isASCIILetter(start - 1)
            var groups = [start..<digitsEnd(from: start)]
            var separators: [Separator] = []
            while let found = separator(at: groups[groups.count - 1].upperBound),
                isDigit(groups[groups.count - 1].upperBound + found.length)
            {
                let kind = found.kind
                let next = groups[groups.count - 1].upperBound + found.length
                let nextEnd = digitsEnd(from: next)
                if kind == .space {
                    // « 1 000 », not « 23 1913 » nor « MP3 128 ».
                    let joins =
                        !glued && nextEnd - next == 3 && groups[0].count <= 3
                        && separators.allSatisfy { $0 == .space }
                    guard joins else { break }
                }
                separators.append(kind)
                groups.append(next..<nextEnd)
            }
            var end = groups[groups.count - 1].upperBound
            // 4 pm: a time of day.
            if separators.isEmpty {
                let (hour, written) = twelveHourClock(string(groups[0]), end: &end)
                if end != groups[0].upperBound {
                    result.append(
                        NumberToken(key: hour + ":00", written: written(start), kind: .time, alternatives: []))
                    return end
                }
            }
            // 100K: a thousand times, as another reading.
            let kilo =
                end < bytes.count && (bytes[end] == 0x4B || bytes[end] == 0x6B) && !isASCIILetter(end + 1)
                && !isDigit(end + 1)
            interpret(groups: groups.map(string), separators: separators, written: string(start..<end), kilo: kilo)
            return end
        }

        /// Appends the tokens that digit groups and their separators make.
        mutating func interpret(groups: [String], separators: [Separator], written: String, kilo: Bool) {
            let split = groups.map(Self.integer)
            func value(_ key: String, written: String = written, extra: [String] = []) {
                var alternatives = extra
                if kilo, !key.contains(".") { alternatives.append(key + "000") }
                result.append(NumberToken(key: key, written: written, kind: .value, alternatives: alternatives))
            }
            guard let firstSeparator = separators.first else { return value(split[0]) }
            // Thousands groups: the same separator, three digits each, after a first group of 1 to 3 not starting with 0.
            var grouped = 0
            if groups[0].count <= 3, !groups[0].hasPrefix("0") {
                while grouped < separators.count, separators[grouped] == firstSeparator,
                    groups[grouped + 1].count == 3
                {
                    grouped += 1
                }
            }
            let integerPart = groups[0...grouped].joined()
            if grouped == separators.count {
                // All groups of three: 1,000 is a thousand, though a German 1,000 may be a one.
                let decimal = separators.count == 1 ? [Self.decimal(groups[0], groups[1])] : []
                return value(Self.integer(integerPart), extra: decimal + split)
            }
            if grouped == separators.count - 1, separators[grouped] != firstSeparator || grouped == 0 {
                let mark = separators[grouped]
                let fraction = groups[grouped + 1]
                let isDecimal: Bool
                switch mark {
                case .point, .apostrophe: isDecimal = true
                case .comma: isDecimal = commaIsDecimal || grouped > 0
                case .space: isDecimal = false
                }
                if isDecimal {
                    return value(Self.decimal(integerPart, fraction), extra: split)
                }
                if grouped == 0 {
                    // A lone comma in a language that writes decimals with a point: a list, `(0,1)`.
                    for (part, digits) in zip(split, groups) {
                        value(part, written: digits, extra: [Self.decimal(groups[0], groups[1])])
                    }
                    return
                }
            }
            if separators.allSatisfy({ $0 == .point }), separators.count >= 2 {
                // No other reading: `2.10.10` is no `2.10.20`, whatever their parts share.
                result.append(NumberToken(key: written, written: written, kind: .version, alternatives: []))
                return
            }
            // Anything else is a list of numbers: `1,19,85`.
            for (part, digits) in zip(split, groups) { value(part, written: digits) }
        }

        /// Digits without their leading zeros: `05` → `5`, `000` → `0`.
        static func integer(_ digits: String) -> String {
            let significant = digits.drop { $0 == "0" }
            return significant.isEmpty ? "0" : String(significant)
        }

        /// A decimal's normal form: `2.50` → `2.5`, `2.0` → `2`, `0'33` → `0.33`.
        static func decimal(_ integerDigits: String, _ fractionDigits: String) -> String {
            var fraction = Substring(fractionDigits)
            while fraction.last == "0" { fraction = fraction.dropLast() }
            let integer = integer(integerDigits)
            return fraction.isEmpty ? integer : integer + "." + fraction
        }
    }
}
