import TrackerModel

/// What a chart draws for a target: a line at the bound, and a band for `4.5左右` (± tolerance)
/// or a range. Comparators without a number of their own (a reduction against a baseline that
/// the row does not carry, a rank, a deferral) draw nothing; the text still says the target.
///
/// ```swift
/// TargetMark.of(.approximately(4.5, tolerance: 0.5))   // line 4.5, band 4.0…5.0
/// TargetMark.of(.deferred("达到市级要求"))               // nil
/// ```
struct TargetMark {
    var line: Double
    var band: ClosedRange<Double>?

    static func of(_ comparator: TrackerModel.Comparator) -> TargetMark? {
        switch comparator {
        case .bound(_, let v): TargetMark(line: v, band: nil)
        case .fraction(_, let f): TargetMark(line: f.percent, band: nil)
        case .approximately(let v, let t): TargetMark(line: v, band: (v - t)...(v + t))
        case .between(let lo, let hi): TargetMark(line: lo, band: lo...hi)
        // The first alternative is the one the plan leads with (and the one projections aim at).
        case .anyOf(let alternatives): alternatives.first.flatMap { of($0.comparator) }
        case .reduction, .yearOnYear, .rank, .deferred, .notApplicable: nil
        }
    }

    /// Every value the mark spans, for an axis to cover.
    var values: [Double] { [line] + (band.map { [$0.lowerBound, $0.upperBound] } ?? []) }
}
