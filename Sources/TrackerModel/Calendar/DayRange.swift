/// A closed range of calendar days: a month, a year, or any span (year-to-date, a plan year).
///
/// ```swift
/// let year = DayRange.year(2015)                                 // 2015-01-01…2015-12-31
/// year.dayCount                                                  // 365
/// year.months.count                                              // 12
/// DayRange.month(YearMonth(2016, 2)).kind                        // .month
/// DayRange(first: CalendarDay(year: 2026, month: 1, day: 2)!,
///          last: CalendarDay(year: 2026, month: 1, day: 1)!)     // nil: the last is before the first
/// ```
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
    public let first: CalendarDay
    public let last: CalendarDay

    public init?(first: CalendarDay, last: CalendarDay) {
        guard first <= last else { return nil }
        self.init(uncheckedFirst: first, last: last)
    }

    init(uncheckedFirst first: CalendarDay, last: CalendarDay) {
        self.first = first
        self.last = last
    }

    public static func year(_ year: Int) -> DayRange {
        DayRange(uncheckedFirst: CalendarDay(unchecked: year, 1, 1), last: CalendarDay(unchecked: year, 12, 31))
    }

    public static func month(_ month: YearMonth) -> DayRange { month.range }

    /// What validity rule the range gets (docs/air-quality.md §7, period validity).
    public enum Kind: Sendable, Equatable {
        case month
        case year
        case span
    }

    public var kind: Kind {
        if first.day == 1, last.year == first.year, last.month == first.month, last == last.yearMonth.lastDay { return .month }
        if first.month == 1, first.day == 1, last.year == first.year, last.month == 12, last.day == 31 {
            return .year
        }
        return .span
    }

    public var dayCount: Int { last.ordinal - first.ordinal + 1 }

    public func contains(_ day: CalendarDay) -> Bool { first <= day && day <= last }

    /// Every day of the range, in order.
    public var days: [CalendarDay] {
        let start = first.ordinal
        return (0..<dayCount).map { CalendarDay(ordinal: start + $0) }
    }

    /// The calendar months the range touches, in order (the first and last may be partial).
    public var months: [YearMonth] {
        var result: [YearMonth] = []
        var month = first.yearMonth
        while month <= last.yearMonth {
            result.append(month)
            month = month.next
        }
        return result
    }

    /// How many days of `month` lie inside the range.
    public func dayCount(in month: YearMonth) -> Int {
        let lo = max(first, month.firstDay)
        let hi = min(last, month.lastDay)
        return lo <= hi ? hi.ordinal - lo.ordinal + 1 : 0
    }

    public var description: String { "\(first)…\(last)" }
}
