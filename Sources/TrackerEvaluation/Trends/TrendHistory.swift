import TrackerModel

/// What a report's trend charts draw beside the data, from a ledger (docs/ledger.md): each
/// month's value as the ledger recorded it, and last year's months. Facts only; `TrendChart`
/// draws the series it gets.
///
/// A month's recorded value is the one its own ledger file holds (the file's current revision:
/// the latest recording of that month); a month without its own file takes the value of the
/// latest file that holds it. Last year's months come from the data when they hold them, else
/// from any ledger file (of any plan) that recorded them.
///
/// ```swift
/// let history = TrendHistory.make(entries: try Ledger.load("ledger"), plan: "xicheng-2025", data: rows)
/// history.series(scope: "西城区", indicator: "pm25_annual_mean")?.recorded[YearMonth(2025, 3)]   // 41.2
/// history.recordedMonths    // [2025-01, 2025-02, 2025-03]
/// ```
public struct TrendHistory: Hashable, Sendable {
    /// One scope's indicator.
    public struct Key: Hashable, Sendable {
        public var scope: String
        public var indicator: String
        public init(scope: String, indicator: String) { self.scope = scope; self.indicator = indicator }
    }

    /// One chart's series: months to values.
    public struct Series: Hashable, Sendable {
        /// This plan's months as the ledger recorded them.
        public var recorded: [YearMonth: Double] = [:]
        /// The months of last year (their own months, a year before the chart's).
        public var lastYear: [YearMonth: Double] = [:]
        public init(recorded: [YearMonth: Double] = [:], lastYear: [YearMonth: Double] = [:]) {
            self.recorded = recorded; self.lastYear = lastYear
        }
    }

    /// The months the plan has a ledger file of, in order.
    public var recordedMonths: [YearMonth] = []
    public var series: [Key: Series] = [:]

    public init(recordedMonths: [YearMonth] = [], series: [Key: Series] = [:]) {
        self.recordedMonths = recordedMonths; self.series = series
    }

    public func series(scope: String, indicator: String) -> Series? { series[Key(scope: scope, indicator: indicator)] }

    /// From the ledger's entries (every plan's: last year may be another plan's) and the rows of
    /// the data (every month they hold), for `plan`.
    public static func make(entries: [LedgerEntry], plan: String, data: [TrackerModel.Measurement]) -> TrendHistory {
        let own = entries.filter { $0.plan == plan }.sorted { $0.month < $1.month }
        var history = TrendHistory(recordedMonths: own.map(\.month))
        // Latest file holding a month first, then each month's own file over it.
        for entry in own {
            for v in entry.values { history.series[Key(scope: v.scope, indicator: v.indicator), default: Series()].recorded[v.month] = v.value }
        }
        for entry in own {
            for v in entry.values where v.month == entry.month {
                history.series[Key(scope: v.scope, indicator: v.indicator), default: Series()].recorded[v.month] = v.value
            }
        }
        // Last year: the twelve months before the first recorded one's year.
        guard let first = own.first?.month else { return history }
        let lastYear = first.year - 1
        for entry in entries.sorted(by: { $0.month < $1.month }) {
            for v in entry.values where v.month.year == lastYear {
                let key = Key(scope: v.scope, indicator: v.indicator)
                guard history.series[key] != nil else { continue }
                history.series[key]!.lastYear[v.month] = v.value
            }
        }
        for m in data {
            guard case .month(let month) = m.period, month.year == lastYear, !m.isExcluded else { continue }
            let key = Key(scope: m.scope, indicator: m.indicator)
            guard history.series[key] != nil else { continue }
            history.series[key]!.lastYear[month] = m.value
        }
        return history
    }
}
