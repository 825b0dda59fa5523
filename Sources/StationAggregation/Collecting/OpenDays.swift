/// The station-days still open (not all 24 hours in yet), each a 6 × 24 grid in one pooled
/// buffer. A day leaves as soon as its 24th hour arrives, so with files ordered by time or by
/// station only a few thousand are open at once; slots are reused.
///
/// ```swift
/// var open = OpenDays()
/// let slot = open.slot(station: 3, day: ordinal)   // created on first use, NaN-filled
/// open.grid(slot)                                  // 144 values
/// open.release(slot)
/// ```
struct OpenDays {
    private var index: [Int: Int] = [:]
    private(set) var values: [Double] = []
    private(set) var masks: [UInt32] = []
    private(set) var owners: [(station: Int, day: Int)] = []
    private var free: [Int] = []

    static let gridSize = StationDayReduction.gridSize
    static let fullMask: UInt32 = (1 << 24) - 1

    var count: Int { index.count }

    static func key(_ station: Int, _ day: Int) -> Int { station << 32 | (day & 0xFFFF_FFFF) }

    func existing(station: Int, day: Int) -> Int? { index[Self.key(station, day)] }

    mutating func slot(station: Int, day: Int) -> Int {
        let key = Self.key(station, day)
        if let slot = index[key] { return slot }
        let slot: Int
        if let reused = free.popLast() {
            slot = reused
            for i in (slot * Self.gridSize)..<((slot + 1) * Self.gridSize) { values[i] = .nan }
            masks[slot] = 0
            owners[slot] = (station, day)
        } else {
            slot = masks.count
            values.append(contentsOf: repeatElement(.nan, count: Self.gridSize))
            masks.append(0)
            owners.append((station, day))
        }
        index[key] = slot
        return slot
    }

    /// Stores one hour; false when the hour was already there.
    @inline(__always)
    mutating func store(slot: Int, hour: Int, values row: UnsafeBufferPointer<Double>) -> Bool {
        let bit: UInt32 = 1 << UInt32(hour)
        guard masks[slot] & bit == 0 else { return false }
        masks[slot] |= bit
        values.withUnsafeMutableBufferPointer { all in
            let base = slot * Self.gridSize + hour
            for p in 0..<6 { all[base + p * 24] = row[p] }
        }
        return true
    }

    func withGrid<T>(_ slot: Int, _ body: (UnsafePointer<Double>) -> T) -> T {
        values.withUnsafeBufferPointer { body($0.baseAddress! + slot * Self.gridSize) }
    }

    mutating func release(_ slot: Int) {
        index[Self.key(owners[slot].station, owners[slot].day)] = nil
        free.append(slot)
    }

    /// Slots still open, in (station, day) order.
    var openSlots: [Int] {
        index.values.sorted { (owners[$0].station, owners[$0].day) < (owners[$1].station, owners[$1].day) }
    }

    /// Adds the hours of another collector's grid for the same station-day (their hours must not
    /// overlap: the caller checks).
    mutating func merge(slot: Int, from other: OpenDays, otherSlot: Int) {
        let mask = other.masks[otherSlot]
        for hour in 0..<24 where mask & (1 << UInt32(hour)) != 0 {
            for p in 0..<6 {
                values[slot * Self.gridSize + p * 24 + hour] = other.values[otherSlot * Self.gridSize + p * 24 + hour]
            }
        }
        masks[slot] |= mask
    }
}
