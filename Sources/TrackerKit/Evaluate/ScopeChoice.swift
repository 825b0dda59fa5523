import TrackerModel

/// `scope`: the scope and every scope below it, checked against the plan before any data is read
/// (an empty scorecard would pass any check, so a scope the plan does not cover is refused).
///
/// ```swift
/// try ScopeChoice.names("德胜街道", plan: plan, scopes: set.scopes)   // ["德胜街道"]
/// ```
public enum ScopeChoice {
    /// Nil when no scope is asked for.
    public static func names(_ name: String?, plan: Plan, scopes: ScopeDirectory) throws(RunFailure) -> Set<String>? {
        guard let name else { return nil }
        let names = try subtree(name, scopes: scopes)
        guard plan.targets.contains(where: { names.contains($0.scope) }) else {
            // The plan's scopes in scorecard order: catalog order, then first appearance.
            var seen: Set<String> = []
            let covered = plan.targets.map(\.scope).filter { seen.insert($0).inserted }
                .enumerated().sorted { (scopes.rank(of: $0.element), $0.offset) < (scopes.rank(of: $1.element), $1.offset) }
                .map(\.element)
            throw .usage(.scopeNotInPlan(plan: plan.id, scope: name, covered: covered))
        }
        return names
    }

    /// The scope and those below it, or the unknown-scope problem with a suggestion.
    public static func subtree(_ name: String, scopes: ScopeDirectory) throws(RunFailure) -> Set<String> {
        guard let names = scopes.subtree(of: name) else {
            throw .usage(.unknownScope(name, suggestion: scopes.suggestion(for: name)))
        }
        return names
    }
}
