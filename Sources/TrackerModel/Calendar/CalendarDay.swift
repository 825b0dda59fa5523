/// A civil date (Beijing local time), as plain integers: the package's one day type. Hourly rows,
/// excluded days, daily air-quality values, Excel date cells and day ranges all use it; cheap to
/// hash, compare and step through, with no Foundation `Date` or time-zone work. The month it lies
/// in is a `YearMonth`, which also holds the calendar's one days-in-month rule.
///
/// ```swift
/// let day = CalendarDay(year: 2015, month: 2, day: 28)   // nil for impossible dates
/// day?.next.description                                 // "2015-03-01"
/// CalendarDay(iso: "2026-03-01")?.yearMonth             // 2026-03
/// CalendarDay(ordinal: 20513)                           // 2026-03-01 (days since 1970-01-01)
/// ```
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Fails for dates that do not exist (month 13, 30 February, 29 February 1900, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= YearMonth.dayCount(year: year, month: month) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// For dates already known to exist (constants, arithmetic results).
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; anything else gives nil.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The month the day lies in.
    public var yearMonth: YearMonth { YearMonth(year, month) }

    public var next: CalendarDay { adding(days: 1) }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }
}

// MARK: Day numbers

extension CalendarDay {
    /// Days since 1970-01-01 (negative before), for the proleptic Gregorian calendar
    /// (H. Hinnant's days-from-civil): exact integer arithmetic, so stepping through days never
    /// touches time zones. The leap years are implicit in the 4/100/400-year cycle counts, which
    /// agree with `YearMonth.isLeap`.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `ordinal` days after 1970-01-01 (H. Hinnant's civil-from-days).
    public init(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
