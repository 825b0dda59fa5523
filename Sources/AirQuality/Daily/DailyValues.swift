import TrackerModel

/// A day's concentrations at a station or over an area: the 24-h means (docs/air-quality.md §3) and the O3 values.
/// Unrounded; rounding happens only where an IAQI is computed.
///
/// ```swift
/// let daily = DailyValues(hours: hourlyDay)
/// daily.mean(.pm25)            // nil when fewer than 20 valid hours
/// daily.ozone.max8h
/// daily.indexConcentrations    // input of DailyAQI
/// ```
public struct DailyValues: Sendable, Equatable {
    public let day: CalendarDay
    /// 24-h means of PM2.5, PM10, SO2, NO2, CO (mg/m³); nil = not valid. The O3 slot stays nil.
    public let means: PerPollutant<Double?>
    public let ozone: OzoneDay

    public init(day: CalendarDay, means: PerPollutant<Double?>, ozone: OzoneDay) {
        self.day = day
        var cleaned = means.map { $0.flatMap(HourlyDay.valid) }
        cleaned[.o3] = nil
        self.means = cleaned
        self.ozone = ozone
    }

    /// A station day: 24-h means need ≥ 20 valid hours.
    public init(hours: HourlyDay) {
        let means = PerPollutant<Double?> { pollutant -> Double? in
            guard pollutant != .o3 else { return nil }
            let valid = hours.hours(pollutant).compactMap { $0 }
            guard valid.count >= DailyRules.minimumHoursForMean else { return nil }
            return valid.reduce(0, +) / Double(valid.count)
        }
        self.init(day: hours.day, means: means, ozone: OzoneDay(hours: hours.hours(.o3)))
    }

    /// The 24-h mean of `pollutant` (for O3: nil; use `dailyValue(.o3)` for the daily max 8-h).
    public func mean(_ pollutant: Pollutant) -> Double? { means[pollutant] }

    /// The value period statistics are built on: 24-h mean, or O3 daily max 8-h.
    public func dailyValue(_ pollutant: Pollutant) -> Double? {
        pollutant == .o3 ? ozone.max8h : means[pollutant]
    }

    /// Valid concentrations per AQI item (unrounded), the input of `DailyAQI`.
    public var indexConcentrations: [IndexItem: Double] {
        var result: [IndexItem: Double] = [:]
        for item in IndexItem.allCases {
            let value: Double? = switch item {
            case .o3EightHour: ozone.max8h
            case .o3OneHour: ozone.max1h
            default: means[item.pollutant]
            }
            if let value { result[item] = value }
        }
        return result
    }
}
