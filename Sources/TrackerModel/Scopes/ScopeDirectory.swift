import Foundation

/// The known scopes and their hierarchy, with lookups by printed name or alias.
///
/// ```swift
/// scopes.children(of: "西城区").count      // 15
/// scopes.resolve("广安门内街道")?.name      // "广内街道"
/// scopes.resolve("北京市西城区")?.name       // "西城区"
/// scopes.expand("全区及各街道", planScope: "西城区").count   // 16
/// ```
public struct ScopeDirectory: Sendable {
    public private(set) var scopes: [Scope] = []
    private var byKey: [NameKey: Int] = [:]
    /// Names exactly as the catalog spells them: most lookups hit here and skip the folding.
    private var byExactName: [String: Int] = [:]
    /// The scopes with scopes below them (北京市, 西城区) by folded name, kept as scopes are added:
    /// a qualified name (`QualifiedScopeName`) is tried on every unknown name, so this is not
    /// worked out anew each time.
    private(set) var parents: [(key: String, scope: Scope)] = []
    private var parentNames: Set<String> = []

    public init() {}

    /// Adds a scope; returns the names that clash with an existing scope (empty on success).
    @discardableResult
    public mutating func add(_ scope: Scope) -> [String] {
        let names = [scope.name] + scope.aliases
        let clashes = names.filter { byKey[NameKey($0)] != nil }
        guard clashes.isEmpty else { return clashes }
        var scope = scope
        scope.order = scopes.count
        byKey[NameKey(scope.name)] = scopes.count
        for alias in scope.aliases { byKey[NameKey(alias)] = scopes.count }
        for name in [scope.name] + scope.aliases { byExactName[name] = scopes.count }
        scopes.append(scope)
        // A parent may be added before its children or after them.
        if parentNames.contains(scope.name) { parents.append((NameKey(scope.name).folded, scope)) }
        if let parent = scope.parent, parentNames.insert(parent).inserted, let index = byExactName[parent], scopes[index].name == parent {
            parents.append((NameKey(parent).folded, scopes[index]))
        }
        return []
    }

    public subscript(name: String) -> Scope? { resolve(name) }

    /// The scope a name or alias names, also written after the names of the scopes above it
    /// (`北京市朝阳区`, `西城区德胜街道`; `QualifiedScopeName`).
    public func resolve(_ name: String) -> Scope? {
        resolveByName(name) ?? QualifiedScopeName(self).resolve(name)
    }

    /// By the scope's own name or an alias only.
    func resolveByName(_ name: String) -> Scope? {
        if let index = byExactName[name] { return scopes[index] }
        return byKey[NameKey(name)].map { scopes[$0] }
    }

    /// The position of the scope whose name or alias is exactly `name` (no folding).
    func exactIndex(of name: String) -> Int? { byExactName[name] }

    public func children(of name: String) -> [Scope] { scopes.filter { $0.parent == name } }

    /// The chain from a scope up to the city, nearest first (excluding the scope itself).
    public func ancestors(of name: String) -> [Scope] {
        var chain: [Scope] = []
        var current = resolve(name)?.parent
        while let parentName = current, let parent = resolve(parentName), !chain.contains(parent) {
            chain.append(parent)
            current = parent.parent
        }
        return chain
    }

    /// Expands a plan's collective words against its own scope: `全区`/`全市` → the plan scope;
    /// `各街道`/`各区` → each child; `全区及各街道` → both. Nil when `name` is not such a word.
    public func expand(_ name: String, planScope: String) -> [Scope]? {
        guard let own = resolve(planScope), let words = ScopeDirectory.collective(name) else { return nil }
        return (words.whole ? [own] : []) + (words.each ? children(of: own.name) : [])
    }

    /// Whether `name` is a collective word, and which parts it names: the whole area (全区, 全市)
    /// and/or each child (各街道, 各区).
    public static func collective(_ name: String) -> (whole: Bool, each: Bool)? {
        let key = NameKey(name).folded
        let whole: Set<String> = ["全区", "全市", "本区", "本市"]
        let each: Set<String> = ["各街道", "各区", "各街道办事处", "各区政府", "各区人民政府"]
        if whole.contains(key) { return (true, false) }
        if each.contains(key) { return (false, true) }
        for joiner in ["及", "和", "、"] {
            let parts = key.components(separatedBy: joiner)
            if parts.count == 2, whole.contains(parts[0]), each.contains(parts[1]) { return (true, true) }
        }
        return nil
    }

    /// The canonical name of the scope whose name or alias is nearest to `name`; after a parent's
    /// name, nearest to the rest (`北京市朝阳县` → 朝阳区, not the city it starts with).
    public func suggestion(for name: String) -> String? {
        let candidates = scopes.flatMap { [$0.name] + $0.aliases }
        if let rest = QualifiedScopeName(self).rest(of: name), let near = NameKey.closest(to: rest, among: candidates) {
            return resolveByName(near)?.name
        }
        return NameKey.closest(to: name, among: candidates).flatMap { resolveByName($0)?.name }
    }
}
