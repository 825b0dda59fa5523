import TrackerModel

/// How a measurement row's valid days belong to an indicator: day counts (重污染天数, 优良天数)
/// keep them beside means and day ratios, so that a share of days can be formed (`DayRatioForming`).
///
/// ```swift
/// catalog.resolve("优良天数")?.isDayCount        // true
/// catalog.resolve("降尘量")?.weighsValidDays      // false: a monthly mean without valid days
/// ```
extension Indicator {
    /// A count of days of the month (重污染天数, 优良天数): read with the row's valid days, from
    /// which its share of days can be formed.
    var isDayCount: Bool { kind == .count && unit == .days }

    /// Whether a row's `valid_days` belong to this indicator's value: means and day ratios weigh
    /// months by them, day counts need them to become ratios.
    var weighsValidDays: Bool { kind.usesValidDays || isDayCount }
}
