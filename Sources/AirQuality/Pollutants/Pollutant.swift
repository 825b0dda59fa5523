/// The six pollutants of the daily AQI (HJ 633), with the unit and rounding each is reported in.
///
/// ```swift
/// Pollutant.co.unit                 // "mg/m³"
/// Pollutant.pm25.roundingDecimals   // 0  (whole µg/m³ before an IAQI, GB/T 8170)
/// Pollutant(rawValue: "PM2.5")      // .pm25
/// ```
public enum Pollutant: String, CaseIterable, Sendable, Hashable, Codable {
    case pm25 = "PM2.5"
    case pm10 = "PM10"
    case so2 = "SO2"
    case no2 = "NO2"
    case co = "CO"
    case o3 = "O3"

    /// The pollutants whose daily value is a 24-h mean (O3 uses 8-h and 1-h maxima instead).
    public static let twentyFourHourMeans: [Pollutant] = [.pm25, .pm10, .so2, .no2, .co]

    /// Concentration unit used throughout this module: CO in mg/m³, the others in µg/m³.
    public var unit: String { self == .co ? "mg/m³" : "µg/m³" }

    /// Decimals a daily concentration is rounded to before an IAQI is computed (air-quality.md §4).
    public var roundingDecimals: Int { self == .co ? 1 : 0 }

    /// Position in `allCases`; lets `PerPollutant` store values in a plain array.
    var index: Int {
        switch self {
        case .pm25: 0
        case .pm10: 1
        case .so2: 2
        case .no2: 3
        case .co: 4
        case .o3: 5
        }
    }
}
