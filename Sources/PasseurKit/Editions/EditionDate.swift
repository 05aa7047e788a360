/// A publication date as `passeur build --date` takes it: `YYYY-MM-DD`, a real day of the
/// Gregorian calendar.
enum EditionDate {
    /// Whether `text` is a valid `YYYY-MM-DD` date.
    static func isValid(_ text: String) -> Bool { secondsSince1970(text) != nil }

    /// Seconds from 1970-01-01 to midnight UTC of the date, or nil when `text` is not a valid date.
    static func secondsSince1970(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), year >= 1970
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        var days = 0
        for y in 1970..<year { days += ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 366 : 365 }
        days += lengths[0..<(month - 1)].reduce(0, +) + day - 1
        return days * 86_400
    }
}
