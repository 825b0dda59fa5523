import TrackerEvaluation
import TrackerInput
import TrackerModel

/// Evaluate a plan's targets on measurements: what `tracker evaluate` and `tracker report` ask.
///
/// ```swift
/// var request = EvaluateRequest(targets: ["Targets"], plan: "xicheng-2025", data: ["Samples/xicheng-2025-synthetic.csv"])
/// request.asOf = YearMonth(2025, 6)
/// request.scope = "德胜街道"
/// let evaluation = try request.run()
/// evaluation.scorecard.rows.count   // the targets of 德胜街道
/// ```
public struct EvaluateRequest: Sendable {
    /// Target files or directories (the plans a plan defers to may be among them).
    public var targets: [String]
    /// The plan's id; nil: the only plan loaded.
    public var plan: String?
    public var sources: DataSources
    /// The month to evaluate as of; nil: the latest month in the data. After the plan period:
    /// the final scorecard, as of the period's last month.
    public var asOf: YearMonth?
    /// Hold a one-year plan's targets against another year's data (the plan moves to that year);
    /// the data may then hold other years, which are counted, not refused.
    public var year: Int?
    /// Only this scope and those below it.
    public var scope: String?
    /// Indicators (id, Chinese name or alias), verdicts and a level of scopes to keep; whether
    /// rows with no data at all are set aside for people's tables (`ScorecardFocus`).
    public var indicators: [String] = []
    public var verdicts: [Verdict] = []
    public var level: ScopeLevel? = nil
    public var setsAsideRowsWithoutData = false
    /// How values are compared with targets unless a target says (`compare` in its file):
    /// `.published` (the default: the value as published) or `.full` (GB/T 8170 全数值比较).
    public var compare: Target.Comparison = .published
    /// A ledger folder (`evaluate --ledger DIR`) whose recordings give a row its 同比 when the data
    /// lack last year's same months (docs/ledger.md, "同比 from the ledger").
    public var ledger: String? = nil

    public init(targets: [String] = ["Targets"], plan: String? = nil, data: [String] = [], sources: DataSources? = nil,
                asOf: YearMonth? = nil, year: Int? = nil, scope: String? = nil) {
        self.targets = targets
        self.plan = plan
        self.sources = sources ?? DataSources(files: data)
        self.asOf = asOf
        self.year = year
        self.scope = scope
    }
}

/// A scorecard and how it was made: the plan (moved, with `year`), the target set, the files
/// read and every diagnostic of reading that did not stop the evaluation (warnings, notes).
///
/// ```swift
/// let evaluation = try EvaluateRequest(plan: "xicheng-2025", data: ["Samples/xicheng-2025-synthetic.csv"]).run()
/// evaluation.scorecard.isFinal; evaluation.summary.rowsUsed; evaluation.diagnostics.count
/// ```
public struct Evaluation: Sendable {
    public var scorecard: Scorecard
    public var plan: Plan
    public var targets: TargetSet
    /// Warnings and notes of the measurement files (errors would have stopped the run).
    public var diagnostics: [Diagnostic]
    /// The target files and the measurement files read: never to be overwritten by an output.
    public var inputFiles: [String]
    /// The measurements the scorecard was made from: the plan's data window (the plan period and
    /// the year before it), so that rankings and trend charts need not read the files again.
    public var data: MeasurementSet
    /// The ledger's recordings when the request named a ledger (`ledger`), read once: they gave
    /// the rows' 同比 and give the report's trend charts their recorded months.
    public var ledger: [LedgerEntry]? = nil
    /// Rows read, used, skipped and outside the plan period: the scorecard's own counts.
    public var summary: DataSummary { DataSummary(scorecard) }
}

/// How much of the data went into a scorecard.
///
/// ```swift
/// let summary = DataSummary(card)
/// summary.rowsRead - summary.rowsUsed   // rows skipped or outside the plan
/// ```
public struct DataSummary: Hashable, Sendable {
    public var files: [String]
    public var rowsRead: Int
    public var rowsUsed: Int
    public var rowsSkipped: Int
    public var rowsOutsidePeriod: Int

    public init(_ card: Scorecard) {
        files = card.sources.map(\.file)
        rowsRead = card.rowsRead
        rowsUsed = card.rowsUsed
        rowsSkipped = card.skipped.count
        rowsOutsidePeriod = card.rowsOutsidePeriod
    }
}

extension EvaluateRequest {
    /// Loads the targets, chooses and (with `year`) moves the plan, checks the as-of month and
    /// the scope, reads the measurements in the plan's data window, evaluates and keeps the scope.
    public func run() throws(RunFailure) -> Evaluation {
        guard !sources.isEmpty else { throw .usage(.noMeasurements) }
        let loaded = TargetLoader.load(paths: targets)
        if loaded.diagnostics.hasErrors { throw .targetProblems(loaded.diagnostics) }
        var (plan, set) = try PlanYear.choose(plan, in: loaded.set, year: year)
        let asOf = try PlanYear.asOf(self.asOf, plan: plan)
        let scopes = try ScopeChoice.names(scope, plan: plan, scopes: set.scopes)
        let focus = ScorecardFocus(indicators: try IndicatorChoice.ids(indicators, plan: plan, catalog: set.indicators),
                                   verdicts: verdicts, level: level, setsAsideRowsWithoutData: setsAsideRowsWithoutData)
        // The same file twice would make every row a duplicate of itself.
        for (i, file) in sources.files.enumerated() where SameFile.isOneOf(file, Array(sources.files[..<i])) {
            throw .usage(.dataFileTwice(file))
        }
        // With `year` the data may be an archive of several years: the rows outside the plan are
        // counted on the scorecard instead of each being an error, and not kept (the evaluator
        // reads only the plan's data window).
        let (data, diagnostics) = sources.read(for: set, window: year == nil ? plan.dataWindow : nil, plan: plan,
                                               keep: year == nil ? nil : plan.dataWindow)
        if diagnostics.hasErrors { throw .dataProblems(diagnostics) }
        var lastYear = YearOnYearRecorded.none, entries: [LedgerEntry]? = nil
        if let ledger {
            do throws(LedgerFailure) { entries = try Ledger.load(ledger) } catch { throw .ledger(error) }
            lastYear = YearOnYearRecorded(entries ?? [])
        }
        var card = Evaluator.evaluate(plan: plan, in: set, data: data, asOf: asOf, compare: compare, lastYear: lastYear)
        if let scopes { card.rows = card.rows.filter { scopes.contains($0.scope) } }
        card = focus.apply(to: card) { set.scopes[$0]?.level }
        return Evaluation(scorecard: card, plan: plan, targets: set, diagnostics: diagnostics,
                          inputFiles: sources.inputFiles + loaded.files, data: data, ledger: entries)
    }
}
