import TrackerModel
/// Excel's date serial numbers: days since 1899-12-30 (the 1900 system, which counts the
/// non-existent 1900-02-29 as day 60, a Lotus 1-2-3 bug kept for compatibility) or since
/// 1904-01-01 (the 1904 system of old Mac workbooks). The time of day is the fraction.
///
/// ```swift
/// ExcelDate.day(serial: 45658, uses1904: false)   // (2025, 1, 1)
/// ExcelDate.day(serial: 60, uses1904: false)      // (1900, 2, 29), as Excel shows it
/// ```
enum ExcelDate {
    /// Year, month and day of a serial; nil outside 1900-01-01 … 9999-12-31.
    static func day(serial: Double, uses1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        if uses1904 { return civil(daysSinceEpoch: whole + days(1904, 1, 1)) }
        guard whole >= 1 else { return nil }
        if whole == 60 { return (1900, 2, 29) }
        return civil(daysSinceEpoch: (whole < 60 ? whole + 1 : whole) + days(1899, 12, 30))
    }

    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int { CivilDays.days(year: year, month: month, day: day) }

    static func civil(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) { CivilDays.date(daysSinceEpoch) }
}
