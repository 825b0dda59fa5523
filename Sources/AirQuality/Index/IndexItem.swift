import TrackerModel

/// One term of the daily AQI: a pollutant at an averaging time (HJ 633 Table 1 columns).
///
/// ```swift
/// IndexItem.o3EightHour.pollutant   // .o3
/// IndexItem.co.rawValue             // "CO"  (24-h mean, mg/m³)
/// ```
public enum IndexItem: String, CaseIterable, Sendable, Hashable, Codable {
    case so2 = "SO2"
    case no2 = "NO2"
    case pm10 = "PM10"
    case co = "CO"
    case o3OneHour = "O3_1h"
    case o3EightHour = "O3_8h"
    case pm25 = "PM2.5"

    public var pollutant: Pollutant {
        switch self {
        case .so2: .so2
        case .no2: .no2
        case .pm10: .pm10
        case .co: .co
        case .o3OneHour, .o3EightHour: .o3
        case .pm25: .pm25
        }
    }
}
