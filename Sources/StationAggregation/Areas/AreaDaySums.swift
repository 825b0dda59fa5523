/// Per area and day, the exact sums and counts of the stations' valid slots (24-h means, O3
/// windows, O3 hours; see `StationDayReduction`): what HJ 663 averages, kept without the
/// station-days themselves so memory grows with areas × days, not stations × days.
///
/// ```swift
/// var sums = AreaDaySums()
/// sums.add(area: 0, day: day.ordinal, station: reduction)   // for each of the area's stations
/// sums.slots(area: 0, day: ordinal, requiredStations: 1)   // 46 means, NaN where too few stations
/// ```
struct AreaDaySums {
    private var index: [Int: Int] = [:]
    private(set) var keys: [(area: Int, day: Int)] = []
    private var sums: [ExactSum] = []
    private var counts: [UInt32] = []

    private static let width = StationDayReduction.slotCount

    private static func key(_ area: Int, _ day: Int) -> Int { area << 32 | (day & 0xFFFF_FFFF) }

    private mutating func slot(area: Int, day: Int) -> Int {
        let key = Self.key(area, day)
        if let slot = index[key] { return slot }
        let slot = keys.count
        index[key] = slot
        keys.append((area, day))
        sums.append(contentsOf: repeatElement(ExactSum(), count: Self.width))
        counts.append(contentsOf: repeatElement(0, count: Self.width))
        return slot
    }

    /// Adds a station's valid slots to the area's day.
    mutating func add(area: Int, day: Int, station: StationDayReduction) {
        let base = slot(area: area, day: day) * Self.width
        for (offset, value) in station.values.enumerated() where !value.isNaN {
            sums[base + offset].add(value)
            counts[base + offset] += 1
        }
    }

    /// Adds another worker's sums (exact, so the order of workers does not matter).
    mutating func merge(_ other: AreaDaySums) {
        for (otherSlot, key) in other.keys.enumerated() {
            let base = slot(area: key.area, day: key.day) * Self.width
            let otherBase = otherSlot * Self.width
            for offset in 0..<Self.width {
                sums[base + offset].add(other.sums[otherBase + offset])
                counts[base + offset] += other.counts[otherBase + offset]
            }
        }
    }

    /// The area's 46 slot means for the day: the mean of its stations' valid values, NaN where
    /// fewer than `requiredStations` stations were valid (HJ 663 [project rule]).
    func slots(area: Int, day: Int, requiredStations: Int) -> [Double]? {
        guard let slot = index[Self.key(area, day)] else { return nil }
        let base = slot * Self.width
        return (0..<Self.width).map { offset in
            let n = Int(counts[base + offset])
            return n >= requiredStations && n > 0 ? sums[base + offset].value / Double(n) : .nan
        }
    }

    /// The days each area has, sorted.
    func days(of area: Int) -> [Int] { keys.filter { $0.area == area }.map(\.day).sorted() }
}
