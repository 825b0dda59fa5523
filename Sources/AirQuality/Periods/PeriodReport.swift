import TrackerModel

/// A period's statistics both with every day and with the exclusions removed (docs/air-quality.md §9), so an
/// indicator "excluding sand-dust influence" can be shown next to the plain one.
///
/// ```swift
/// let report = PeriodReport(assessments: days, range: .year(2015), exclusions: dust)
/// report.allDays.statistic(.mean(.pm25))?.value
/// report.withExclusions.statistic(.mean(.pm25))?.value
/// report.exclusions                      // the excluded days inside 2015, with reasons
/// ```
public struct PeriodReport: Sendable, Equatable {
    public let range: DayRange
    public let allDays: PeriodStatistics
    public let withExclusions: PeriodStatistics

    public init(assessments: [DailyAssessment], range: DayRange, exclusions: Exclusions = .none,
                indicators: [PeriodIndicator] = PeriodIndicator.standard) {
        self.range = range
        allDays = PeriodStatistics(assessments: assessments, range: range, indicators: indicators)
        withExclusions = PeriodStatistics(assessments: assessments, range: range, indicators: indicators,
                                          excluding: exclusions)
    }

    public var exclusions: [Exclusion] { withExclusions.excluded }
}
