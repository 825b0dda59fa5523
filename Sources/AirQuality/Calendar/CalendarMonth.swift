/// A calendar month (year, month): the unit of the monthly validity rule.
///
/// ```swift
/// let february = CalendarMonth(year: 2016, month: 2)
/// february?.dayCount        // 29
/// february?.description     // "2016-02"
/// ```
public struct CalendarMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.init(unchecked: year, month)
    }

    init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    public var dayCount: Int { Self.dayCount(year: year, month: month) }
    public var firstDay: CalendarDay { CalendarDay(unchecked: year, month, 1) }
    public var lastDay: CalendarDay { CalendarDay(unchecked: year, month, dayCount) }
    public var range: DayRange { DayRange(uncheckedFirst: firstDay, last: lastDay) }

    public var next: CalendarMonth {
        month == 12 ? CalendarMonth(unchecked: year + 1, 1) : CalendarMonth(unchecked: year, month + 1)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func dayCount(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    public var description: String { "\(year)-\(CalendarDay.twoDigits(month))" }
}
