import Foundation

/// A calendar month, the grain of measurement files and of the monthly validity rule: the
/// package's one month type, with the calendar's one leap-year and days-in-month rule (which
/// `CalendarDay` checks its days against).
///
/// ```swift
/// let m = YearMonth(parsing: "2025-02")!
/// m.dayCount                      // 28
/// m.advanced(by: 11)              // 2026-01
/// m.lastDay                       // 2025-02-28 (a CalendarDay)
/// YearMonth(year: 2025, month: 13) // nil; `YearMonth(2025, 13)` is for months known to exist
/// ```
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    /// For months known to exist (constants, arithmetic results): `month` must be 1–12.
    public init(_ year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// Fails for a month number outside 1–12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.init(year, month)
    }

    /// `YYYY-MM` (also `YYYY/MM`, `YYYY.MM`, `YYYY年M月`); nil when it is not a real month.
    public init?(parsing text: String) {
        // The common `YYYY-MM`, straight from the bytes.
        let u = Array(text.utf8)
        if u.count == 7, u[4] == UInt8(ascii: "-"), u.enumerated().allSatisfy({ $0.offset == 4 || (48...57).contains($0.element) }) {
            let y = u[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }, m = Int(u[5] - 48) * 10 + Int(u[6] - 48)
            guard (1...12).contains(m) else { return nil }
            self.init(y, m)
            return
        }
        let t = Width.halfWidthString(text).trimmingCharacters(in: .whitespaces)
        let digits = t.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard digits.count == 2, digits[0].count == 4, (1...2).contains(digits[1].count),
              let y = Int(digits[0]), let m = Int(digits[1]), (1...12).contains(m) else { return nil }
        let separators = t.filter { !$0.isNumber }
        guard ["-", "/", ".", "年月", "年"].contains(separators) else { return nil }
        self.init(y, m)
    }

    public var description: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }

    public var isLeapYear: Bool { YearMonth.isLeap(year) }

    /// The Gregorian leap-year rule, the only copy in the package.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days in a month (1–12) of a year, the only copy in the package.
    public static func dayCount(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var dayCount: Int { Self.dayCount(year: year, month: month) }

    public var firstDay: CalendarDay { CalendarDay(unchecked: year, month, 1) }
    public var lastDay: CalendarDay { CalendarDay(unchecked: year, month, dayCount) }
    /// The month's days, as a range.
    public var range: DayRange { DayRange(uncheckedFirst: firstDay, last: lastDay) }

    /// The fewest valid days for a valid monthly mean (GB 3095 Table 4): 27, February 25
    /// (docs/air-quality.md §7).
    public var minimumValidDays: Int { month == 2 ? 25 : 27 }

    public func advanced(by months: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + months
        return YearMonth(index / 12, index % 12 + 1)
    }

    public var next: YearMonth { advanced(by: 1) }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

