import TrackerModel

/// What the rest of the period must achieve for a target to be met, as numbers: the kind of
/// requirement with the days or months left, the relation the rest must hold to `value`, the
/// unit, and whether the outcome is already settled. Renderers word it (`ScorecardWording`).
///
/// ```swift
/// // 德胜街道 PM2.5 at 2025-06: the remaining 184 days must average ≤ 32.0 µg/m³.
/// let rest = RequiredRest(value: 32.02, requirement: .average(.days(184)), relation: .atMost,
///                         unit: .microgramPerCubicMetre, precision: 1)
/// rest.requirement.remaining   // .days(184)
/// ```
public struct RequiredRest: Hashable, Sendable {
    /// How much of the period is left.
    public enum Remaining: Hashable, Sendable {
        case days(Int)
        case months(Int)
    }

    /// The kind of requirement, with the numbers that only it has.
    public enum Requirement: Hashable, Sendable {
        /// The remaining days (a mean) or months (a mean of monthly values) must average `value`.
        case average(Remaining)
        /// The remaining days must have a share of `value` %, which allows at most `allowedDays`
        /// (whole) days of the other kind: non-good days for a good-day ratio, such days otherwise.
        case ratio(days: Int, allowedDays: Double)
        /// A count: `value` more in the remaining months, at most (lower is better) or at least.
        case budget(months: Int)
        /// A cumulative quantity: `total` more in the remaining months, `value` a month.
        case pace(total: Double, months: Int)
        /// A reported value: the latest value must reach `value` by the deadline.
        case latestValue(by: Deadline)

        /// The days or months left; nil for a latest value.
        public var remaining: Remaining? {
            switch self {
            case .average(let r): r
            case .ratio(let days, _): .days(days)
            case .budget(let months), .pace(_, let months): .months(months)
            case .latestValue: nil
            }
        }
    }

    /// Whether the rest can still change the outcome.
    public enum Standing: Hashable, Sendable {
        /// It decides.
        case open
        /// Met whatever the rest brings (the required average is beyond the good end of the range).
        case secured
        /// Cannot be met any more (the required average is beyond the bad end).
        case unreachable
    }

    /// The number (an average, a share, a budget, a monthly pace, a bound), in `unit`
    /// (a share in %), unrounded.
    public var value: Double
    public var requirement: Requirement
    /// How the rest must compare with `value`: at most for lower-is-better indicators, at least otherwise.
    public var relation: Relation
    public var unit: TrackerModel.Unit
    /// The indicator's decimals, at which `value` is printed.
    public var precision: Int
    public var standing: Standing

    /// `value` at `precision`, rounded toward the safe side (down for an at-most requirement, up
    /// for an at-least one): the one number every output shows for this requirement.
    public var safeValue: Double {
        NumberFormat.requirementValue(value, precision, ceiling: relation.direction < 0)
    }

    public init(value: Double, requirement: Requirement, relation: Relation, unit: TrackerModel.Unit, precision: Int,
                standing: Standing = .open) {
        self.value = value; self.requirement = requirement; self.relation = relation
        self.unit = unit; self.precision = precision; self.standing = standing
    }
}
