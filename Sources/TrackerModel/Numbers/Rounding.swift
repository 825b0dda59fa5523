import Foundation

/// Rounding rules of GB/T 8170—2008 and HJ 633, in one place.
///
/// ```swift
/// Rounding.halfEven(74.5, decimals: 0)   // 74   (四舍六入五成双)
/// Rounding.halfEven(2.35, decimals: 1)   // 2.4
/// Rounding.ceilInteger(50.000_000_000_1) // 50   (HJ 633 全部进位, with float slack)
/// ```
public enum Rounding {
    /// A binary value within this distance of a half (or of an integer, for `ceilInteger`)
    /// is treated as exactly on it [project rule, docs/air-quality.md §4].
    public static let slack = 1e-9

    /// GB/T 8170 half-to-even at `decimals` places. Values that are a half within `slack`
    /// (after scaling) round to the even neighbour; 2.35 is stored as 2.34999… and still rounds to 2.4.
    public static func halfEven(_ value: Double, decimals: Int) -> Double {
        guard value.isFinite else { return value }
        let scale = pow(10.0, Double(decimals))
        let scaled = value * scale
        let floorValue = scaled.rounded(.down)
        let fraction = scaled - floorValue
        let result: Double
        if abs(fraction - 0.5) <= slack * max(1, abs(scaled)) * 1e-3 + slack {
            result = floorValue.truncatingRemainder(dividingBy: 2) == 0 ? floorValue : floorValue + 1
        } else {
            result = scaled.rounded(.toNearestOrAwayFromZero)
        }
        return result / scale
    }

    /// HJ 633 "全部进位取整数": round up to an integer; a value within `slack` above an
    /// integer counts as that integer.
    public static func ceilInteger(_ value: Double) -> Double {
        let down = value.rounded(.down)
        if value - down <= slack { return down }
        return down + 1
    }
}
