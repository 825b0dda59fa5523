/// What a station-day leaves behind for the station's own monthly rows (only kept when station
/// rows are wanted): its PM2.5 24-h mean and its AQI, 16 bytes.
///
/// ```swift
/// StationDayRecord(station: 0, day: ordinal, pm25: 83.2, aqi: 165)
/// ```
struct StationDayRecord {
    let station: Int32
    let day: Int32
    /// NaN when not valid.
    let pm25: Double
    /// -1 when the day's AQI is NA.
    let aqi: Int16
}
