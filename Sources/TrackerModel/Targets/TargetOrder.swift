/// The stable order of target lists: plan, then scope in catalog order, then source line, then
/// indicator, then the order given.
///
/// ```swift
/// let listed = TargetOrder.sorted(set.allTargets, scopes: set.scopes)
/// ```
public enum TargetOrder {
    public static func sorted(_ targets: [Target], scopes: ScopeDirectory) -> [Target] {
        targets.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.plan != y.plan { return x.plan < y.plan }
            let (ox, oy) = (scopes.rank(of: x.scope), scopes.rank(of: y.scope))
            if ox != oy { return ox < oy }
            if x.provenance.seedLine != y.provenance.seedLine { return x.provenance.seedLine < y.provenance.seedLine }
            if x.indicator != y.indicator { return x.indicator < y.indicator }
            return a.offset < b.offset
        }.map(\.element)
    }
}
