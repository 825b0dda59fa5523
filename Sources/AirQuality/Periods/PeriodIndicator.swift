import TrackerModel

/// A period statistic of a pollutant (docs/air-quality.md §7): a mean of daily values or an HJ 663 percentile.
/// The daily value is the 24-h mean, or for O3 the daily max 8-h.
///
/// ```swift
/// PeriodIndicator.standard   // PM2.5, PM10, SO2, NO2 means; CO P95; O3-8h P90
/// PeriodIndicator.mean(.pm25).description   // "PM2.5 mean"
/// ```
public enum PeriodIndicator: Sendable, Hashable, CustomStringConvertible {
    case mean(Pollutant)
    case percentile(Pollutant, Double)

    /// The statistics GB 3095 / HJ 663 assess a period on.
    public static let standard: [PeriodIndicator] = [
        .mean(.pm25), .mean(.pm10), .mean(.so2), .mean(.no2), .percentile(.co, 95), .percentile(.o3, 90),
    ]

    public var pollutant: Pollutant {
        switch self {
        case .mean(let p), .percentile(let p, _): p
        }
    }

    public var description: String {
        let name = pollutant == .o3 ? "O3-8h" : pollutant.rawValue
        switch self {
        case .mean: return "\(name) mean"
        case .percentile(_, let p):
            let shown = p == p.rounded() ? String(Int(p)) : String(p)
            return "\(name) P\(shown)"
        }
    }

    /// The statistic of the given daily values (unrounded), nil when there are none.
    func compute(_ dailyValues: [Double]) -> Double? {
        guard !dailyValues.isEmpty else { return nil }
        switch self {
        case .mean: return dailyValues.reduce(0, +) / Double(dailyValues.count)
        case .percentile(_, let p): return HJ663Percentile.value(of: dailyValues, percentile: p)
        }
    }
}
