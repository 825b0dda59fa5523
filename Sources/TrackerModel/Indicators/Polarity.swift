/// Which direction is better for an indicator. It decides what a bare number in a plan means:
/// `29` under PM2.5 (lower is better) is a ceiling, `78` under 优良天数比率 a floor.
///
/// ```swift
/// Polarity.lowerIsBetter.bareRelation   // .atMost
/// ```
public enum Polarity: String, Hashable, Sendable, CaseIterable {
    case lowerIsBetter = "lower"
    case higherIsBetter = "higher"

    /// The relation a bare number stands for.
    public var bareRelation: Relation { self == .lowerIsBetter ? .atMost : .atLeast }

    /// +1 when larger values are better, −1 when smaller are: margins are `sign × (value − bound)`.
    public var sign: Double { self == .higherIsBetter ? 1 : -1 }
}
