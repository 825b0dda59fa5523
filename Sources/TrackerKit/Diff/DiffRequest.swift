import AirQuality
import TrackerEvaluation
import TrackerInput
import TrackerModel

/// Compare two plans: their targets, and with measurements, which verdicts flip and why.
///
/// ```swift
/// var request = DiffRequest(old: "Targets/xicheng-2023.targets", new: "Targets/xicheng-2025.targets")
/// request.data = ["Samples/xicheng-2025-synthetic.csv"]
/// let result = try request.run()
/// result.diff.changes.count; result.comparison?.flips.count
/// ```
public struct DiffRequest: Sendable {
    /// Target files or directories of each side.
    public var old: String
    public var new: String
    public var oldPlan: String?
    public var newPlan: String?
    /// Measurements to evaluate both sides on; `oldData` (when not empty) for the old side.
    public var data: [String] = []
    public var oldData: [String] = []
    /// The header's line (CSV) or row (sheet) in the data files; nil: searched for.
    public var headerRow: Int?
    /// Hourly station data for both sides, aggregated once per side under its standard.
    public var hourly: [String] = []
    public var stations: String?
    public var oldStandard: StandardChoice = .automatic
    public var newStandard: StandardChoice = .automatic
    public var asOf: YearMonth?
    /// Only this scope and those below it.
    public var scope: String?
    /// Only these indicators (id, Chinese name or alias, of either side's catalog).
    public var indicators: [String] = []

    public init(old: String, new: String, oldPlan: String? = nil, newPlan: String? = nil) {
        self.old = old; self.new = new; self.oldPlan = oldPlan; self.newPlan = newPlan
    }
}

/// What changed between two plans; with data, the two scorecards compared.
///
/// ```swift
/// let result = try DiffRequest(old: "Targets/xicheng-2023.targets", new: "Targets/xicheng-2025.targets").run()
/// DiffText.table(result.diff, flips: result.comparison, indicators: result.indicators, showUnchanged: false)
/// ```
public struct DiffResult: Sendable {
    public var diff: PlanDiff
    public var comparison: ScorecardComparison?
    /// The new side's indicators (names and units for the output).
    public var indicators: IndicatorCatalog
    /// Warnings and notes of reading the measurements, each once.
    public var diagnostics: [Diagnostic]
}

extension DiffRequest {
    /// Loads both sides, chooses their plans and compares them; with data, evaluates the old plan
    /// (moved to the new plan's year) and the new plan on it, each side through `Evaluation`'s rules.
    public func run() throws(RunFailure) -> DiffResult {
        let oldLoaded = TargetLoader.load(paths: [old])
        let newLoaded = TargetLoader.load(paths: [new])
        let loadProblems = oldLoaded.diagnostics + newLoaded.diagnostics
        if loadProblems.hasErrors { throw .targetProblems(loadProblems) }
        let oldChosen = oldLoaded.set.choosePlan(oldPlan), newChosen = newLoaded.set.choosePlan(newPlan)
        let oldSide: Plan, newSide: Plan
        switch (oldChosen, newChosen) {
        case (.success(let o), .success(let n)): (oldSide, newSide) = (o, n)
        case (.failure(let e), _): throw .usage(.sidePlan(.old, e))
        case (_, .failure(let e)): throw .usage(.sidePlan(.new, e))
        }
        var diff = PlanDiff(old: oldSide, in: oldLoaded.set, new: newSide, in: newLoaded.set)
        let focus = try DiffFocus(scope: scope, indicators: indicators, old: oldLoaded.set, new: newLoaded.set)
        diff.changes = diff.changes.filter(focus.keeps)
        var result = DiffResult(diff: diff, comparison: nil, indicators: newLoaded.set.indicators, diagnostics: [])
        // The old plan's targets held against the new plan's year.
        // (A multi-year plan keeps its window: `rebased` leaves it as it is.)
        let movedOld = oldSide.rebased(toYear: newSide.period.first.year)
        let oldSet = oldLoaded.set.replacing(movedOld)
        let concepts = Self.concepts(oldLoaded.set, newLoaded.set)

        if let stations, !hourly.isEmpty {
            // The same hours under each side's standard (read with the new side's scopes); the first
            // side with errors stops the run, so the same errors are not said twice.
            var cards: [Scorecard] = []
            for (plan, set, standard) in [(movedOld, oldSet, oldStandard), (newSide, newLoaded.set, newStandard)] {
                let sources = DataSources(hourly: HourlySource(files: hourly, stations: stations, standard: standard))
                let (data, problems) = sources.read(for: newLoaded.set, window: nil)
                if problems.hasErrors { throw .dataProblems(problems.errors) }
                cards.append(Evaluator.evaluate(plan: plan, in: set, data: data, asOf: asOf))
            }
            result.comparison = ScorecardComparison(old: cards[0], new: cards[1], context: .init(
                sameData: true, oldStandard: oldStandard.label, newStandard: newStandard.label, concepts: concepts))
        } else if !data.isEmpty {
            let window = newSide.dataWindow
            let (newData, newProblems) = DataSources(files: data, headerRow: headerRow).read(for: newLoaded.set, window: window, plan: newSide)
            let (oldData, oldProblems) = DataSources(files: oldData.isEmpty ? data : oldData, headerRow: headerRow).read(for: oldLoaded.set, window: window, plan: movedOld)
            // The same file read for both sides gives the same problems: each is said once.
            var said: Set<String> = []
            let problems = (newProblems + oldProblems).filter { $0.severity != .note && said.insert($0.description).inserted }
            if problems.hasErrors { throw .dataProblems(problems) }
            let oldCard = Evaluator.evaluate(plan: movedOld, in: oldSet, data: oldData, asOf: asOf)
            let newCard = Evaluator.evaluate(plan: newSide, in: newLoaded.set, data: newData, asOf: asOf)
            result.comparison = ScorecardComparison(old: oldCard, new: newCard,
                                                    context: .init(sameData: self.oldData.isEmpty, concepts: concepts))
            result.diagnostics = problems
        }
        result.comparison = result.comparison.map(focus.apply)
        return result
    }

    /// Indicator id → concept, from both sides' catalogs (for pairing a ratio with a count).
    static func concepts(_ old: TargetSet, _ new: TargetSet) -> [String: String] {
        var concepts: [String: String] = [:]
        for i in new.indicators.indicators + old.indicators.indicators {
            if let c = i.concept { concepts[i.id] = c }
        }
        return concepts
    }
}

extension StandardChoice {
    /// How outputs name the choice: `HJ 633—2012`, `HJ 633—2026`, or the rule of each day.
    public var label: String {
        switch self {
        case .forced(.hj633_2012): "HJ 633—2012"
        case .forced(.hj633_2026): "HJ 633—2026"
        default: "HJ 633 in force on each day"
        }
    }
}
