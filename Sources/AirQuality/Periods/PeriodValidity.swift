import TrackerModel

/// Whether a period statistic has enough data (docs/air-quality.md §7): month ≥ 27 valid days (February ≥ 25);
/// year ≥ 324 and every month valid; any other span: every month it touches valid.
/// When not valid, `reasons` says which months fell short and by how much.
///
/// ```swift
/// let v = PeriodValidity(range: .year(2014), validDays: daysWithAValue)
/// v.isValid          // false
/// v.shortMonths      // [MonthCoverage(2014-03: 20 valid days of 31, needs 27), …]
/// ```
public struct PeriodValidity: Sendable, Equatable {
    public let range: DayRange
    public let validDays: Int
    /// Valid days the whole period needs (324 for a year; the month minimum for a month;
    /// for a span, the sum of its months' minimums).
    public let requiredDays: Int
    public let months: [MonthCoverage]
    public let isValid: Bool

    /// `validDays`: the days that have a valid daily value (days outside `range` are ignored).
    public init(range: DayRange, validDays: some Sequence<CalendarDay>) {
        var perMonth: [YearMonth: Int] = [:]
        var total = 0
        for day in Set(validDays) where range.contains(day) {
            perMonth[day.yearMonth, default: 0] += 1
            total += 1
        }
        let months = range.months.map { month in
            let inRange = range.dayCount(in: month)
            return MonthCoverage(month: month, daysInRange: inRange, validDays: perMonth[month] ?? 0,
                                 requiredDays: PeriodRules.minimumDays(in: month, daysInRange: inRange))
        }
        self.range = range
        self.validDays = total
        self.months = months
        let everyMonthValid = months.allSatisfy(\.isSufficient)
        switch range.kind {
        case .year:
            requiredDays = PeriodRules.minimumDaysPerYear
            isValid = total >= requiredDays && everyMonthValid
        case .month, .span:
            requiredDays = months.reduce(0) { $0 + $1.requiredDays }
            isValid = everyMonthValid
        }
    }

    /// The months below their minimum, in order.
    public var shortMonths: [MonthCoverage] { months.filter { !$0.isSufficient } }

    /// Why the period is not valid (empty when it is), one line each.
    public var reasons: [String] {
        guard !isValid else { return [] }
        var lines: [String] = []
        if range.kind == .year, validDays < requiredDays {
            lines.append("\(range.first.year): \(validDays) valid days, needs \(requiredDays)")
        }
        lines += shortMonths.map(\.description)
        return lines
    }
}
