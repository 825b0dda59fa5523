import TrackerEvaluation
import TrackerInput
import TrackerModel

/// What `tracker report` asks: the evaluation, and beside it the rankings Beijing publishes for
/// the plan's level and as-of month (by value and by 同比, for the primary air indicators the
/// data hold) and, with `ledger`, the recorded months for the trend charts. The rankings are
/// `Ranking.make`'s (as `tracker rank`); the report only draws them.
///
/// ```swift
/// var request = ReportRequest(EvaluateRequest(plan: "xicheng-2025", data: ["Samples/xicheng-2025-synthetic.csv"]))
/// request.ledger = "ledger"                 // optional: the folder `evaluate --record` writes
/// let report = try request.run()
/// report.rankings.map(\.within)             // ["西城区", …]: 西城区's streets (the data hold one district),
///                                           // PM2.5 and 降尘量, the month and January to it
/// report.history?.recordedMonths            // the ledger's months of the plan
/// ```
public struct ReportRequest: Sendable {
    public var evaluation: EvaluateRequest
    /// The ledger folder (`evaluate --record DIR`); nil: the trend charts draw the data alone.
    /// It is the evaluation's ledger: the same recordings give the rows their 同比 when the data
    /// lack last year (`EvaluateRequest.ledger`).
    public var ledger: String? {
        get { evaluation.ledger }
        set { evaluation.ledger = newValue }
    }

    /// The indicators a report ranks, when the data hold them for two scopes or more: the air
    /// quality figures the city and districts publish monthly tables of (docs/rankings.md).
    public static let rankedIndicators = ["pm25_annual_mean", "good_day_ratio", "dustfall_monthly_mean"]

    public init(_ evaluation: EvaluateRequest, ledger: String? = nil) {
        self.evaluation = evaluation
        if let ledger { self.evaluation.ledger = ledger }
    }
}

/// A report's content: the evaluation, the rankings and the ledger's months.
public struct Report: Sendable {
    public var evaluation: Evaluation
    /// Per indicator: the as-of month, then January to it (from February on); each level ranked.
    public var rankings: [ScopeRanking]
    /// The ledger's months and last year's for the trend charts (nil without `ledger`).
    public var history: TrendHistory? = nil
}

/// Why a report could not be made: its evaluation failed, or its ledger could not be read.
public enum ReportFailure: Error, Sendable {
    case evaluation(RunFailure)
    case ledger(LedgerFailure)
}

extension ReportRequest {
    public func run() throws(ReportFailure) -> Report {
        let evaluation: Evaluation
        do throws(RunFailure) { evaluation = try self.evaluation.run() } catch { throw .evaluation(error) }
        do throws(LedgerFailure) { return try report(from: evaluation) } catch { throw .ledger(error) }
    }

    /// The report of an evaluation this request's `evaluation` made (the command line runs the
    /// evaluation itself, to print its diagnostics the way `evaluate` does). With `ledger`, the
    /// recordings the evaluation read are drawn (every plan's files: last year may be another
    /// plan's); they are read here only if the evaluation was made without them.
    public func report(from evaluation: Evaluation) throws(LedgerFailure) -> Report {
        let rankings = rankings(of: evaluation)
        guard let ledger else { return Report(evaluation: evaluation, rankings: rankings) }
        let entries: [LedgerEntry]
        if let read = evaluation.ledger { entries = read } else { entries = try Ledger.load(ledger) }
        let history = TrendHistory.make(entries: entries, plan: evaluation.scorecard.plan,
                                        data: evaluation.data.measurements)
        return Report(evaluation: evaluation, rankings: rankings, history: history)
    }

    /// The plan's level (districts; a city plan's districts) and the level below within the
    /// plan's scope (a district's streets), each for the as-of month and the year to it, on every
    /// ranked indicator with values for two scopes or more. The rows are the evaluation's: its
    /// data window holds the year before the plan, so last year's months (同比) are there.
    public func rankings(of evaluation: Evaluation) -> [ScopeRanking] {
        let set = evaluation.targets, plan = evaluation.plan, month = evaluation.scorecard.asOf
        guard let top = set.scopes[plan.scope]?.level else { return [] }
        var levels: [(ScopeLevel, String?)] = []
        switch top {
        case .city: levels = [(.district, nil)]
        case .district: levels = [(.district, nil), (.street, plan.scope)]
        case .street: levels = [(.street, set.scopes[plan.scope]?.parent)]
        }
        let focus = evaluation.scorecard.focus.indicators
        let indicators = Self.rankedIndicators.compactMap { set.indicators.resolve($0) }
            .filter { focus.isEmpty || focus.contains($0.id) }
        guard !indicators.isEmpty else { return [] }
        let data = evaluation.data
        var out: [ScopeRanking] = []
        for indicator in indicators {
            let rows = data.measurements.filter { $0.indicator == indicator.id }
            let present = Set(rows.map(\.scope))
            for (level, within) in levels {
                let below = within.flatMap { try? ScopeChoice.subtree($0, scopes: set.scopes) }
                let scopes = set.scopes.scopes.filter { scope in
                    scope.level == level && present.contains(scope.name) && (below?.contains(scope.name) ?? true)
                }.map(\.name)
                guard scopes.count > 1 else { continue }
                for cumulative in month.month > 1 ? [false, true] : [false] {
                    let ranking = Ranking.make(rows, indicator: indicator, month: month, cumulative: cumulative, scopes: scopes)
                    guard ranking.entries.filter({ $0.rank != nil }).count > 1 else { continue }
                    out.append(ScopeRanking(ranking: ranking, level: level, within: within))
                }
            }
        }
        return out
    }
}
