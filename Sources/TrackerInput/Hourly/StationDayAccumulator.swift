import TrackerModel

/// Collects rows into one `StationDayGrid` per station and day, so memory grows with
/// stations × days, never with rows; several files can feed the same accumulator.
///
/// ```swift
/// var days = StationDayAccumulator()
/// let summary = HourlyReader().read(fileAt: url, into: &days)
/// for station in days.stations {
///     for (date, grid) in days.days(of: station) { … }
/// }
/// ```
public struct StationDayAccumulator: Sendable, HourlyRowSink {
    private var grids: [String: [CalendarDay: StationDayGrid]] = [:]
    private var names: [String] = []
    private var numbers: [String: Int] = [:]

    public init() {}

    /// Station names in sorted order.
    public var stations: [String] { grids.keys.sorted() }

    /// The station's days, sorted by date.
    public func days(of station: String) -> [(date: CalendarDay, grid: StationDayGrid)] {
        (grids[station] ?? [:]).sorted { $0.key < $1.key }.map { (date: $0.key, grid: $0.value) }
    }

    public func grid(station: String, date: CalendarDay) -> StationDayGrid? { grids[station]?[date] }

    public var dayCount: Int { grids.values.reduce(0) { $0 + $1.count } }

    /// False when the station already had a row for this hour (the first row is kept).
    public mutating func record(station: String, date: CalendarDay, hour: Int, values: [Double]) -> Bool {
        guard (0..<24).contains(hour) else { return false }
        return grids[station, default: [:]][date, default: StationDayGrid()].record(hour: hour, values: values)
    }

    public mutating func stationNumber(for name: String) -> Int {
        if let number = numbers[name] { return number }
        names.append(name)
        numbers[name] = names.count - 1
        return names.count - 1
    }

    public mutating func record(station: Int, date: CalendarDay, hour: Int, values: UnsafeBufferPointer<Double>) -> Bool {
        record(station: names[station], date: date, hour: hour, values: Array(values))
    }
}
