/// The result of holding one value against a comparator: an outcome and a margin.
///
/// The margin is signed so that positive is headroom and negative is shortfall, in the
/// indicator's unit: `≤ 29` with 27.5 observed has margin +1.5; `≥ 78` with 75 has −3.
public struct Assessment: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable {
        case met, withinTolerance = "within_tolerance", missed
    }

    public var outcome: Outcome
    public var margin: Double?
    /// Conditions that the met alternative of an `anyOf` still depends on.
    public var conditions: [String]

    public init(_ outcome: Outcome, margin: Double?, conditions: [String] = []) {
        self.outcome = outcome
        self.margin = margin
        self.conditions = conditions
    }
}

extension Comparator {
    /// Holds `value` against the comparator. `baseline` is the baseline year's value, needed by
    /// `reduction`; for `yearOnYear`, `value` is the change in % (同比), not the period value. Nil when the comparator cannot be assessed (deferred, not applicable, or a
    /// reduction without its baseline).
    public func assess(_ value: Double, polarity: Polarity, baseline: Double? = nil) -> Assessment? {
        switch self {
        case .bound(let relation, let bound):
            let met = relation.holds(value, bound)
            let direction = relation.direction == 0 ? polarity.sign : relation.direction
            let margin = relation == .equal ? -abs(value - bound) : direction * (value - bound)
            return Assessment(met ? .met : .missed, margin: Comparator.clean(margin))
        case .fraction(let relation, let fraction):
            // Exact: 33.3 % is 333/1000, below 1/3; no float slack decides a share.
            let order = fraction.compare(percent: value)
            let met: Bool = switch relation {
            case .atMost: order != .orderedDescending
            case .below: order == .orderedAscending
            case .atLeast: order != .orderedAscending
            case .above: order == .orderedDescending
            case .equal: order == .orderedSame
            }
            let direction = relation.direction == 0 ? polarity.sign : relation.direction
            let margin = relation == .equal ? -abs(value - fraction.percent) : direction * (value - fraction.percent)
            return Assessment(met ? .met : .missed, margin: Comparator.clean(margin))
        case .approximately(let bound, let tolerance):
            let relation = polarity.bareRelation
            let margin = Comparator.clean(polarity.sign * (value - bound))
            if relation.holds(value, bound) { return Assessment(.met, margin: margin) }
            let edge = bound - polarity.sign * tolerance
            return Assessment(relation.holds(value, edge) ? .withinTolerance : .missed, margin: margin)
        case .between(let lo, let hi):
            let met = Relation.atLeast.holds(value, lo) && Relation.atMost.holds(value, hi)
            return Assessment(met ? .met : .missed, margin: Comparator.clean(min(value - lo, hi - value)))
        case .reduction(_, let amount, let relative):
            guard let baseline, baseline != 0 || !relative else { return nil }
            // Achieved reduction in the target's terms, "better" meaning lower for this indicator.
            let achieved = relative ? (baseline - value) / abs(baseline) * 100 : baseline - value
            let met = Relation.atLeast.holds(achieved, amount)
            // The margin is in the indicator's unit, like every other margin: the value allowed by
            // the reduction (baseline 10, −30 % → 7.0) minus the value.
            let allowed = relative ? baseline - abs(baseline) * amount / 100 : baseline - amount
            return Assessment(met ? .met : .missed, margin: Comparator.clean(allowed - value))
        case .yearOnYear(let relation, let bound):
            // value: the change in % against the same period last year (同比), held as a bound is.
            return Comparator.bound(relation, bound).assess(value, polarity: polarity)
        case .rank(let n, _):
            // value: the position counted from the worst (1 = worst); not in the bottom n means > n.
            let met = value > Double(n) + Relation.slack
            return Assessment(met ? .met : .missed, margin: Comparator.clean(value - Double(n) - 1))
        case .anyOf(let alternatives):
            var best: Assessment?
            for alternative in alternatives {
                guard var a = alternative.comparator.assess(value, polarity: polarity, baseline: baseline) else { continue }
                if let c = alternative.condition { a.conditions.append(c) }
                if a.outcome == .met, a.conditions.isEmpty { return a }
                if best == nil || a.outcome.rank < best!.outcome.rank { best = a }
            }
            return best
        case .deferred, .notApplicable:
            return nil
        }
    }

    /// −0 and float dust (1e-13) print as 0: margins must diff cleanly.
    static func clean(_ x: Double) -> Double {
        abs(x) < 1e-9 ? 0 : x
    }
}

extension Assessment.Outcome {
    fileprivate var rank: Int { self == .met ? 0 : self == .withinTolerance ? 1 : 2 }
}
