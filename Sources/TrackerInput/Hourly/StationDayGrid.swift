import TrackerModel

/// One station's 24 hours × 6 pollutants for one day, in the stored units (CO mg/m³);
/// NaN = missing. Remembers which hours had a row, to catch duplicate rows.
///
/// ```swift
/// grid.value(.pm25, hour: 0)   // nil when missing
/// grid.series(.o3)             // 24 values, NaN where missing
/// ```
public struct StationDayGrid: Sendable, Equatable {
    private var values = [Double](repeating: .nan, count: Pollutant.allCases.count * 24)
    private var seenHours: UInt32 = 0

    public init() {}

    public func value(_ pollutant: Pollutant, hour: Int) -> Double? {
        guard (0..<24).contains(hour) else { return nil }
        let v = values[pollutant.index * 24 + hour]
        return v.isNaN ? nil : v
    }

    /// The 24 hourly values of `pollutant`, NaN where missing.
    public func series(_ pollutant: Pollutant) -> [Double] {
        Array(values[(pollutant.index * 24)..<(pollutant.index * 24 + 24)])
    }

    /// Hours (0–23) that had a row, valid values or not.
    public var hoursWithRows: [Int] { (0..<24).filter { seenHours & (1 << $0) != 0 } }

    /// Stores one row's values (indexed like `Pollutant.allCases`). False, and nothing
    /// stored, when the hour already had a row.
    mutating func record(hour: Int, values row: [Double]) -> Bool {
        let bit: UInt32 = 1 << hour
        guard seenHours & bit == 0 else { return false }
        seenHours |= bit
        for (slot, value) in row.enumerated() where slot < Pollutant.allCases.count {
            values[slot * 24 + hour] = value
        }
        return true
    }

    /// Missing (NaN) hours compare equal, so two reads of the same rows are equal.
    public static func == (lhs: StationDayGrid, rhs: StationDayGrid) -> Bool {
        lhs.seenHours == rhs.seenHours
            && zip(lhs.values, rhs.values).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }
}
