import TrackerModel

/// Where the hourly reader puts rows. `StationDayAccumulator` is one sink (every station-day
/// kept); the station aggregation has its own that reduces a station-day as soon as its 24 hours
/// are in, so memory stays flat however large the input.
///
/// ```swift
/// struct RowCounter: HourlyRowSink {
///     var names: [String] = []
///     var rows = 0
///     mutating func stationNumber(for name: String) -> Int { names.append(name); return names.count - 1 }
///     mutating func record(station: Int, date: CalendarDay, hour: Int, values: UnsafeBufferPointer<Double>) -> Bool {
///         rows += 1
///         return true
///     }
/// }
/// var counter = RowCounter()
/// HourlyReader().read(fileAt: url, into: &counter)
/// ```
public protocol HourlyRowSink {
    /// A number for the station called `name` (trimmed), the same for every row of it: asked once
    /// per distinct spelling in a read, so a sink can keep per-station state in an array.
    mutating func stationNumber(for name: String) -> Int

    /// The same, told where the name was first met in this read (line, and field number as
    /// hourly problems count columns), for a sink that reports names it does not know.
    mutating func stationNumber(for name: String, line: Int, field: Int) -> Int

    /// One row: `values` holds one value per `Pollutant.allCases`, in stored units (CO
    /// mg/m³), NaN when missing or invalid. Returns false when the station already had a row for
    /// this hour (the reader then reports a duplicate; the first row is kept).
    mutating func record(station: Int, date: CalendarDay, hour: Int, values: UnsafeBufferPointer<Double>) -> Bool

    /// A row whose `flag` column (long layout) is not empty, e.g. `沙尘` on a sand-dust day.
    mutating func flag(_ text: String, station: Int, date: CalendarDay, line: Int)
}

extension HourlyRowSink {
    public mutating func stationNumber(for name: String, line: Int, field: Int) -> Int { stationNumber(for: name) }
    public mutating func flag(_ text: String, station: Int, date: CalendarDay, line: Int) {}
}
