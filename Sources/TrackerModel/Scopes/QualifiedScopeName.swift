/// A scope named after the scopes above it, as bureau sheets and official documents write it:
/// `北京市朝阳区`, `北京市西城区德胜街道`, `西城区 德胜街道`. Each name in front must be a scope
/// above the one that follows, so the name is as unambiguous as the bare one (`西城区朝阳区` is no
/// scope). Without this, `北京市朝阳区` is nearest to `北京市` by edit distance, and a suggestion
/// to write that would put a district's data under the city.
///
/// `ScopeDirectory.resolve` and `suggestion(for:)` use it, so every place a scope is named (target
/// files, measurement files, `--scope`) accepts these names.
///
/// ```swift
/// let qualified = QualifiedScopeName(scopes)
/// qualified.resolve("北京市朝阳区")?.name         // "朝阳区"
/// qualified.resolve("北京市西城区德胜街道")?.name   // "德胜街道"
/// qualified.resolve("西城区朝阳区")               // nil
/// qualified.rest(of: "北京市朝阳县")              // "朝阳县", to suggest for
/// qualified.rest(of: "北京市西城区德盛街道")        // "德盛街道"
/// ```
struct QualifiedScopeName {
    private let scopes: ScopeDirectory
    /// The scopes that have scopes below them (北京市, 西城区), by their folded catalog name.
    private let parents: [(key: String, scope: Scope)]

    init(_ scopes: ScopeDirectory) {
        self.scopes = scopes
        parents = scopes.parents
    }

    /// The scope a name written after its parents names; nil when it is not such a name.
    func resolve(_ name: String) -> Scope? {
        resolve(folded: NameKey(name).folded)
    }

    /// What follows a parent's name at the start of `name`, when something does: a misspelt
    /// `北京市朝阳县` is suggested for as `朝阳县`, not as the city it starts with.
    func rest(of name: String) -> String? {
        var key = NameKey(name).folded, stripped = false
        // Every parent in front: `北京市西城区德盛街道` → `德盛街道`.
        while let parent = parents.first(where: { key.hasPrefix($0.key) && key.count > $0.key.count }) {
            key = String(key.dropFirst(parent.key.count))
            stripped = true
        }
        return stripped ? key : nil
    }

    private func resolve(folded key: String) -> Scope? {
        for parent in parents where key.hasPrefix(parent.key) && key.count > parent.key.count {
            let rest = String(key.dropFirst(parent.key.count))
            guard let scope = scopes.resolveByName(rest) ?? resolve(folded: rest) else { continue }
            if scopes.ancestors(of: scope.name).contains(parent.scope) { return scope }
        }
        return nil
    }
}
