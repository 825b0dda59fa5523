import AirQuality
import TrackerInput
import TrackerModel

/// The areas of a run and which stations count for each: every district with a listed station
/// and every street with one, in the scope catalog's order (districts east to west, streets as
/// the plans print them). An area's stations are all the listed stations of it, whether or not
/// they have data on a day, because HJ 663's "half the stations" counts the area's stations.
///
/// ```swift
/// let layout = AreaLayout(stations: list, scopes: scopes)
/// layout.areas.map(\.name)          // ["东城区", "西城区"]
/// layout.areas[1].requiredStations  // 1 of 2
/// layout.stationAreas[0]            // indices of Guanyuan's areas
/// ```
struct AreaLayout: Sendable {
    struct Area: Sendable, Equatable {
        let name: String
        let level: ScopeLevel
        let stationCount: Int
        /// An area value needs at least this many valid stations: AirQuality's rule
        /// (docs/air-quality.md §8), so that the pipeline and the module cannot differ.
        var requiredStations: Int { AreaAggregation(stationCount: stationCount).requiredStations }
    }

    let areas: [Area]
    /// For each station of the list (by its index), the indices of its areas.
    let stationAreas: [[Int]]

    init(stations: StationList, scopes: ScopeDirectory) {
        let order = Dictionary(scopes.scopes.map { ($0.name, $0.order) }, uniquingKeysWith: { a, _ in a })
        let names = stations.areas.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
        areas = names.map { name in
            Area(name: name, level: scopes.resolve(name)?.level ?? .district, stationCount: stations.stations(in: name).count)
        }
        let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        stationAreas = stations.stations.map { station in station.areas.compactMap { position[$0] } }
    }
}
