import AirQuality
import TrackerInput
import TrackerModel

/// Test-side glue from the reader's station-day grids to AirQuality's daily values (the
/// modules do not depend on each other; both speak TrackerModel's `CalendarDay` and `Pollutant`).
enum HourlyBridge {
    static func hourlyDay(date: CalendarDay, grid: StationDayGrid) -> HourlyDay {
        var series: [Pollutant: [Double?]] = [:]
        for pollutant in Pollutant.allCases {
            series[pollutant] = grid.series(pollutant).map { $0.isNaN ? nil : $0 }
        }
        return HourlyDay(day: date, series: series)
    }

    static func dailyValues(_ days: StationDayAccumulator, station: String) -> [DailyValues] {
        days.days(of: station).map { DailyValues(hours: hourlyDay(date: $0.date, grid: $0.grid)) }
    }
}
