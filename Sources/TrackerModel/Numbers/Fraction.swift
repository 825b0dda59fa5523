/// An exact fraction as a plan prints it (`三分之一`, `1/3`): kept as numerator and denominator so
/// that a target reads as written and compares exactly, never as a rounded decimal (≥ 33.3 %
/// would pass 333 of 1000 where the plan requires 334; docs/targets.md, "The cell grammar").
///
/// ```swift
/// let third = Fraction(1, 3)!
/// third.text                     // "1/3"
/// third.percent                  // 33.333…
/// third.compare(333, of: 1000)   // .orderedAscending: 333/1000 < 1/3
/// ```
public struct Fraction: Hashable, Sendable {
    public let numerator: Int
    public let denominator: Int

    /// Nil unless 0 ≤ numerator and 0 < denominator (and both small enough to multiply exactly).
    public init?(_ numerator: Int, _ denominator: Int) {
        guard numerator >= 0, denominator > 0, numerator < 1_000_000, denominator < 1_000_000 else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `1/3`.
    public var text: String { "\(numerator)/\(denominator)" }

    /// The fraction in percent, the unit a share indicator is measured in.
    public var percent: Double { Double(numerator) * 100 / Double(denominator) }

    /// Exact comparison of a count ratio `part / whole` with the fraction, in integers.
    public func compare(_ part: Int, of whole: Int) -> ComparisonOrder {
        let left = part * denominator, right = numerator * whole
        return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
    }

    /// Comparison of a percentage value with the fraction. The bound is the fraction itself, not a
    /// rounded decimal: 33.3 % (333 of 1000) and 33.333333 % are below 1/3, 33.34 % above. Only a
    /// computed value within binary float dust of it (1e-9 relative, the project's rule for every
    /// bound, docs/evaluation.md) counts as on it: 1000 / 3000 × 100 is exactly a third.
    public func compare(percent value: Double) -> ComparisonOrder {
        let exact = percent
        if abs(value - exact) <= 1e-9 * max(1, abs(exact)) { return .orderedSame }
        return value < exact ? .orderedAscending : .orderedDescending
    }

    /// The three outcomes of an exact comparison.
    public enum ComparisonOrder: Hashable, Sendable { case orderedAscending, orderedSame, orderedDescending }
}
