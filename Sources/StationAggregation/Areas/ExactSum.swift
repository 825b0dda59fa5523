/// A sum of doubles kept as an unevaluated pair hi + lo (TwoSum, Knuth): every addition's
/// rounding error is carried in `lo`, so the sum is exact while the addends span less than about
/// 100 binary orders of magnitude — always, for concentrations. An exact sum does not depend on
/// the order of the additions, which is what lets the cores add stations to an area in whatever
/// order they finish and still print the same digits; `value` rounds once, so for one or two
/// addends it equals the plain `a + b` of `AreaAggregation`.
///
/// ```swift
/// var s = ExactSum()
/// s.add(0.1); s.add(0.2); s.add(0.3)
/// s.value        // 0.6 (the plain left-to-right sum gives 0.6000000000000001)
/// ```
struct ExactSum: Equatable {
    private(set) var hi = 0.0
    private(set) var lo = 0.0

    @inline(__always)
    mutating func add(_ x: Double) {
        let s = hi + x
        let b = s - hi
        let error = (hi - (s - b)) + (x - b)
        hi = s
        lo += error
    }

    mutating func add(_ other: ExactSum) {
        add(other.hi)
        add(other.lo)
    }

    var value: Double { hi + lo }
}
