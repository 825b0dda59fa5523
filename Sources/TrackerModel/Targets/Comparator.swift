/// What a target requires of an indicator's value: a closed, typed set.
///
/// ```swift
/// let ceiling = Comparator.bound(.atMost, 29)
/// ceiling.assess(29.0, polarity: .lowerIsBetter)?.outcome         // .met
/// Comparator.approximately(4.5, tolerance: 0.5)
///     .assess(4.8, polarity: .lowerIsBetter)?.outcome              // .withinTolerance
/// ```
public indirect enum Comparator: Hashable, Sendable {
    /// `≤ 29`, `< 40`, `≥ 78`, `> 40`, `= 100`.
    case bound(Relation, Double)
    /// `≥ 1/3` (`不少于三分之一`): a share bound by an exact fraction, compared exactly; the value it
    /// is held against is in percent.
    case fraction(Relation, Fraction)
    /// `4.5左右`: the bound with a tolerance band on the worse side (polarity decides which).
    case approximately(Double, tolerance: Double)
    /// An inclusive range.
    case between(Double, Double)
    /// A reduction from the baseline year's value: by `amount` percent (`relative`) or units.
    case reduction(baselineYear: Int, amount: Double, relative: Bool)
    /// A change against the same period of the previous year (同比), in percent, held to the
    /// relation: `同比减少10%` is `.yearOnYear(.atMost, -10)` (the change ≤ −10 %), `同比下降` is
    /// `.yearOnYear(.below, 0)`, `同比增长5%` is `.yearOnYear(.atLeast, 5)`. The change is the one
    /// Beijing publishes, from the two displayed values (docs/rankings.md).
    case yearOnYear(Relation, Double)
    /// Not among the bottom `n` (of `m`, when the plan says).
    case rank(notInBottom: Int, of: Int?)
    /// Met when any alternative is met (重点建设用地安全利用率 100 %, or ≥ 95 % with a condition).
    case anyOf([Alternative])
    /// Refers to a higher level's target (达到市级要求); the phrase as printed.
    case deferred(String)
    /// `—`: no target for this scope.
    case notApplicable

    /// One branch of `anyOf`, optionally with a condition that data cannot check.
    public struct Alternative: Hashable, Sendable {
        public var comparator: Comparator
        public var condition: String?
        public init(_ comparator: Comparator, condition: String? = nil) {
            self.comparator = comparator
            self.condition = condition
        }
    }

    /// The stable name used in JSON and CSV: `<=`, `<`, `>=`, `>`, `==`, `approx`, `between`,
    /// `reduction`, `year_on_year`, `rank`, `any_of`, `deferred`, `not_applicable`.
    public var code: String {
        switch self {
        case .bound(let r, _), .fraction(let r, _): r.rawValue
        case .approximately: "approx"
        case .between: "between"
        case .reduction: "reduction"
        case .yearOnYear: "year_on_year"
        case .rank: "rank"
        case .anyOf: "any_of"
        case .deferred: "deferred"
        case .notApplicable: "not_applicable"
        }
    }

    /// The headline number (the bound; for `between` the lower end; for `anyOf` the first branch's).
    public var value: Double? {
        switch self {
        case .bound(_, let v), .approximately(let v, _): v
        case .fraction(_, let f): f.percent
        case .between(let lo, _): lo
        case .reduction(_, let amount, _): amount
        case .yearOnYear(_, let change): change
        case .rank(let n, _): Double(n)
        case .anyOf(let alternatives): alternatives.first?.comparator.value
        case .deferred, .notApplicable: nil
        }
    }

    public var tolerance: Double? {
        if case .approximately(_, let t) = self { return t }
        return nil
    }

    /// Whether a measurement can be held against it (deferred and not-applicable cannot).
    public var isCheckable: Bool {
        switch self {
        case .deferred, .notApplicable: false
        default: true
        }
    }
}
