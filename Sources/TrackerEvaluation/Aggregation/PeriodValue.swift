import TrackerModel

/// An indicator's value over the months of a period up to the as-of month, formed by the
/// indicator's kind, with what is known about its validity.
///
/// ```swift
/// let v = PeriodValue.aggregate(rows, kind: .mean, months: Period.year(2025).months, asOf: YearMonth(2025, 6))
/// v?.value       // the valid-day-weighted mean of January–June
/// v?.validDays   // Σ valid days
/// ```
public struct PeriodValue: Hashable, Sendable {
    public var value: Double
    /// Σ valid days of the months used (mean and day-ratio kinds).
    public var validDays: Int?
    /// Days the whole period would have (the N of "what the rest must achieve").
    public var expectedDays: Int?
    /// Months that contributed a value.
    public var monthsUsed: [YearMonth]
    /// Months below the 27-day (February 25-day) minimum, with their valid days.
    public var shortMonths: [(YearMonth, Int)]
    /// Months left out by an exclusion flag (e.g. sand dust), with the flags.
    public var excludedMonths: [(YearMonth, [String])]
    /// Months some of whose days were left out, with how many.
    public var excludedDays: [(YearMonth, Int)] = []
    /// True when some month gave no valid days, so calendar days were used and validity is unknown.
    public var validityUnknown: Bool
    /// The value with exclusions not applied, when there were any.
    public var valueWithoutExclusion: Double?
    /// Valid days measured, excluded ones included: the coverage a period's validity is judged on
    /// (an exclusion never makes a period short, docs/air-quality.md §9).
    public var measuredDays: Int?
    /// True when a yearly row stands for the period (no month-by-month check is possible).
    public var fromYearlyRow = false

    public static func == (a: PeriodValue, b: PeriodValue) -> Bool {
        a.value == b.value && a.validDays == b.validDays && a.monthsUsed == b.monthsUsed
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(value); hasher.combine(monthsUsed) }

    /// Forms the period value from one scope's and indicator's rows. `months` are the period's
    /// months; rows outside them or after `asOf` are ignored. Nil when no row counts.
    public static func aggregate(_ rows: [TrackerModel.Measurement], kind: IndicatorKind, months: [YearMonth], asOf: YearMonth) -> PeriodValue? {
        let window = Set(months.filter { $0 <= asOf })
        let inWindow = rows.filter { row in
            switch row.period {
            case .month(let m): window.contains(m)
            // A yearly value (reported once a year) counts for its year once the as-of reaches that year.
            case .year(let y): months.contains { $0.year == y } && y <= asOf.year
            }
        }.sorted { $0.period < $1.period }
        guard !inWindow.isEmpty else { return nil }
        let expected = months.reduce(0) { $0 + $1.dayCount }
        let yearly = inWindow.contains { if case .year = $0.period { true } else { false } }
        var value = formed(inWindow, kind: kind, expected: expected)
        value?.fromYearlyRow = yearly
        return value
    }

    private static func formed(_ inWindow: [TrackerModel.Measurement], kind: IndicatorKind, expected: Int) -> PeriodValue? {

        switch kind {
        case .mean, .dayRatio:
            return weighted(inWindow, expectedDays: expected, dayMinimums: kind.hasValidDayMinimums)
        case .monthlyMean:
            let kept = inWindow.filter { !$0.isExcluded }
            let excluded = inWindow.filter(\.isExcluded).map { ($0.period.lastMonth, $0.flags) }
            let all = inWindow.map(\.value).reduce(0, +) / Double(inWindow.count)
            guard !kept.isEmpty else { return nil }
            let mean = kept.map(\.value).reduce(0, +) / Double(kept.count)
            return PeriodValue(value: mean, validDays: nil, expectedDays: nil, monthsUsed: kept.map(\.period.lastMonth),
                               shortMonths: [], excludedMonths: excluded, validityUnknown: false,
                               valueWithoutExclusion: excluded.isEmpty ? nil : all)
        case .count:
            let kept = inWindow.filter { !$0.isExcluded }
            let excluded = inWindow.filter(\.isExcluded).map { ($0.period.lastMonth, $0.flags) }
            let partly = inWindow.compactMap { m in m.excludedDays.map { (m.period.lastMonth, $0.count) } }
            var value = PeriodValue(value: kept.map(\.value).reduce(0, +), validDays: nil, expectedDays: expected,
                               monthsUsed: kept.map(\.period.lastMonth), shortMonths: [], excludedMonths: excluded,
                               validityUnknown: false,
                               valueWithoutExclusion: excluded.isEmpty && partly.isEmpty ? nil
                                   : inWindow.map { $0.excludedDays?.valueWithThem ?? $0.value }.reduce(0, +))
            value.excludedDays = partly
            return value
        case .cumulative, .reported, .flowShare, .relativeChange, .rank:
            let latest = inWindow.last!
            return PeriodValue(value: latest.value, validDays: nil, expectedDays: nil, monthsUsed: [latest.period.lastMonth],
                               shortMonths: [], excludedMonths: [], validityUnknown: false, valueWithoutExclusion: nil)
        }
    }

    /// Σ(value × valid days) / Σ valid days; months without `valid_days` weigh their calendar days.
    /// `dayMinimums`: whether a month under 27 (February 25) valid days is short (concentrations;
    /// a day ratio needs only one valid day, docs/air-quality.md §7).
    static func weighted(_ rows: [Measurement], expectedDays: Int, dayMinimums: Bool) -> PeriodValue? {
        var sum = 0.0, days = 0, sumAll = 0.0, daysAll = 0
        var short: [(YearMonth, Int)] = []
        var excluded: [(YearMonth, [String])] = []
        var unknown = false
        var used: [YearMonth] = []
        var partly: [(YearMonth, Int)] = []
        for row in rows {
            let month = row.period.lastMonth
            let d = row.validDays ?? month.dayCount
            if row.validDays == nil { unknown = true }
            // The month with its excluded days, for the figure without exclusions and for coverage.
            let withThem = row.excludedDays.map { ($0.valueWithThem, $0.validDaysWithThem ?? d) } ?? (row.value, d)
            sumAll += withThem.0 * Double(withThem.1); daysAll += withThem.1
            if row.isExcluded { excluded.append((month, row.flags)); continue }
            if let e = row.excludedDays { partly.append((month, e.count)) }
            // Excluded days never make a month short (§9): the minimum is checked with them.
            if dayMinimums, case .month = row.period, withThem.1 < month.minimumValidDays { short.append((month, withThem.1)) }
            guard d > 0 else { continue }
            sum += row.value * Double(d); days += d
            used.append(month)
        }
        guard days > 0 else { return nil }
        var value = PeriodValue(value: sum / Double(days), validDays: days, expectedDays: expectedDays, monthsUsed: used,
                           shortMonths: short, excludedMonths: excluded, validityUnknown: unknown,
                           valueWithoutExclusion: (excluded.isEmpty && partly.isEmpty) || daysAll == 0 ? nil : sumAll / Double(daysAll),
                           measuredDays: daysAll)
        value.excludedDays = partly
        return value
    }
}
