/// AQI day counts of a period: good days (AQI ≤ 100), heavy-pollution days (AQI > 200),
/// valid AQI days, the good-day ratio and a count per category.
///
/// ```swift
/// stats.days.goodDayRatio      // percent, nil when no valid AQI day
/// stats.days.count(.good)
/// ```
public struct DayCounts: Sendable, Equatable {
    /// Days with a record in the period (valid AQI or not).
    public let assessedDays: Int
    public let validAQIDays: Int
    public let goodDays: Int
    public let heavyPollutionDays: Int
    private let categories: [AQICategory: Int]

    public init(_ assessments: [DailyAssessment]) {
        var categories: [AQICategory: Int] = [:]
        for category in assessments.compactMap(\.aqi.category) { categories[category, default: 0] += 1 }
        self.categories = categories
        assessedDays = assessments.count
        validAQIDays = assessments.filter(\.aqi.isValid).count
        goodDays = assessments.filter(\.aqi.isGoodDay).count
        heavyPollutionDays = assessments.filter(\.aqi.isHeavyPollutionDay).count
    }

    public func count(_ category: AQICategory) -> Int { categories[category] ?? 0 }

    /// 优良天数比率 in percent: good days ÷ valid AQI days × 100.
    public var goodDayRatio: Double? {
        validAQIDays > 0 ? Double(goodDays) / Double(validAQIDays) * 100 : nil
    }
}
