extension ScopeDirectory {
    /// The catalog position of a scope named exactly as the catalog spells it (city, then
    /// districts, then streets, as `scopes.catalog` lists them); unknown names sort last.
    /// Every list of scopes (scorecards, target lists, diffs) is in this order.
    ///
    /// ```swift
    /// scopes.rank(of: "西城区") < scopes.rank(of: "德胜街道")   // true
    /// scopes.rank(of: "nowhere")                               // Int.max
    /// ```
    public func rank(of name: String) -> Int {
        guard let index = exactIndex(of: name), scopes[index].name == name else { return .max }
        return scopes[index].order
    }

    /// The canonical names of a scope and of every scope below it (`--scope 西城区`: the district
    /// and its streets); nil when `name` names no scope.
    ///
    /// ```swift
    /// scopes.subtree(of: "西城区")?.count   // 16
    /// ```
    public func subtree(of name: String) -> Set<String>? {
        guard let scope = resolve(name) else { return nil }
        var names: Set<String> = [scope.name]
        var frontier = [scope.name]
        while let next = frontier.popLast() {
            for child in children(of: next) where names.insert(child.name).inserted { frontier.append(child.name) }
        }
        return names
    }
}
