import TrackerModel

/// One day's values with the regulation chosen for it and the resulting AQI.
///
/// ```swift
/// let days = DailyAssessment.assess(dailyValues, choice: .automatic)
/// days.first?.version          // .hj633_2012 for a 2015 day
/// days.first?.aqi.value
/// ```
public struct DailyAssessment: Sendable, Equatable {
    public let values: DailyValues
    public let version: StandardVersion
    public let aqi: DailyAQI

    public init(values: DailyValues, version: StandardVersion) {
        self.values = values
        self.version = version
        self.aqi = DailyAQI(concentrations: values.indexConcentrations, version: version)
    }

    public var day: CalendarDay { values.day }

    /// Assesses every day under the version `choice` picks for it; result sorted by day. A day
    /// given twice is assessed once (the first), so no day is counted twice in a period.
    public static func assess(_ days: [DailyValues], choice: StandardChoice) -> [DailyAssessment] {
        var seen = Set<CalendarDay>()
        return days.filter { seen.insert($0.day).inserted }
            .sorted { $0.day < $1.day }
            .map { DailyAssessment(values: $0, version: choice.version(for: $0.day)) }
    }
}
