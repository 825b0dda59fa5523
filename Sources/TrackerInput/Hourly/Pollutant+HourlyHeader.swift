import TrackerModel

/// What the hourly reader knows of each pollutant: how a header may spell its column, and the
/// unit its values are stored in once read.
///
/// ```swift
/// Pollutant(headerName: "pm2.5")   // .pm25
/// Pollutant.co.storedUnit          // .milligramsPerCubicMetre
/// ```
extension Pollutant {
    /// Recognises a column name (case-insensitive; PM2.5 also as PM25 / PM2_5).
    public init?(headerName: String) {
        switch headerName.lowercased() {
        case "pm2.5", "pm25", "pm2_5": self = .pm25
        case "pm10": self = .pm10
        case "so2": self = .so2
        case "no2": self = .no2
        case "co": self = .co
        case "o3": self = .o3
        default: return nil
        }
    }

    /// The unit values are stored in: CO mg/m³, the others µg/m³ (docs/air-quality.md §2).
    public var storedUnit: HourlyUnit { self == .co ? .milligramsPerCubicMetre : .microgramsPerCubicMetre }
}
