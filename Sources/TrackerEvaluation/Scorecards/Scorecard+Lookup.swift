import TrackerModel

extension Scorecard {
    /// The verdict for a scope and an indicator, named by id or by its Chinese name.
    ///
    /// ```swift
    /// card.verdict(scope: "德胜街道", indicator: "PM2.5年均浓度")   // .onTrack
    /// ```
    public func verdict(scope: String, indicator: String) -> Verdict? {
        rows.first { $0.scope == scope && ($0.indicator == indicator || NameKey($0.indicatorZh) == NameKey(indicator)) }?.verdict
    }

    /// Every verdict that differs from `old`'s, with its causes.
    ///
    /// ```swift
    /// let flips = after.flips(from: before)   // same data unless said otherwise
    /// ```
    public func flips(from old: Scorecard, sameData: Bool = true, oldStandard: String? = nil, newStandard: String? = nil) -> [VerdictFlip] {
        ScorecardComparison(old: old, new: self, context: .init(sameData: sameData, oldStandard: oldStandard, newStandard: newStandard)).flips
    }
}
