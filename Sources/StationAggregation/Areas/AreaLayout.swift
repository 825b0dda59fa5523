import AirQuality
import TrackerInput
import TrackerModel

/// The areas of a run and which stations count for each: every district with a listed station
/// and every street with one, in the scope catalog's order (districts east to west, streets as
/// the plans print them), and the city when the list covers it. An area's stations are all the
/// listed stations of it that count (by default the assessment stations: urban and suburban;
/// traffic and background ones on request), whether or not they have data on a day, because
/// HJ 663's "half the stations" counts the area's stations.
///
/// The city (e.g. 北京市) is an area when every district the catalog gives it has a station that
/// counts: its value is formed from all those stations at once (HJ 663), not from the districts'
/// values, and a station that counts for two districts (亦庄: 大兴区 and 北京经济技术开发区) counts
/// once for the city.
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
    /// For each station of the list (by its index), the indices of its areas (none for a
    /// station that does not count).
    let stationAreas: [[Int]]

    init(stations: StationList, scopes: ScopeDirectory, kinds: StationKinds = .assessment) {
        let counting = stations.stations.map { kinds.includes($0.kind) }
        let included = StationList(stations.stations.enumerated().filter { counting[$0.offset] }.map(\.element))
        let order = Dictionary(scopes.scopes.map { ($0.name, $0.order) }, uniquingKeysWith: { a, _ in a })
        var names = included.areas
        let cities = Self.coveredCities(areas: Set(names), scopes: scopes)
        names += cities
        names.sort { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
        areas = names.map { name in
            let count = cities.contains(name) ? included.stations.count : included.stations(in: name).count
            return Area(name: name, level: scopes.resolve(name)?.level ?? .district, stationCount: count)
        }
        let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        let cityAreas = cities.compactMap { position[$0] }
        stationAreas = stations.stations.enumerated().map { index, station in
            counting[index] ? station.areas.compactMap { position[$0] } + cityAreas : []
        }
    }

    /// Cities of the catalog all of whose districts have a station that counts.
    static func coveredCities(areas: Set<String>, scopes: ScopeDirectory) -> [String] {
        scopes.scopes.filter { $0.level == .city }.map(\.name).filter { city in
            let districts = scopes.children(of: city).filter { $0.level == .district }
            return !districts.isEmpty && districts.allSatisfy { areas.contains($0.name) }
        }
    }
}
