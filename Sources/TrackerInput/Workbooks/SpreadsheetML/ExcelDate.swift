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

    /// Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm).
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
