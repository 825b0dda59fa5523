import TrackerModel

/// Station days → area days per HJ 663 (docs/air-quality.md §8): each area value is the mean of the stations'
/// valid values and is valid when at least half the area's stations (rounded up) are valid
/// for it [project rule]. O3 is combined window by window (and hour by hour for the 1-h
/// maximum) before the daily rules pick the maxima.
///
/// ```swift
/// let xicheng = AreaAggregation(stationCount: 2)           // 官园 + 万寿西宫: 1 station suffices
/// let areaDays = xicheng.combine(series: [guanyuan, wanshouxigong])
/// ```
public struct AreaAggregation: Sendable, Equatable {
    /// Stations in the area, counting those with no data on a given day.
    public let stationCount: Int

    public init(stationCount: Int) {
        self.stationCount = max(1, stationCount)
    }

    /// ceil(stations / 2).
    public var requiredStations: Int { (stationCount + 1) / 2 }

    /// The area's values on `day` from the stations that reported that day.
    public func combine(day: CalendarDay, stations: [DailyValues]) -> DailyValues {
        let means = PerPollutant<Double?> { pollutant in
            pollutant == .o3 ? nil : mean(stations.map { $0.means[pollutant] })
        }
        let windows = (0..<DailyRules.windowCount).map { s in
            mean(stations.map { $0.ozone.windowMeans[s] })
        }
        let hours = (0..<DailyRules.hoursPerDay).map { h in
            mean(stations.map { $0.ozone.hours[h] })
        }
        return DailyValues(day: day, means: means, ozone: OzoneDay(hours: hours, windowMeans: windows))
    }

    /// Aligns the stations' series by day (a station may lack a day) and combines each day.
    /// Result is sorted by day.
    public func combine(series: [[DailyValues]]) -> [DailyValues] {
        var byDay: [CalendarDay: [DailyValues]] = [:]
        for station in series {
            for values in station { byDay[values.day, default: []].append(values) }
        }
        return byDay.keys.sorted().map { day in combine(day: day, stations: byDay[day] ?? []) }
    }

    private func mean(_ values: [Double?]) -> Double? {
        let valid = values.compactMap { $0 }
        guard valid.count >= requiredStations else { return nil }
        return valid.reduce(0, +) / Double(valid.count)
    }
}
