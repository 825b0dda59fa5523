import TrackerModel

/// What changed between two plans' targets, scope by scope and indicator by indicator.
///
/// ```swift
/// let diff = PlanDiff(old: targets2023, oldPlan: "xicheng-2023", new: targets2025, newPlan: "xicheng-2025")
/// diff.changes.filter { $0.kind == .tightened }.map(\.indicator)
/// ```
public struct PlanDiff: Sendable {
    public var old: Plan
    public var new: Plan
    public var changes: [TargetChange]

    public func change(scope: String, indicator: String) -> TargetChange? {
        changes.first { $0.scope == scope && ($0.indicator == indicator || $0.old?.indicator == indicator) }
    }

    /// Compares `old` with `new`. Indicators and scopes are looked up in the new side's catalogs
    /// first (the old side's when the new does not know them): a repository of target files may
    /// have grown its catalog between the two versions.
    public init(old: Plan, in oldSet: TargetSet, new: Plan, in newSet: TargetSet) {
        self.old = old
        self.new = new
        let indicator: (String) -> Indicator? = { newSet.indicators[$0] ?? oldSet.indicators[$0] }
        let oldTargets = PlanDiff.representatives(old)
        let newTargets = PlanDiff.representatives(new)
        var changes: [TargetChange] = []
        var consumedOld: Set<TargetKey> = []

        // Dictionaries iterate in a per-process order; walking sorted keys makes the pairing of
        // same-concept targets (and so the output) the same on every run.
        let oldKeys = oldTargets.keys.sorted()
        for key in newTargets.keys.sorted() {
            let newTarget = newTargets[key]!
            if let oldTarget = oldTargets[key] {
                consumedOld.insert(key)
                changes.append(PlanDiff.compare(oldTarget, newTarget, polarity: indicator(key.indicator)?.polarity ?? .higherIsBetter))
                continue
            }
            // The same scope measured by another indicator of the same concept: a new definition.
            let concept = indicator(key.indicator)?.concept
            if let concept, let oldKey = oldKeys.first(where: { k in
                k.scope == key.scope && !consumedOld.contains(k) && newTargets[k] == nil && indicator(k.indicator)?.concept == concept
            }), let oldTarget = oldTargets[oldKey] {
                consumedOld.insert(oldKey)
                changes.append(TargetChange(scope: key.scope, indicator: key.indicator, kind: .definitionChanged,
                                            old: oldTarget, new: newTarget,
                                            note: .indicatorChanged(from: oldKey.indicator, concept: concept)))
                continue
            }
            changes.append(TargetChange(scope: key.scope, indicator: key.indicator, kind: .added, old: nil, new: newTarget))
        }
        for key in oldKeys where !consumedOld.contains(key) {
            let oldTarget = oldTargets[key]!
            changes.append(TargetChange(scope: key.scope, indicator: key.indicator, kind: .removed, old: oldTarget, new: nil))
        }
        // The new side's catalog order, then the old side's for scopes only it knows.
        func rank(_ scope: String) -> Int {
            let new = newSet.scopes.rank(of: scope)
            return new != .max ? new : oldSet.scopes.rank(of: scope)
        }
        self.changes = changes.sorted { a, b in
            let (sa, sb) = (rank(a.scope), rank(b.scope))
            if sa != sb { return sa < sb }
            let (la, lb) = ((a.new ?? a.old)!.provenance.seedLine, (b.new ?? b.old)!.provenance.seedLine)
            if (a.new == nil) != (b.new == nil) { return a.new != nil }
            return la != lb ? la < lb : a.indicator < b.indicator
        }
    }

    /// One target per scope and indicator: the first stated, unless a later statement spells out
    /// its alternatives (the fuller one decides, as on scorecards). `—` cells are no target.
    static func representatives(_ plan: Plan) -> [TargetKey: Target] {
        var chosen: [TargetKey: Target] = [:]
        for target in plan.targets where target.comparator != .notApplicable {
            if let first = chosen[target.key] {
                if target.comparator.elaborates(first.comparator) { chosen[target.key] = target }
            } else {
                chosen[target.key] = target
            }
        }
        return chosen
    }

    static func compare(_ old: Target, _ new: Target, polarity: Polarity) -> TargetChange {
        let kind: TargetChange.Kind
        var note: TargetChange.Note?
        switch new.comparator.strictness(comparedTo: old.comparator, polarity: polarity) {
        case .stricter: kind = .tightened
        case .looser: kind = .loosened
        case .same: kind = .unchanged
        case .incomparable:
            kind = .definitionChanged
            note = .requirementKindChanged
        }
        return TargetChange(scope: new.scope, indicator: new.indicator, kind: kind, old: old, new: new, note: note)
    }
}
