import AirQuality
import TrackerModel

/// One day of a street or district: its HJ 663 values and their AQI, and whether the day is
/// excluded (sand dust). A line of the daily table.
///
/// ```swift
/// let day = result.areaDays.first { $0.area == "西城区" }!
/// day.assessment.aqi.value        // 165
/// day.assessment.version          // .hj633_2012
/// ```
public struct AreaDay: Sendable, Equatable {
    public let area: String
    public let level: ScopeLevel
    /// Stations of the area (valid or not on the day).
    public let stationCount: Int
    public let assessment: DailyAssessment
    /// The exclusion reason, when the day is excluded.
    public let excluded: String?

    public var day: CalendarDay { assessment.day }
}
