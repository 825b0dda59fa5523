import TrackerModel

/// A period value beside the same months of the previous year (同比), as published: both values
/// at the published precision of their year, and the change in % from those displayed values.
///
/// ```swift
/// // 2016 January–March, PM2.5: 70 this year, 98 last year.
/// row.yearOnYear?.lastYearDisplayed   // 98
/// row.yearOnYear?.changePercent       // -28.6
/// ```
public struct YearOnYearChange: Hashable, Sendable {
    /// The value of last year's same months, unrounded.
    public var lastYear: Double
    public var lastYearDisplayed: Double
    public var lastYearDecimals: Int
    /// This period's value at this year's published precision.
    public var displayed: Double
    public var decimals: Int
    /// The months of last year compared (those of this period up to the as-of month, a year back).
    public var from: YearMonth
    public var to: YearMonth
    /// Nil when last year's displayed value is zero.
    public var changePercent: Double?

    /// Last year's same months of a period up to `asOf`, when the rows hold every one of them
    /// that this year has (a change between unequal sets of months would mislead). Only for
    /// values formed from months (means, day ratios, counts, monthly means) over one year at most.
    public static func make(_ rows: [TrackerModel.Measurement], indicator: Indicator, months: [YearMonth], asOf: YearMonth,
                            this value: PeriodValue) -> YearOnYearChange? {
        guard [.mean, .dayRatio, .count, .monthlyMean].contains(indicator.kind), !value.fromYearlyRow,
              months.count <= 12, let first = months.first else { return nil }
        let upTo = months.filter { $0 <= asOf }
        let back = upTo.map { $0.advanced(by: -12) }
        guard let last = back.last,
              let previous = PeriodValue.aggregate(rows, kind: indicator.kind, months: back, asOf: last),
              !previous.fromYearlyRow else { return nil }
        let covered = { (v: PeriodValue) in Set((v.monthsUsed + v.excludedMonths.map(\.0)).map(\.month)) }
        guard covered(previous) == covered(value) else { return nil }
        let decimals = indicator.publishedDecimals(in: first.year)
        let lastDecimals = indicator.publishedDecimals(in: first.year - 1)
        let displayed = Rounding.halfEven(value.value, decimals: decimals)
        let lastDisplayed = Rounding.halfEven(previous.value, decimals: lastDecimals)
        return YearOnYearChange(lastYear: previous.value, lastYearDisplayed: lastDisplayed, lastYearDecimals: lastDecimals,
                                displayed: displayed, decimals: decimals, from: back.first!, to: last,
                                changePercent: YearOnYear.changePercent(this: displayed, last: lastDisplayed,
                                                                        decimals: max(decimals, lastDecimals)))
    }
}
