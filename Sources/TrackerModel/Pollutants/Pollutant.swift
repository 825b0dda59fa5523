/// The six pollutants of the daily AQI (HJ 633), with the unit and rounding each is reported in:
/// the package's one pollutant type, used by the hourly reader (`Pollutant(headerName:)` and the
/// stored units live beside it, in TrackerInput) and the air-quality statistics alike.
///
/// ```swift
/// Pollutant.co.unit                 // "mg/m³"
/// Pollutant.pm25.roundingDecimals   // 0  (whole µg/m³ before an IAQI, GB/T 8170)
/// Pollutant(rawValue: "PM2.5")      // .pm25
/// Pollutant.o3.index                // 5: its slot in arrays ordered like `allCases`
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

    /// Concentration unit values are kept and computed in: CO in mg/m³, the others in µg/m³
    /// (docs/air-quality.md §2).
    public var unit: String { self == .co ? "mg/m³" : "µg/m³" }

    /// Decimals a daily concentration is rounded to before an IAQI is computed (docs/air-quality.md §4).
    public var roundingDecimals: Int { self == .co ? 1 : 0 }

    /// Position in `allCases`: lets `PerPollutant` and the hourly reader's rows and grids store
    /// values in plain arrays (no hashing per value).
    public var index: Int {
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
