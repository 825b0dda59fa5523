import TrackerModel

/// A date written where a month is meant, and when it stands for that month. Excel keeps a
/// month as the date of its 1st, so a period cell holding 2025-01-01 is the month 2025-01 in a
/// workbook (a date cell, `CellText`) and in the CSV Excel exports from it (the text `2025/1/1`,
/// `MeasurementPeriod`) alike: one rule for both, so that twins give the same measurements. Any
/// other day stays a day: a value for 2025-01-15 is not the month's value, so it is reported,
/// never quietly moved to its month.
///
/// ```swift
/// MonthDate.parse("2025年4月1日")                   // 2025-04-01 (also `2025/4/1`, `2025-04-01`, `2025.4.1`)
/// MonthDate.month(of: MonthDate.parse("2025/1/1")!)  // 2025-01
/// MonthDate.month(of: MonthDate.parse("2025/1/15")!) // nil: a day, not a month
/// MonthDate.text(of: CalendarDay(year: 2025, month: 1, day: 15)!)   // "2025-01-15"
/// ```
enum MonthDate {
    /// A real date written `YYYY-M-D`, `YYYY/M/D`, `YYYY.M.D` or `YYYY年M月D日` (months and days with
    /// or without a leading zero, full-width digits too); nil for anything else.
    /// (`CalendarDay` is the package's calendar date; its check of the day is reused here.)
    static func parse(_ text: String) -> CalendarDay? {
        let t = Width.halfWidthString(text).trimmingCharacters(in: .whitespaces)
        let isDigit = { (c: Character) in ("0"..."9").contains(c) }
        guard let first = t.first, isDigit(first) else { return nil }
        let numbers = t.split(whereSeparator: { !isDigit($0) })
        guard numbers.count == 3, numbers[0].count == 4, (1...2).contains(numbers[1].count), (1...2).contains(numbers[2].count),
              let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2]) else { return nil }
        // The separators, in order: the same one twice, or 年月日.
        guard ["--", "//", "..", "年月日"].contains(t.filter { !isDigit($0) }) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// The month a date stands for: its own when the date is the 1st, else none.
    static func month(of date: CalendarDay) -> YearMonth? {
        date.day == 1 ? date.yearMonth : nil
    }

    /// How a date reads where a period may stand: `2025-01` for the 1st, `2025-01-15` for another day.
    static func text(of date: CalendarDay) -> String {
        month(of: date)?.description ?? date.description
    }
}
