import TrackerModel

/// The period validity thresholds of docs/air-quality.md §7 (GB 3095 Table 4): the year's here,
/// the month's on `YearMonth.minimumValidDays` (evaluation uses it too).
///
/// ```swift
/// PeriodRules.minimumDays(in: YearMonth(2016, 2))   // 25
/// ```
public enum PeriodRules {
    /// A year needs this many valid days and every month valid.
    public static let minimumDaysPerYear = 324

    public static func minimumDays(in month: YearMonth) -> Int {
        month.minimumValidDays
    }

    /// For a month only partly inside a span (e.g. year-to-date): the month may miss as many
    /// days as a whole month may (31 − 27 = 4, 30 − 27 = 3, February 3 or 4) [project rule].
    public static func minimumDays(in month: YearMonth, daysInRange: Int) -> Int {
        guard daysInRange < month.dayCount else { return minimumDays(in: month) }
        let allowedMissing = month.dayCount - minimumDays(in: month)
        return max(0, daysInRange - allowedMissing)
    }
}
