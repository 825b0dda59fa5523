/// The data-validity thresholds of docs/air-quality.md §3 (GB 3095 Table 4), in one place.
///
/// ```swift
/// DailyRules.minimumHoursForMean   // 20 of 24 hours
/// ```
public enum DailyRules {
    /// A 24-h mean (and, [project rule], the O3 daily max 1-h) needs this many valid hours.
    public static let minimumHoursForMean = 20
    /// An O3 8-h window needs this many valid hours of its 8.
    public static let minimumHoursPerWindow = 6
    /// The O3 daily max 8-h needs this many valid windows of 17 …
    public static let minimumWindows = 14
    /// … unless the maximum of fewer windows exceeds this (it already proves an exceedance).
    public static let exceedanceProvingMaximum = 160.0
    /// Window starts 0…16: windows stay inside the natural day (hours 0–23).
    public static let windowCount = 17
    public static let windowLength = 8
    public static let hoursPerDay = 24
}
