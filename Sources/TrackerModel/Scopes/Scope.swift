/// An area a target applies to: 北京市, a district (or 北京经济技术开发区), or a street.
///
/// ```swift
/// let desheng = scopes.resolve("德胜街道")!
/// desheng.level    // .street
/// desheng.parent   // "西城区"
/// ```
public struct Scope: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The name as the plans print it; scopes are identified by it.
    public var name: String
    public var level: ScopeLevel
    public var parent: String?
    public var en: String
    public var aliases: [String]
    /// Position in the scope catalog: the plans' own order (districts east to west, streets as
    /// printed), used to sort output deterministically and familiarly.
    public var order: Int

    public init(name: String, level: ScopeLevel, parent: String?, en: String, aliases: [String] = [], order: Int = 0) {
        self.name = name; self.level = level; self.parent = parent; self.en = en
        self.aliases = aliases; self.order = order
    }

    public var description: String { name }

    public static func < (a: Scope, b: Scope) -> Bool {
        a.order != b.order ? a.order < b.order : a.name < b.name
    }
}
