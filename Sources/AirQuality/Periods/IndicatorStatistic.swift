import TrackerModel

/// One period statistic: its full value (from unrounded daily values), the days it used and
/// whether the period had enough data. An invalid statistic is "insufficient data", never a
/// pass or fail; the value is still given so a caller can see whether it already decides a verdict.
///
/// ```swift
/// let pm25 = stats.statistic(.mean(.pm25))
/// pm25?.value            // 80.49…
/// pm25?.reportedValue    // 80.5 (one decimal, GB/T 8170)
/// pm25?.validity.isValid
/// ```
public struct IndicatorStatistic: Sendable, Equatable {
    public let indicator: PeriodIndicator
    /// Nil when no day had a valid value.
    public let value: Double?
    /// Days the value was computed from (after exclusions).
    public let daysUsed: Int
    /// Coverage of the period, judged on all measured days (exclusions do not make a period short).
    public let validity: PeriodValidity

    public var isValid: Bool { validity.isValid && value != nil }

    /// The value to one decimal (GB/T 8170 half-even), for display.
    public var reportedValue: Double? { value.map { Rounding.halfEven($0, decimals: 1) } }
}
