/// Which plan of a target set a job is about: the one named, or the only one loaded.
///
/// ```swift
/// switch set.choosePlan("xicheng-2025") {
/// case .success(let plan): print(plan.period)
/// case .failure(.unknown(let id, let suggestion, _)): print(id, suggestion ?? "")
/// case .failure(.ambiguous(let loaded)): print(loaded)
/// }
/// ```
public enum PlanChoiceProblem: Error, Hashable, Sendable {
    /// No plan has this id; `suggestion` is the nearest loaded id.
    case unknown(id: String, suggestion: String?, loaded: [String])
    /// No id was given and not exactly one plan is loaded.
    case ambiguous(loaded: [String])
}

extension TargetSet {
    /// `id`, or the only plan loaded when `id` is nil.
    public func choosePlan(_ id: String?) -> Result<Plan, PlanChoiceProblem> {
        let loaded = plans.map(\.id)
        if let id {
            if let plan = plan(id) { return .success(plan) }
            return .failure(.unknown(id: id, suggestion: NameKey.closest(to: id, among: loaded), loaded: loaded))
        }
        if plans.count == 1 { return .success(plans[0]) }
        return .failure(.ambiguous(loaded: loaded))
    }

    /// The set with `plan` in place of the plan of the same id (a rebased plan, so that deferred
    /// targets and lookups see the moved one).
    ///
    /// ```swift
    /// let moved = set.plan("xicheng-2023")!.rebased(toYear: 2025)
    /// set.replacing(moved).plan("xicheng-2023")!.period   // 2025
    /// ```
    public func replacing(_ plan: Plan) -> TargetSet {
        var set = self
        set.plans = plans.map { $0.id == plan.id ? plan : $0 }
        return set
    }
}
