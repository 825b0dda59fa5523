extension Plan {
    /// The months a plan's measurements may cover: the plan period, the year before it (for
    /// seasonal projections, and last year's same months of a 同比 target) and the baseline years
    /// of its reduction targets (`较2020年下降5%` compares with 2020). The one rule both the measurement reader (rows outside are errors)
    /// and the evaluator (rows outside are counted as "outside the plan period") use.
    ///
    /// ```swift
    /// let plan = Plan(id: "beijing-2025", document: "", title: "", seedFile: "", scope: "北京市",
    ///                 period: .year(2025), defersTo: nil, targets: [], file: "beijing-2025.targets")
    /// plan.dataWindow.description   // "2024..2025"
    /// ```
    public var dataWindow: Period {
        var first = period.first.advanced(by: -12)
        for target in targets {
            if case .reduction(let year, _, _) = target.comparator { first = min(first, YearMonth(year, 1)) }
        }
        return Period(first: first, last: period.last)
    }
}

extension Measurement.Period {
    /// Whether a measured month (or year) lies in a window of months: a month inside it, a
    /// yearly value for one of its years.
    ///
    /// ```swift
    /// Measurement.Period.year(2020).isWithin(.years(2020, 2025))            // true
    /// Measurement.Period.month(YearMonth(2023, 12)).isWithin(.year(2025))   // false
    /// ```
    public func isWithin(_ window: Period) -> Bool {
        switch self {
        case .month(let month): window.contains(month)
        case .year(let year): window.first.year <= year && year <= window.last.year
        }
    }
}
