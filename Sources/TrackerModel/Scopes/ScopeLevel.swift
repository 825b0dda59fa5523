/// Where a scope sits in the hierarchy city → district → street.
public enum ScopeLevel: String, Hashable, Sendable, CaseIterable, Comparable {
    case city, district, street

    public static func < (a: ScopeLevel, b: ScopeLevel) -> Bool { a.depth < b.depth }
    public var depth: Int { self == .city ? 0 : self == .district ? 1 : 2 }
    /// How the plans say "each child of …": 各区, 各街道.
    public var zhEach: String { self == .district ? "各区" : self == .street ? "各街道" : "全市" }
}
