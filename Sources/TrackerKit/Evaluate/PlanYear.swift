import TrackerModel

/// The plan a request is about, moved to the year asked for, and the month it is evaluated as of:
/// the rules `evaluate`, `report` and `diff` share.
///
/// ```swift
/// let (plan, set) = try PlanYear.choose("xicheng-2025", in: loaded, year: 2016)   // the plan moved to 2016
/// try PlanYear.asOf(YearMonth(2026, 3), plan: plan)                               // 2016-12: the final scorecard
/// ```
public enum PlanYear {
    /// The plan (`id`, or the only one), moved to `year` with the set holding the moved plan.
    public static func choose(_ id: String?, in set: TargetSet, year: Int?) throws(RunFailure) -> (Plan, TargetSet) {
        let plan: Plan
        switch set.choosePlan(id) {
        case .success(let p): plan = p
        case .failure(let problem): throw .usage(.plan(problem))
        }
        guard let year else { return (plan, set) }
        guard plan.period.isSingleYear else { throw .usage(.yearOfMultiYearPlan(plan: plan.id, period: plan.period)) }
        let moved = plan.rebased(toYear: year)
        return (moved, set.replacing(moved))
    }

    /// The as-of month: nil stays nil (the latest month in the data); before the period is a
    /// usage problem; after it, the period's last month (the final scorecard).
    public static func asOf(_ month: YearMonth?, plan: Plan) throws(RunFailure) -> YearMonth? {
        guard let month else { return nil }
        guard month >= plan.period.first else {
            throw .usage(.asOfBeforePlan(month: month, plan: plan.id, period: plan.period))
        }
        return min(month, plan.period.last)
    }
}
