import TrackerModel

/// The result of evaluating one plan's targets against measurements as of a month.
///
/// ```swift
/// let card = Evaluator.evaluate(plan: plan, in: targets, data: data, asOf: YearMonth(2025, 6))
/// card.summary[.atRisk]                                          // how many targets are at risk
/// card.row(scope: "西城区", indicator: "good_day_ratio")?.verdict
/// ```
public struct Scorecard: Hashable, Sendable {
    public var plan: String
    public var document: String
    public var title: String
    public var asOf: YearMonth
    /// Whether the plan period is complete at `asOf` (verdicts are final).
    public var isFinal: Bool
    public var rows: [ScorecardRow]
    public var rowsRead: Int
    public var rowsUsed: Int
    /// Measurements read but outside the plan period (and the year before it): an archive read
    /// with `--year`. Counted, not silently dropped.
    public var rowsOutsidePeriod: Int = 0
    public var skipped: [Diagnostic]
    public var sources: [MeasurementSet.Source]
    /// What was asked to be seen (indicators, verdicts, level; rows without data set aside).
    public var focus = ScorecardFocus()

    public func row(scope: String, indicator: String) -> ScorecardRow? {
        rows.first { $0.scope == scope && $0.indicator == indicator }
    }

    /// Count of rows per verdict.
    public var summary: [Verdict: Int] {
        rows.reduce(into: [:]) { $0[$1.verdict, default: 0] += 1 }
    }

    public static func == (a: Scorecard, b: Scorecard) -> Bool {
        a.plan == b.plan && a.asOf == b.asOf && a.rows == b.rows && a.rowsRead == b.rowsRead
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(plan); hasher.combine(asOf); hasher.combine(rows)
    }
}
