import TrackerModel
/// Excel's date serial numbers: days since 1899-12-30 (the 1900 system, which counts the
/// non-existent 1900-02-29 as day 60, a Lotus 1-2-3 bug kept for compatibility) or since
/// 1904-01-01 (the 1904 system of old Mac workbooks). The time of day is the fraction.
/// Days and months are the package's calendar (`CalendarDay`, `YearMonth`).
///
/// ```swift
/// ExcelDate.day(serial: 45658, uses1904: false)     // 2025-01-01
/// ExcelDate.day(serial: 60, uses1904: false)        // nil: Excel's 1900-02-29 is no real day …
/// ExcelDate.month(serial: 60, uses1904: false)      // 1900-02: … but lies in a real month
/// ```
enum ExcelDate {
    /// The day of a serial; nil outside 1900-01-01 … 9999-12-31 and for serial 60 (1900-02-29).
    static func day(serial: Double, uses1904: Bool) -> CalendarDay? {
        guard let whole = wholeDays(serial) else { return nil }
        if uses1904 { return CalendarDay(ordinal: whole + epoch1904) }
        guard whole >= 1, whole != lotusLeapDay else { return nil }
        return CalendarDay(ordinal: (whole < lotusLeapDay ? whole + 1 : whole) + epoch1900)
    }

    /// The month a serial shows, as Excel shows it (serial 60 is February 1900).
    static func month(serial: Double, uses1904: Bool) -> YearMonth? {
        if !uses1904, wholeDays(serial) == lotusLeapDay { return YearMonth(1900, 2) }
        return day(serial: serial, uses1904: uses1904)?.yearMonth
    }

    private static func wholeDays(_ serial: Double) -> Int? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        return Int(serial.rounded(.down))
    }

    /// The serial Excel gives the non-existent 1900-02-29.
    private static let lotusLeapDay = 60
    /// Day numbers (`CalendarDay.ordinal`) of the two systems' day 0.
    private static let epoch1900 = CalendarDay(year: 1899, month: 12, day: 30)!.ordinal
    private static let epoch1904 = CalendarDay(year: 1904, month: 1, day: 1)!.ordinal
}
