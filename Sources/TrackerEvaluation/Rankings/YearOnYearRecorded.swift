import TrackerModel

/// Last year's values as a ledger recorded them (`evaluate --ledger DIR`), for 同比 when the data
/// lack last year's months: a row recorded as of month M − 12 gives the same period last year of a
/// row evaluated as of M, when its target's period was a year starting in January (so that its
/// observed value covers January … M − 12, the months this year's value covers). The same plan's
/// recording is preferred, then any plan's with the same scope and indicator (plans by id).
///
/// ```swift
/// let recorded = YearOnYearRecorded(entries)   // from Ledger.load("ledger")
/// recorded.value(scope: "西城区", indicator: "pm25_annual_mean", month: YearMonth(2024, 5), plan: "xicheng-2025")
/// // (value: 33.4, plan: "xicheng-2024", month: 2024-05)
/// ```
public struct YearOnYearRecorded: Hashable, Sendable {
    public struct Recording: Hashable, Sendable {
        public var value: Double
        public var plan: String
        public var month: YearMonth
    }

    struct Key: Hashable { var scope: String; var indicator: String; var month: YearMonth }
    var recordings: [Key: [Recording]] = [:]

    public static let none = YearOnYearRecorded([])

    public init(_ entries: [LedgerEntry]) {
        for entry in entries.sorted(by: { ($0.plan, $0.month) < ($1.plan, $1.month) }) {
            for row in entry.rows {
                guard let observed = row.observed else { continue }
                // Files written before rows carried their period: the year of the recorded month.
                guard (row.period ?? .year(entry.month.year)) == .year(entry.month.year) else { continue }
                let key = Key(scope: row.scope, indicator: row.indicator, month: entry.month)
                let recording = Recording(value: observed, plan: entry.plan, month: entry.month)
                if recordings[key]?.contains(where: { $0.plan == entry.plan }) != true { recordings[key, default: []].append(recording) }
            }
        }
    }

    public var isEmpty: Bool { recordings.isEmpty }

    /// Last year's recorded value of a scope and indicator as of `month` (already a year back).
    public func value(scope: String, indicator: String, month: YearMonth, plan: String) -> Recording? {
        let found = recordings[Key(scope: scope, indicator: indicator, month: month)] ?? []
        return found.first { $0.plan == plan } ?? found.first
    }
}
