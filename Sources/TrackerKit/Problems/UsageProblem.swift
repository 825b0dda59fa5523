import TrackerModel

/// A request the library cannot carry out as asked: the caller's mistake, not the data's (the
/// command line exits 2 and words each case). Typed, so that a program can react to the case.
///
/// ```swift
/// do throws(RunFailure) { _ = try EvaluateRequest(plan: "xicheng-2052", data: ["data.csv"]).run() }
/// catch .usage(.plan(.unknown(let id, let suggestion, _))) { print(id, suggestion ?? "") }   // xicheng-2052 xicheng-2025
/// catch { print(error) }
/// ```
public enum UsageProblem: Error, Hashable, Sendable {
    /// Neither measurement files nor hourly station files were given.
    case noMeasurements
    /// The plan could not be chosen.
    case plan(PlanChoiceProblem)
    /// The plan of one side of a diff could not be chosen.
    case sidePlan(DiffSide, PlanChoiceProblem)
    /// `year` moves a one-year plan only.
    case yearOfMultiYearPlan(plan: String, period: Period)
    /// The as-of month lies before the plan period.
    case asOfBeforePlan(month: YearMonth, plan: String, period: Period)
    /// A measurement file named twice (every row would be a duplicate of itself).
    case dataFileTwice(String)
    /// No scope has this name; `suggestion` is the nearest one.
    case unknownScope(String, suggestion: String?)
    /// The plan has no target for the scope or those below it: `covered` are its scopes, in catalog order.
    case scopeNotInPlan(plan: String, scope: String, covered: [String])
    /// No indicator has this id, name or alias; `suggestion` is the nearest one.
    case unknownIndicator(String, suggestion: String?)
    /// The plan has no target for the indicator: `covered` are its indicators' Chinese names.
    case indicatorNotInPlan(plan: String, indicator: String, covered: [String])
    /// A folder of hourly files holds no .csv file.
    case folderWithoutCSV(String)
    /// No hourly files were given.
    case noHourlyFiles
}

/// Which side of a plan comparison.
public enum DiffSide: String, Hashable, Sendable {
    case old, new
}
