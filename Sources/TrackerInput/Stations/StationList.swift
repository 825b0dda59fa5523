/// The stations of a run, in file order, looked up by id (or by Chinese name, national code or
/// another id the list gives); the areas (streets and districts) they make up, each with its
/// stations (HJ 663: an area's value comes from its stations).
///
/// ```swift
/// let (list, diagnostics) = StationListReader.read(text, file: "stations.csv", scopes: scopes)
/// list["Dongsi"]?.district          // "东城区"
/// list.index(of: "东四")             // the same station, by its Chinese name
/// list.stations(in: "西城区").count  // 2
/// list.areas                        // ["西城区", "东城区"]: districts and streets that have stations
/// ```
public struct StationList: Sendable {
    public private(set) var stations: [Station] = []
    private var byID: [String: Int] = [:]
    /// Chinese names, codes and other ids; an ambiguous spelling (two stations) is left out.
    private var bySpelling: [String: Int] = [:]
    private var ambiguous: Set<String> = []

    public init(_ stations: [Station] = []) {
        for station in stations { add(station) }
    }

    /// Adds a station; false (and nothing added) when its id is already listed.
    @discardableResult
    public mutating func add(_ station: Station) -> Bool {
        guard byID[station.id] == nil else { return false }
        byID[station.id] = stations.count
        for spelling in station.spellings.dropFirst() where !ambiguous.contains(spelling) {
            if let other = bySpelling[spelling], other != stations.count {
                bySpelling[spelling] = nil
                ambiguous.insert(spelling)
            } else {
                bySpelling[spelling] = stations.count
            }
        }
        stations.append(station)
        return true
    }

    public subscript(id: String) -> Station? { index(of: id).map { stations[$0] } }

    /// By id first, then by another spelling of one station only.
    public func index(of id: String) -> Int? { byID[id] ?? bySpelling[id] }

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
