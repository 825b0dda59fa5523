/// 同比 as Beijing publishes it: (this year ÷ last year − 1) × 100, from the two displayed values,
/// rounded once to 0.1 % by GB/T 8170 (half to even). Computed on the displayed values scaled to
/// integers, so the result is exact (no binary fraction decides a half).
///
/// ```swift
/// YearOnYear.changePercent(this: 85, last: 80, decimals: 0)     // 6.2   (6.25 → 6.2, half to even)
/// YearOnYear.changePercent(this: 41.3, last: 45.0, decimals: 1) // -8.2
/// YearOnYear.changePercent(this: 5, last: 0, decimals: 0)       // nil   (no change from zero)
/// ```
public enum YearOnYear {
    /// Nil when last year's displayed value is zero or negative.
    public static func changePercent(this: Double, last: Double, decimals: Int) -> Double? {
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let a = Int((this * scale).rounded()), b = Int((last * scale).rounded())
        guard b > 0 else { return nil }
        // change × 10 = 1000 (a − b) / b, rounded half to even.
        let numerator = 1000 * (a - b)
        var quotient = numerator / b
        var remainder = numerator % b
        if remainder < 0 { quotient -= 1; remainder += b }   // floor division
        let twice = 2 * remainder
        if twice > b || (twice == b && quotient % 2 != 0) { quotient += 1 }
        return Double(quotient) / 10
    }
}
