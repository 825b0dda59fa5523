import Foundation
import TrackerModel

/// A linear value axis with round tick values (1, 2, 2.5 or 5 × 10ⁿ apart) that covers the
/// values a chart draws.
///
/// ```swift
/// let s = ChartScale(covering: [27.4, 48.2, 32])
/// s.ticks                              // [20, 30, 40, 50]
/// s.position(30, from: 200, to: 40)    // 200 at the lower end, 40 at the upper
/// ```
struct ChartScale {
    var lower: Double
    var upper: Double
    var step: Double
    var ticks: [Double]

    init(covering values: [Double], includeZero: Bool = false, tickCount: Int = 5) {
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        if hi - lo < 1e-9 {
            // A flat series still needs an axis: one step either side.
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad; hi += pad
            if includeZero, values.allSatisfy({ $0 >= 0 }) { lo = max(lo, 0) }
        }
        let step = ChartScale.niceStep((hi - lo) / Double(max(1, tickCount - 1)))
        let first = (lo / step + 1e-9).rounded(.down) * step
        let last = (hi / step - 1e-9).rounded(.up) * step
        var ticks: [Double] = []
        var i = 0
        while first + Double(i) * step <= last + step * 1e-6 {
            ticks.append(first + Double(i) * step)
            i += 1
        }
        self.lower = first; self.upper = max(last, first + step); self.step = step; self.ticks = ticks
    }

    /// The round step at or above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for m in [1, 2, 2.5, 5, 10] as [Double] where m * magnitude >= raw * (1 - 1e-9) { return m * magnitude }
        return 10 * magnitude
    }

    /// Decimals a tick label needs (2.5 → 1, 0.25 → 2, 5 → 0).
    var decimals: Int {
        var d = 0
        while d < 6, abs((step * pow(10, Double(d))).rounded() - step * pow(10, Double(d))) > 1e-6 { d += 1 }
        return d
    }

    func label(_ value: Double) -> String { NumberFormat.fixed(value, decimals) }

    /// Maps the axis onto screen coordinates: `lower` to `from`, `upper` to `to`. Values
    /// beyond the axis are clamped to its ends.
    func position(_ value: Double, from: Double, to: Double) -> Double {
        let t = (min(max(value, lower), upper) - lower) / (upper - lower)
        return from + t * (to - from)
    }

    func contains(_ value: Double) -> Bool { value >= lower - 1e-9 && value <= upper + 1e-9 }
}
