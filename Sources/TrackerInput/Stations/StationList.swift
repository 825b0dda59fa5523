/// The stations of a run, in file order, looked up by id; the areas (streets and districts)
/// they make up, each with its stations (HJ 663: an area's value comes from its stations).
///
/// ```swift
/// let (list, diagnostics) = StationListReader.read(text, file: "stations.csv", scopes: scopes)
/// list["Dongsi"]?.district          // "东城区"
/// list.stations(in: "西城区").count  // 2
/// list.areas                        // ["西城区", "东城区"]: districts and streets that have stations
/// ```
public struct StationList: Sendable {
    public private(set) var stations: [Station] = []
    private var byID: [String: Int] = [:]

    public init(_ stations: [Station] = []) {
        for station in stations { add(station) }
    }

    /// Adds a station; false (and nothing added) when its id is already listed.
    @discardableResult
    public mutating func add(_ station: Station) -> Bool {
        guard byID[station.id] == nil else { return false }
        byID[station.id] = stations.count
        stations.append(station)
        return true
    }

    public subscript(id: String) -> Station? { byID[id].map { stations[$0] } }

    public func index(of id: String) -> Int? { byID[id] }

    public var isEmpty: Bool { stations.isEmpty }

    /// Every street and district with at least one station, in first-mention order.
    public var areas: [String] {
        var seen = Set<String>()
        return stations.flatMap(\.areas).filter { seen.insert($0).inserted }
    }

    /// The stations counting for `area` (a street, or a district: all the district's stations).
    public func stations(in area: String) -> [Station] {
        stations.filter { $0.areas.contains(area) }
    }
}
