import TrackerModel

/// A period value beside the same months of the previous year (同比), as published: both values
/// at the published precision of their year, and the change in % from those displayed values.
///
/// ```swift
/// // 2016 January–March, PM2.5: 70 this year, 98 last year.
/// row.yearOnYear?.lastYearDisplayed   // 98
/// row.yearOnYear?.changePercent       // -28.6
/// row.yearOnYear?.source              // .data (or .ledger(plan:month:) when a ledger gave last year)
/// ```
public struct YearOnYearChange: Hashable, Sendable {
    /// Where last year's value came from.
    public enum Source: Hashable, Sendable {
        /// The data evaluated hold last year's months.
        case data
        /// A ledger recording (`evaluate --ledger DIR`): the plan and month whose recorded value was used.
        case ledger(plan: String, month: YearMonth)
    }

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
    public var source: Source = .data

    /// Last year's same months of a period up to `asOf`, when the rows hold every one of them
    /// that this year has (a change between unequal sets of months would mislead), over one year
    /// at most. Values formed from months (means, day ratios, counts, monthly means) aggregate
    /// last year's months; values reported as they stand (`reported`, `flow_share`) take last
    /// year's row of the same month (a yearly row: last year's yearly row).
    public static func make(_ rows: [TrackerModel.Measurement], indicator: Indicator, months: [YearMonth], asOf: YearMonth,
                            this value: PeriodValue) -> YearOnYearChange? {
        guard indicator.kind.hasSamePeriodLastYear, months.count <= 12, months.first != nil else { return nil }
        let back = months.filter { $0 <= asOf }.map { $0.advanced(by: -12) }
        guard let first = back.first, let last = back.last else { return nil }
        if indicator.kind == .reported || indicator.kind == .flowShare {
            let wanted: TrackerModel.Measurement.Period
            if value.fromYearlyRow {
                wanted = .year(first.year)
            } else {
                guard let month = value.monthsUsed.last else { return nil }
                wanted = .month(month.advanced(by: -12))
            }
            guard let previous = rows.last(where: { $0.period == wanted }) else { return nil }
            let to: YearMonth = if case .month(let m) = wanted { m } else { last }
            return make(lastYear: previous.value, this: value.value, indicator: indicator, months: months, from: first, to: to)
        }
        guard !value.fromYearlyRow,
              let previous = PeriodValue.aggregate(rows, kind: indicator.kind, months: back, asOf: last),
              !previous.fromYearlyRow else { return nil }
        let covered = { (v: PeriodValue) in Set((v.monthsUsed + v.excludedMonths.map(\.0)).map(\.month)) }
        guard covered(previous) == covered(value) else { return nil }
        return make(lastYear: previous.value, this: value.value, indicator: indicator, months: months, from: first, to: last)
    }

    /// The change from last year's unrounded value to this one's, each displayed at its own
    /// year's published precision (the year of the period's first month, and the one before).
    public static func make(lastYear: Double, this value: Double, indicator: Indicator, months: [YearMonth],
                            from: YearMonth, to: YearMonth, source: Source = .data) -> YearOnYearChange? {
        guard let first = months.first else { return nil }
        let decimals = indicator.publishedDecimals(in: first.year)
        let lastDecimals = indicator.publishedDecimals(in: first.year - 1)
        let displayed = Rounding.halfEven(value, decimals: decimals)
        let lastDisplayed = Rounding.halfEven(lastYear, decimals: lastDecimals)
        return YearOnYearChange(lastYear: lastYear, lastYearDisplayed: lastDisplayed, lastYearDecimals: lastDecimals,
                                displayed: displayed, decimals: decimals, from: from, to: to,
                                changePercent: YearOnYear.changePercent(this: displayed, last: lastDisplayed,
                                                                        decimals: max(decimals, lastDecimals)),
                                source: source)
    }
}
