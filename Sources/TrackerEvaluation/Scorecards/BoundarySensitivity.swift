import TrackerModel

/// 口径敏感 (boundary-sensitive): the full value and the value as published get different
/// outcomes against the same target, so the verdict depends on which one is compared. Both are
/// kept, so that every format can show both verdicts (docs/evaluation.md, "The verdict at the boundary").
///
/// ```swift
/// // PM2.5 2024: 32.04 against ≤ 32 — published 32.0 meets, the full value misses.
/// row.boundary   // BoundarySensitivity(full: .missed, published: .met, fullValue: 32.04, publishedValue: 32.0, publishedDecimals: 1)
/// ```
public struct BoundarySensitivity: Hashable, Sendable {
    public var full: Assessment.Outcome
    public var published: Assessment.Outcome
    public var fullValue: Double
    public var publishedValue: Double
    public var publishedDecimals: Int

    public init(full: Assessment.Outcome, published: Assessment.Outcome, fullValue: Double, publishedValue: Double, publishedDecimals: Int) {
        self.full = full; self.published = published; self.fullValue = fullValue
        self.publishedValue = publishedValue; self.publishedDecimals = publishedDecimals
    }
}
