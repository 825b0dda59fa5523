/// One target: a comparator over an indicator, for a scope and period, with its provenance.
///
/// ```swift
/// let t = plan.targets.first { $0.scope == "德胜街道" && $0.indicator == "pm25_annual_mean" }!
/// t.comparator         // .bound(.atMost, 31)
/// t.provenance.seedLine // 1554
/// ```
public struct Target: Hashable, Sendable {
    /// How a statistic is compared with the bound (GB/T 8170 §4.3).
    public enum Comparison: Hashable, Sendable {
        /// 全数值比较法: the unrounded value (the default when a document says nothing).
        case full
        /// 修约值比较法: the value rounded half-to-even at this many decimals.
        case rounded(decimals: Int)
        /// The value as published: rounded once, half-to-even, at the indicator's publication
        /// precision for the period (`published` in the catalog; PM2.5 0 decimals through 2023,
        /// 1 from 2024). What leaders read; the default of a run (docs/evaluation.md).
        case published
    }

    public var plan: String
    /// The scope's printed name (see `ScopeDirectory`).
    public var scope: String
    public var scopeLevel: ScopeLevel
    /// Indicator id.
    public var indicator: String
    public var comparator: Comparator
    public var period: Period
    public var deadline: Deadline
    /// How this target compares, when its file says (`compare full|published|rounded N`); nil:
    /// the run's choice (`--compare`, by default `published`).
    public var comparison: Comparison?
    public var owners: [String]
    public var assisting: [String]
    public var provenance: Provenance
    /// Set when the target reached this scope through 各街道 / 各区 rather than its own row.
    public var inheritedFrom: String?
    /// For targets split out of a compound cell `100(100,0)`: the header indicator it belongs to.
    public var partOf: String?

    public init(plan: String, scope: String, scopeLevel: ScopeLevel, indicator: String, comparator: Comparator,
                period: Period, deadline: Deadline, comparison: Comparison? = nil, owners: [String] = [],
                assisting: [String] = [], provenance: Provenance, inheritedFrom: String? = nil, partOf: String? = nil) {
        self.plan = plan; self.scope = scope; self.scopeLevel = scopeLevel; self.indicator = indicator
        self.comparator = comparator; self.period = period; self.deadline = deadline
        self.comparison = comparison; self.owners = owners; self.assisting = assisting
        self.provenance = provenance; self.inheritedFrom = inheritedFrom; self.partOf = partOf
    }

    /// The key under which two plans' targets are compared: scope and indicator.
    public var key: TargetKey { TargetKey(scope: scope, indicator: indicator) }

    /// Scope, indicator and period: one requirement of a plan, which a restatement (a table cell
    /// restated in the running text) shares.
    public var periodKey: TargetKey { TargetKey(scope: scope, indicator: indicator, period: period) }
}

/// Scope × indicator (× period, where one plan may set several): what a scorecard row or a diff
/// line is about.
///
/// ```swift
/// TargetKey(scope: "德胜街道", indicator: "pm25_annual_mean")
/// TargetKey(scope: "西城区", indicator: "pm25_annual_mean", period: .year(2025))
/// ```
public struct TargetKey: Hashable, Sendable, Comparable {
    public var scope: String
    public var indicator: String
    /// Nil when the key stands for every period.
    public var period: Period?
    public init(scope: String, indicator: String, period: Period? = nil) {
        self.scope = scope; self.indicator = indicator; self.period = period
    }
    public static func < (a: TargetKey, b: TargetKey) -> Bool {
        if (a.scope, a.indicator) != (b.scope, b.indicator) { return (a.scope, a.indicator) < (b.scope, b.indicator) }
        switch (a.period, b.period) {
        case let (x?, y?): return (x.first, x.last) < (y.first, y.last)
        case (nil, _?): return true
        default: return false
        }
    }
}
