/// Some days of a month left out of its value (扣除沙尘影响, docs/air-quality.md §9): how many, and the
/// month's value with them, so that a period can be reported both with and without exclusions.
/// The measurement's own `value` and `validDays` are then the month without those days.
///
/// ```swift
/// // March: 31 valid days, 2 of them sand dust; 30.0 µg/m³ without them, 38.1 with them.
/// let m = Measurement(period: .month(YearMonth(2025, 3)), scope: "西城区", indicator: "pm25_annual_mean",
///                     value: 30.0, validDays: 29,
///                     excludedDays: ExcludedDays(count: 2, valueWithThem: 38.1, validDaysWithThem: 31),
///                     source: SourceLocation(file: "monthly.csv", line: 5))
/// ```
public struct ExcludedDays: Hashable, Sendable {
    /// Days excluded that had data.
    public var count: Int
    /// The month's value over all its days, the excluded ones included.
    public var valueWithThem: Double
    /// The month's valid days, the excluded ones included (nil for kinds without valid days).
    public var validDaysWithThem: Int?

    public init(count: Int, valueWithThem: Double, validDaysWithThem: Int?) {
        self.count = count; self.valueWithThem = valueWithThem; self.validDaysWithThem = validDaysWithThem
    }
}
