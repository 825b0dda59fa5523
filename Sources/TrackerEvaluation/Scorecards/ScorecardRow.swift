import TrackerModel

/// One target's line on a scorecard: what was observed, what was compared, the verdict, and
/// what the rest of the period must achieve.
///
/// ```swift
/// let row = scorecard.row(scope: "德胜街道", indicator: "pm25_annual_mean")!
/// row.verdict          // .atRisk
/// row.requiredRest?.text
/// ```
public struct ScorecardRow: Hashable, Sendable {
    public var target: Target
    /// The comparator actually applied (a deferred target's resolved one, when it resolved).
    public var effectiveComparator: TrackerModel.Comparator
    /// Where a deferred target resolved to ("beijing-2025 北京市").
    public var resolvedFrom: String?
    public var indicatorZh: String
    public var unit: TrackerModel.Unit
    public var precision: Int
    public var polarity: Polarity
    /// The full (unrounded) period value.
    public var observed: Double?
    /// The value held against the target: the full value, or the rounded one under `compare rounded N`.
    public var comparedValue: Double?
    public var verdict: Verdict
    public var margin: Double?
    public var requiredRest: RequiredRest?
    public var validDays: Int?
    public var expectedDays: Int?
    /// Why a verdict is what it is, when that needs saying (short months, exclusions, conditions).
    public var notes: [String]
    /// The seasonal projection of the period value, when last year's same months are in the data.
    public var seasonalProjection: Double?
    /// Other places the same target is stated (a table cell restated in the running text).
    public var alsoStatedAt: [Int]
    /// How the indicator's period value forms (nil when the indicator is not in the catalog).
    public var kind: IndicatorKind? = nil
    /// The monthly rows of this scope and indicator inside the target's period up to the as-of
    /// month, in month order: what a report charts. Yearly rows are not in it.
    public var monthly: [TrackerModel.Measurement] = []

    public var scope: String { target.scope }
    public var indicator: String { target.indicator }
}

/// What the rest of the period must achieve for a target to be met.
public struct RequiredRest: Hashable, Sendable {
    /// The number (an average, a budget, a pace), in the indicator's unit unless the text says otherwise.
    public var value: Double
    public var text: String
}
