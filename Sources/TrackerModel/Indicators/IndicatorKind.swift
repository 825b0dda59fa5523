/// How a period's value forms from monthly values (docs/evaluation.md, "The period value, by indicator kind").
///
/// ```swift
/// IndicatorKind(rawValue: "day_ratio")   // .dayRatio: Σ(ratio × valid days) / Σ valid days
/// ```
public enum IndicatorKind: String, Hashable, Sendable, CaseIterable {
    /// Mean weighted by valid days (a concentration's annual mean).
    case mean
    /// Plain mean of monthly values, excluded months dropped (dustfall).
    case monthlyMean = "monthly_mean"
    /// A share of days, weighted by valid days.
    case dayRatio = "day_ratio"
    /// Summed over months (heavy-pollution days).
    case count
    /// The latest cumulative value reported (reductions, works completed to date).
    case cumulative
    /// The latest value a department reports (a rate).
    case reported
    /// The latest year-to-date share of a flow (new-energy registrations).
    case flowShare = "flow_share"
    /// Computed from a baseline year's value and the current value.
    case relativeChange = "relative_change"
    /// The latest rank reported.
    case rank

    /// Kinds whose monthly rows carry valid days (weights and the 27/25-day validity rule).
    public var usesValidDays: Bool { self == .mean || self == .dayRatio }
    /// Kinds held to the 27-day (February 25) month and 324-day year minimums: concentration
    /// means. A day ratio is valid with one valid day (docs/air-quality.md §7).
    public var hasValidDayMinimums: Bool { self == .mean }
    /// Kinds whose period value has a same period last year to set it against (同比): values
    /// formed from months (means, day ratios, counts, monthly means) and values reported as they
    /// stand (a department's figure, a year-to-date share). A cumulative total, a change from a
    /// baseline and a rank have none (docs/rankings.md, "同比").
    public var hasSamePeriodLastYear: Bool { [.mean, .dayRatio, .count, .monthlyMean, .reported, .flowShare].contains(self) }
}
