import TrackerModel

/// One target's line on a scorecard: what was observed, what was compared, the verdict, and
/// what the rest of the period must achieve.
///
/// ```swift
/// let row = scorecard.row(scope: "德胜街道", indicator: "pm25_annual_mean")!
/// row.verdict                  // .atRisk
/// row.requiredRest?.requirement // .average(.days(184))
/// row.notes                    // [] or facts such as .shortMonths([…])
/// ```
public struct ScorecardRow: Hashable, Sendable {
    public var target: Target
    /// The comparator actually applied (a deferred target's resolved one, when it resolved).
    public var effectiveComparator: TrackerModel.Comparator
    /// The target a deferred one resolved to (beijing-2025 北京市, its seed line).
    public var resolvedFrom: TargetReference?
    public var indicatorZh: String
    public var unit: TrackerModel.Unit
    public var precision: Int
    public var polarity: Polarity
    /// The full (unrounded) period value.
    public var observed: Double?
    /// The value held against the target: the published value (the default), the full value
    /// under `compare full`, or the rounded one under `compare rounded N`.
    public var comparedValue: Double?
    /// The period value as published: rounded once, half to even, at `publishedDecimals`.
    public var publishedValue: Double? = nil
    /// The indicator's publication precision for the target's period.
    public var publishedDecimals: Int? = nil
    /// How the value was compared (the target's `compare`, else the run's).
    public var comparison: Target.Comparison = .published
    /// Set when the full value and the published value get different outcomes (口径敏感).
    public var boundary: BoundarySensitivity? = nil
    public var verdict: Verdict
    public var margin: Double?
    public var requiredRest: RequiredRest?
    public var validDays: Int?
    public var expectedDays: Int?
    /// Why a verdict is what it is, when that needs saying (short months, exclusions, conditions),
    /// as facts; renderers word them.
    public var notes: [ScorecardNote]
    /// The seasonal projection of the period value, when last year's same months are in the data.
    public var seasonalProjection: Double?
    /// Other places the same target is stated (a table cell restated in the running text).
    public var alsoStatedAt: [Int]
    /// How the indicator's period value forms (nil when the indicator is not in the catalog).
    public var kind: IndicatorKind? = nil
    /// The monthly rows of this scope and indicator inside the target's period up to the as-of
    /// month, in month order: what a report charts. Yearly rows are not in it.
    public var monthly: [TrackerModel.Measurement] = []
    /// Calendar days of the period up to the month evaluated: what the valid days are counted against.
    public var elapsedDays: Int? = nil
    /// Whether the period is complete at the month evaluated: nothing remains, verdicts are final.
    public var periodComplete = false
    /// Months of the period under the valid-day minimum (27 days, February 25, excluded days
    /// counted, docs/air-quality.md §9); only for the kinds that have minimums. What a report marks short.
    public var shortMonths: [YearMonth] = []
    /// How many decimals the observed value needs so that its rounded text gets the outcome the
    /// full value gets (35.6 shown as 36 would seem to meet ≥ 36).
    public var observedDigits: ObservedDigits = .precision
    /// The same months of last year and the change in % (同比), when the data hold them.
    public var yearOnYear: YearOnYearChange? = nil

    public var scope: String { target.scope }
    public var indicator: String { target.indicator }
}

/// The decimals at which a row's observed value reads true to its verdict.
///
/// ```swift
/// // 31.01 against ≤ 31 at precision 0 reads "31", which would meet: it needs two decimals.
/// row.observedDigits   // .decimals(2)
/// ```
public enum ObservedDigits: Hashable, Sendable {
    /// The indicator's precision shows it truthfully.
    case precision
    /// More decimals than the precision.
    case decimals(Int)
    /// No rounding up to 6 decimals does: the value in full.
    case full
}
