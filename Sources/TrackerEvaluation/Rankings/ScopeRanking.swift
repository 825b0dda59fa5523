import TrackerModel

/// A ranking with the scopes it ranks: a level, and the scope they lie within (nil: all of the
/// level in the data). What `tracker rank` prints and the HTML report draws.
///
/// ```swift
/// let streets = ScopeRanking(ranking: ranking, level: .street, within: "西城区")
/// streets.isStreetTable   // true: the district's street table with its 区级倒排名
/// ```
public struct ScopeRanking: Hashable, Sendable {
    public var ranking: Ranking
    public var level: ScopeLevel
    public var within: String?

    public init(ranking: Ranking, level: ScopeLevel, within: String?) {
        self.ranking = ranking; self.level = level; self.within = within
    }

    /// Streets within one scope: published as the district's street table, worst first.
    public var isStreetTable: Bool { Self.isStreetTable(level: level, within: within) }

    /// Whether streets within `within` are asked for (`rank --level street --within 西城区`).
    public static func isStreetTable(level: ScopeLevel, within: String?) -> Bool { level == .street && within != nil }
}
