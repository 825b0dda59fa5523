import AirQuality
import TrackerInput

/// Test-side glue from the reader's station-day grids to AirQuality's daily values (the
/// modules do not depend on each other; the CLI will do the same mapping).
enum HourlyBridge {
    static func hourlyDay(date: HourlyDate, grid: StationDayGrid) -> HourlyDay? {
        guard let day = CalendarDay(year: date.year, month: date.month, day: date.day) else { return nil }
        var series: [Pollutant: [Double?]] = [:]
        for column in HourlyPollutant.allCases {
            guard let pollutant = Pollutant(rawValue: column.rawValue) else { continue }
            series[pollutant] = grid.series(column).map { $0.isNaN ? nil : $0 }
        }
        return HourlyDay(day: day, series: series)
    }

    static func dailyValues(_ days: StationDayAccumulator, station: String) -> [DailyValues] {
        days.days(of: station).compactMap { hourlyDay(date: $0.date, grid: $0.grid) }.map(DailyValues.init(hours:))
    }
}
