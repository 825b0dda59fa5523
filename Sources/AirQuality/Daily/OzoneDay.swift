import TrackerModel

/// A day's O3 values: the 17 8-h moving means (windows starting at hours 0…16), the daily
/// max 8-h and the daily max 1-h, each with the validity rules of docs/air-quality.md §3.
///
/// ```swift
/// let ozone = OzoneDay(hours: hourly.hours(.o3))
/// ozone.validWindowCount   // e.g. 17
/// ozone.max8h              // nil when < 14 windows and the maximum is ≤ 160
/// ```
public struct OzoneDay: Sendable, Equatable {
    /// Hourly O3 (station) or hour-by-hour area means; nil = missing.
    public let hours: [Double?]
    /// Mean of hours s…s+7 for s = 0…16; nil when the window is not valid.
    public let windowMeans: [Double?]
    /// Largest valid window mean, when valid (≥ 14 windows, or a maximum above 160).
    public let max8h: Double?
    /// Largest valid hour, when ≥ 20 hours are valid [project rule]; used on HJ 633—2012 days.
    public let max1h: Double?

    /// From a station's 24 hourly values: a window is valid with ≥ 6 valid hours.
    public init(hours: [Double?]) {
        let padded = Self.pad(hours, to: DailyRules.hoursPerDay)
        let windows = (0..<DailyRules.windowCount).map { start -> Double? in
            let valid = padded[start..<(start + DailyRules.windowLength)].compactMap { $0 }
            guard valid.count >= DailyRules.minimumHoursPerWindow else { return nil }
            return valid.reduce(0, +) / Double(valid.count)
        }
        self.init(hours: padded, windowMeans: windows)
    }

    /// From windows and hours already combined (area values, HJ 663): only the daily rules apply.
    public init(hours: [Double?], windowMeans: [Double?]) {
        self.hours = Self.pad(hours, to: DailyRules.hoursPerDay)
        self.windowMeans = Self.pad(windowMeans, to: DailyRules.windowCount)
        let validWindows = self.windowMeans.compactMap { $0 }
        if let maximum = validWindows.max(),
           validWindows.count >= DailyRules.minimumWindows || Self.provesExceedance(maximum) {
            max8h = maximum
        } else {
            max8h = nil
        }
        let validHours = self.hours.compactMap { $0 }
        max1h = validHours.count >= DailyRules.minimumHoursForMean ? validHours.max() : nil
    }

    public var validWindowCount: Int { windowMeans.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
    public var validHourCount: Int { hours.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// "Exceeds 160" is judged on the value as reported (rounded to whole µg/m³, GB/T 8170),
    /// because only a reported exceedance proves the day regardless of missing windows.
    static func provesExceedance(_ maximum: Double) -> Bool {
        Rounding.halfEven(maximum, decimals: Pollutant.o3.roundingDecimals) > DailyRules.exceedanceProvingMaximum
    }

    private static func pad(_ values: [Double?], to count: Int) -> [Double?] {
        let kept = values.prefix(count).map { $0.flatMap(HourlyDay.valid) }
        return kept + Array(repeating: nil, count: max(0, count - kept.count))
    }
}
