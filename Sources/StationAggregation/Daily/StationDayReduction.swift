import AirQuality
import TrackerModel

/// One station-day reduced from its 24 × 6 hourly grid to what the rest of the pipeline needs:
/// the 24-h means, the 17 O3 8-h window means and the 24 O3 hours, NaN where not valid. The
/// arithmetic is that of `DailyValues(hours:)` (same rules from `DailyRules`, same order of
/// additions, so the same bits — a test holds the two together); it runs on a raw buffer because
/// a national year has 730,000 station-days and the AirQuality types allocate per value.
///
/// ```swift
/// let day = StationDayReduction(grid: pointer)   // 144 values: pollutant-major, 24 hours each
/// day.mean(.pm25)                                // nil when fewer than 20 valid hours
/// day.dailyValues(on: calendarDay)               // the AirQuality value, for the AQI
/// ```
struct StationDayReduction {
    /// Slots of `values`: the 5 means (PM2.5, PM10, SO2, NO2, CO), 17 windows, 24 O3 hours.
    static let meanSlots = 0..<5
    static let windowSlots = 5..<22
    static let hourSlots = 22..<46
    static let slotCount = 46
    static let gridSize = 6 * 24

    private(set) var values: [Double]

    /// `grid`: 6 pollutants (`Pollutant.allCases` order) × 24 hours; NaN = missing.
    init(grid: UnsafePointer<Double>) {
        // The rules' numbers read once (they are globals in another module), the slots written
        // through a pointer: one allocation and no checks per value.
        let minimumHours = DailyRules.minimumHoursForMean
        let windowCount = DailyRules.windowCount
        let windowLength = DailyRules.windowLength
        let minimumPerWindow = DailyRules.minimumHoursPerWindow
        values = [Double](unsafeUninitializedCapacity: Self.slotCount) { slots, initialized in
            slots.initialize(repeating: .nan)
            for pollutant in 0..<5 {
                var sum = 0.0
                var count = 0
                for hour in 0..<24 {
                    let v = grid[pollutant * 24 + hour]
                    if v.isFinite && v >= 0 {
                        sum += v
                        count += 1
                    }
                }
                if count >= minimumHours { slots[pollutant] = sum / Double(count) }
            }
            let o3 = grid + 5 * 24
            for start in 0..<windowCount {
                var sum = 0.0
                var count = 0
                for hour in start..<(start + windowLength) {
                    let v = o3[hour]
                    if v.isFinite && v >= 0 {
                        sum += v
                        count += 1
                    }
                }
                if count >= minimumPerWindow { slots[Self.windowSlots.lowerBound + start] = sum / Double(count) }
            }
            for hour in 0..<24 {
                let v = o3[hour]
                if v.isFinite && v >= 0 { slots[Self.hourSlots.lowerBound + hour] = v }
            }
            initialized = Self.slotCount
        }
    }

    func mean(_ pollutant: Pollutant) -> Double? {
        guard pollutant != .o3 else { return nil }
        let v = values[Pollutant.twentyFourHourMeans.firstIndex(of: pollutant)!]
        return v.isNaN ? nil : v
    }

    /// The AirQuality daily values (means, O3 windows and hours; the daily rules pick the maxima).
    func dailyValues(on day: CalendarDay) -> DailyValues {
        Self.dailyValues(values, on: day)
    }

    /// Daily values from 46 slots (a station's, or an area's combined slots).
    static func dailyValues(_ slots: [Double], on day: CalendarDay) -> DailyValues {
        func valid(_ v: Double) -> Double? { v.isNaN ? nil : v }
        var means = PerPollutant<Double?>(repeating: nil)
        for (slot, pollutant) in Pollutant.twentyFourHourMeans.enumerated() { means[pollutant] = valid(slots[slot]) }
        let ozone = OzoneDay(hours: hourSlots.map { valid(slots[$0]) }, windowMeans: windowSlots.map { valid(slots[$0]) })
        return DailyValues(day: day, means: means, ozone: ozone)
    }
}
