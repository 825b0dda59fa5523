import TrackerModel

/// The recorded months of a plan, per scope and target: the month-by-month path of the observed
/// value and the verdict (`tracker history`). Lines that never had a value are left out.
///
/// ```swift
/// let history = LedgerHistory(entries)          // every plan in the ledger
/// history.plans[0].months                       // [2025-03, 2025-04, 2025-05]
/// history.plans[0].lines[0].points[2]?.verdict  // .onTrack
/// ```
public struct LedgerHistory: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var scope: String
        public var indicator: String
        public var indicatorZh: String
        public var target: String
        /// One per month of the plan's history; nil where the month has no such line.
        public var points: [LedgerEntry.Row?]
    }

    public struct PlanHistory: Hashable, Sendable {
        public var plan: String
        public var months: [YearMonth]
        /// Revision of each month (1: never revised).
        public var revisions: [Int]
        public var lines: [Line]
    }

    public var plans: [PlanHistory]

    public init(_ entries: [LedgerEntry]) {
        var plans: [PlanHistory] = []
        for plan in Array(Set(entries.map(\.plan))).sorted() {
            let months = entries.filter { $0.plan == plan }.sorted { $0.month < $1.month }
            var keys: [String] = []
            var first: [String: LedgerEntry.Row] = [:]
            for entry in months {
                for row in entry.rows where first[row.key] == nil { keys.append(row.key); first[row.key] = row }
            }
            let byKey = months.map { m in Dictionary(m.rows.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a }) }
            let lines = keys.compactMap { key -> Line? in
                let points = byKey.map { $0[key] }
                guard points.contains(where: { $0?.observed != nil }), let row = first[key] else { return nil }
                return Line(scope: row.scope, indicator: row.indicator, indicatorZh: row.indicatorZh, target: row.target, points: points)
            }
            plans.append(PlanHistory(plan: plan, months: months.map(\.month), revisions: months.map(\.revision), lines: lines))
        }
        self.plans = plans
    }
}
