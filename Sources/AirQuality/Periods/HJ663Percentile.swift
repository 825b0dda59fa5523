/// The percentile of HJ 663: sort ascending, k = 1 + (n − 1)·p/100, s = ⌊k⌋,
/// X = X_s + (X_{s+1} − X_s)(k − s), positions counted from 1.
///
/// ```swift
/// HJ663Percentile.value(of: [1, 2, 3, 4, 5], percentile: 90)   // 4.6
/// ```
public enum HJ663Percentile {
    /// Nil for an empty list or a percentile outside 0…100.
    public static func value(of values: [Double], percentile p: Double) -> Double? {
        guard !values.isEmpty, (0...100).contains(p) else { return nil }
        let sorted = values.sorted()
        let k = 1 + Double(sorted.count - 1) * p / 100
        let s = Int(k.rounded(.down))
        let lower = sorted[s - 1]
        guard s < sorted.count else { return lower }
        return lower + (sorted[s] - lower) * (k - Double(s))
    }
}
