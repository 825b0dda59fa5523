/// An inequality or equality between an observed value and a bound.
///
/// ```swift
/// Relation.atMost.holds(29, 29)   // true
/// Relation.below.holds(29, 29)    // false
/// ```
public enum Relation: String, Hashable, Sendable, CaseIterable {
    case atMost = "<="
    case below = "<"
    case atLeast = ">="
    case above = ">"
    case equal = "=="

    /// Comparison slack for values computed in binary floating point: a mean of 29.000000000004
    /// is 29 [project rule, docs/air-quality.md §4].
    public static let slack = 1e-9

    public func holds(_ value: Double, _ bound: Double) -> Bool {
        let eps = Relation.slack * max(1, abs(bound))
        switch self {
        case .atMost: return value <= bound + eps
        case .below: return value < bound - eps
        case .atLeast: return value >= bound - eps
        case .above: return value > bound + eps
        case .equal: return abs(value - bound) <= eps
        }
    }

    /// The sign as plans and reports print it.
    public var symbol: String {
        switch self {
        case .atMost: "≤"
        case .below: "<"
        case .atLeast: "≥"
        case .above: ">"
        case .equal: "="
        }
    }

    /// The direction a value must move to satisfy the relation: −1 down, +1 up, 0 either.
    public var direction: Double {
        switch self {
        case .atMost, .below: -1
        case .atLeast, .above: 1
        case .equal: 0
        }
    }
}
