import TrackerModel

/// The statistics of one period (docs/air-quality.md §7) over a station's or an area's assessed days, optionally
/// with excluded days removed from numerators and denominators alike.
///
/// ```swift
/// let year = PeriodStatistics(assessments: days, range: .year(2015))
/// year.statistic(.mean(.pm25))?.value
/// year.days.goodDayRatio
/// year.standards.versionsUsed     // [.hj633_2012]
/// ```
public struct PeriodStatistics: Sendable, Equatable {
    public let range: DayRange
    /// Excluded days that were inside the range (empty when none were applied).
    public let excluded: [Exclusion]
    public let indicators: [IndicatorStatistic]
    public let days: DayCounts
    /// Days per regulation among the days used.
    public let standards: StandardUsage

    public init(assessments: [DailyAssessment], range: DayRange,
                indicators: [PeriodIndicator] = PeriodIndicator.standard,
                excluding exclusions: Exclusions = .none) {
        let inRange = assessments.filter { range.contains($0.day) }
        let used = inRange.filter { !exclusions.contains($0.day) }
        self.range = range
        self.excluded = exclusions.list(in: range)
        self.indicators = indicators.map { indicator in
            let pollutant = indicator.pollutant
            // Coverage counts every measured day; the value uses only the days kept.
            let coverage = inRange.filter { $0.values.dailyValue(pollutant) != nil }.map(\.day)
            let values = used.compactMap { $0.values.dailyValue(pollutant) }
            return IndicatorStatistic(indicator: indicator, value: indicator.compute(values), daysUsed: values.count,
                                      validity: PeriodValidity(range: range, validDays: coverage))
        }
        self.days = DayCounts(used)
        self.standards = StandardUsage(versions: used.map(\.version))
    }

    public func statistic(_ indicator: PeriodIndicator) -> IndicatorStatistic? {
        indicators.first { $0.indicator == indicator }
    }
}
