import AirQuality
import TrackerInput

/// What every worker needs to know and nobody changes while reading: the station list, the
/// areas, the days wanted and the regulation choice.
///
/// ```swift
/// let context = AggregationContext(stations: list, layout: layout, days: range, choice: .automatic, includeStations: false)
/// context.station(named: "Guanyuan")   // 0
/// ```
final class AggregationContext: Sendable {
    let stations: StationList
    let layout: AreaLayout
    /// Ordinals (days since 1970) of the first and last day wanted; rows outside are skipped.
    let firstDay: Int
    let lastDay: Int
    let choice: StandardChoice
    /// Station rows wanted (all stations): each station-day's AQI is computed too.
    let includeStations: Bool
    /// Per station of the list: it gets rows of its own — all when `includeStations`, else the
    /// stations that do not count for areas (traffic, background), which are reported on their own.
    let stationRows: [Bool]

    init(stations: StationList, layout: AreaLayout, days: ClosedRange<Int>, choice: StandardChoice, includeStations: Bool) {
        self.stations = stations
        self.layout = layout
        firstDay = days.lowerBound
        lastDay = days.upperBound
        self.choice = choice
        self.includeStations = includeStations
        stationRows = layout.stationAreas.map { includeStations || $0.isEmpty }
    }

    func station(named name: String) -> Int? { stations.index(of: name) }
}
