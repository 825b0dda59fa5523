/// A piecewise-linear IAQI scale: concentration breakpoints and the IAQI at each (HJ 633 Table 1).
///
/// ```swift
/// let pm25 = StandardVersion.hj633_2012.breakpoints(for: .pm25)
/// pm25?.rawIndex(for: 75)    // 100  (exactly on a breakpoint → the lower segment's top)
/// pm25?.rawIndex(for: 76)    // 101.25 (not yet rounded up)
/// pm25?.rawIndex(for: 600)   // 500  (above the last breakpoint) [project rule]
/// ```
public struct BreakpointTable: Sendable, Equatable {
    /// Ascending concentrations, starting at 0.
    public let concentrations: [Double]
    /// IAQI at each concentration.
    public let indices: [Double]

    init(_ points: [(concentration: Double, index: Double)]) {
        concentrations = points.map(\.concentration)
        indices = points.map(\.index)
    }

    /// The highest concentration with a defined IAQI.
    public var lastConcentration: Double { concentrations.last ?? 0 }

    /// The IAQI before rounding up, on the segment BP_lo < C ≤ BP_hi; C ≤ 0 gives 0 and C above
    /// the last breakpoint gives 500 [project rule].
    public func rawIndex(for concentration: Double) -> Double {
        guard concentration > 0 else { return 0 }
        for upper in 1..<concentrations.count where concentration <= concentrations[upper] {
            let lower = upper - 1
            let (bpLo, bpHi) = (concentrations[lower], concentrations[upper])
            let (iLo, iHi) = (indices[lower], indices[upper])
            return (iHi - iLo) / (bpHi - bpLo) * (concentration - bpLo) + iLo
        }
        return 500
    }
}
