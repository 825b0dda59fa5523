/// The six pollutant columns an hourly file can carry. Raw values match `AirQuality.Pollutant`
/// so the two map by `rawValue` (this module does not depend on AirQuality).
///
/// ```swift
/// HourlyPollutant(headerName: "pm2.5")   // .pm25
/// HourlyPollutant.co.rawValue            // "CO"
/// ```
public enum HourlyPollutant: String, CaseIterable, Sendable, Hashable {
    case pm25 = "PM2.5"
    case pm10 = "PM10"
    case so2 = "SO2"
    case no2 = "NO2"
    case co = "CO"
    case o3 = "O3"

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

    /// Slot in `StationDayGrid` storage.
    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The unit values are stored in: CO mg/m³, the others µg/m³ (air-quality.md §2).
    public var storedUnit: HourlyUnit { self == .co ? .milligramsPerCubicMetre : .microgramsPerCubicMetre }
}
