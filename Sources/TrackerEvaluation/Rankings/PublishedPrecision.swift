import TrackerModel

/// The decimals Beijing publishes an indicator's value with, in a given year: rankings and 同比
/// are computed on the values as displayed (docs/rankings.md). PM2.5 is published as an integer
/// through 2023 and to 0.1 from 2024; every other indicator keeps its catalog precision
/// (优良天数比率 and 降尘量 to 0.1).
///
/// ```swift
/// PublishedPrecision.decimals(pm25, year: 2016)   // 0
/// PublishedPrecision.decimals(pm25, year: 2025)   // 1
/// ```
public enum PublishedPrecision {
    /// The last year PM2.5 concentrations were published as integers.
    public static let lastIntegerPM25Year = 2023

    public static func decimals(_ indicator: Indicator, year: Int) -> Int {
        if indicator.id.hasPrefix("pm25") && indicator.unit == .microgramPerCubicMetre {
            return year <= lastIntegerPM25Year ? 0 : 1
        }
        return indicator.precision
    }
}
