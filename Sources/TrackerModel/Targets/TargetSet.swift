/// Everything a run knows about targets: the plans, and the catalogs they were read against.
///
/// ```swift
/// let set = try TargetLoader.load(["Targets"]).get()
/// set.plan("xicheng-2025")?.targets.count
/// set.resolveDeferral(of: someDeferredTarget)?.comparator
/// ```
public struct TargetSet: Sendable {
    public var plans: [Plan]
    public var indicators: IndicatorCatalog
    public var scopes: ScopeDirectory

    public init(plans: [Plan], indicators: IndicatorCatalog, scopes: ScopeDirectory) {
        self.plans = plans
        self.indicators = indicators
        self.scopes = scopes
    }

    public func plan(_ id: String) -> Plan? { plans.first { $0.id == id } }

    public var allTargets: [Target] { plans.flatMap(\.targets) }

    /// The target a `deferred` target refers to: the same indicator in the plan it defers to (at
    /// its scope, then up the hierarchy), or at a higher scope of its own plan. Follows chains of
    /// deferrals; nil when the higher target is not loaded or the chain loops.
    public func resolveDeferral(of target: Target) -> Target? {
        // A step is a plan's scope and indicator; a chain that comes back to one loops.
        struct Step: Hashable { var plan: String; var key: TargetKey }
        var seen: Set<Step> = []
        var current = target
        while case .deferred = current.comparator {
            guard seen.insert(Step(plan: current.plan, key: current.key)).inserted, let next = higherTarget(for: current) else { return nil }
            current = next
        }
        return current == target ? nil : current
    }

    private func higherTarget(for target: Target) -> Target? {
        let chain = [target.scope] + scopes.ancestors(of: target.scope).map(\.name)
        let own = plan(target.plan)
        if let higherID = own?.defersTo, let higher = plan(higherID) {
            for scope in chain {
                if let t = higher.targets.first(where: { $0.scope == scope && $0.indicator == target.indicator }) { return t }
            }
        }
        for scope in chain.dropFirst() {
            if let t = own?.targets.first(where: { $0.scope == scope && $0.indicator == target.indicator }) { return t }
        }
        return nil
    }
}
