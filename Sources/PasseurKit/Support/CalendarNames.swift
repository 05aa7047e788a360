import Foundation
import Synchronization

/// The names of the months and days of the week in a language, as its calendars write them
/// (ICU's, through Foundation): full and abbreviated, standalone and in dates, of the
/// Gregorian, Hebrew, Islamic and Persian calendars (« juin », « adar », « éloul »).
enum CalendarNames {
    /// The names already computed, by language identifier.
    private static let cache = Mutex<[String: Set<String>]>([:])

    /// The names of `locale`'s months and weekdays that its calendar writes in lower case
    /// (French « juin », « mer. »; Spanish « enero »), without a final full stop; empty for a
    /// language that capitalises them (English, German).
    static func lowercaseNames(of locale: LocaleTag) -> Set<String> {
        if let known = cache.withLock({ $0[locale.identifier] }) { return known }
        var names = Set<String>()
        for calendar in [Calendar.Identifier.gregorian, .hebrew, .islamic, .persian] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: locale.icuIdentifier)
            formatter.calendar = Calendar(identifier: calendar)
            let lists: [[String]?] = [
                formatter.monthSymbols, formatter.shortMonthSymbols, formatter.standaloneMonthSymbols,
                formatter.shortStandaloneMonthSymbols, formatter.weekdaySymbols, formatter.shortWeekdaySymbols,
                formatter.standaloneWeekdaySymbols, formatter.shortStandaloneWeekdaySymbols,
            ]
            for name in lists.compactMap({ $0 }).joined() where name.first?.isLowercase == true {
                names.insert(name.hasSuffix(".") ? String(name.dropLast()) : name)
            }
        }
        cache.withLock { $0[locale.identifier] = names }
        return names
    }
}
