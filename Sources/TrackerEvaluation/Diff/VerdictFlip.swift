import TrackerModel

/// A target whose verdict differs between two evaluations, with what changed to cause it.
///
/// ```swift
/// let flips = ScorecardComparison(old: card2012, new: card2026,
///                                 context: .init(sameData: true, oldStandard: "HJ 633—2012", newStandard: "HJ 633—2026")).flips
/// flips.first?.causes   // [.standardChanged]
/// ```
public struct VerdictFlip: Hashable, Sendable {
    public enum Cause: String, Hashable, Sendable, CaseIterable {
        /// The comparator (or the indicator's definition) differs.
        case targetChanged = "target_changed"
        /// The same data, aggregated under another AQI standard (HJ 633—2012 vs —2026).
        case standardChanged = "standard_changed"
        /// The same value, judged valid on one side and insufficient on the other.
        case validityRuleChanged = "validity_rule_changed"
        /// The measurements differ (in a ledger: the month was recorded again from revised data).
        case dataChanged = "data_changed"
        /// One more month of the same data: consecutive months of a ledger (`tracker changes`);
        /// `diff` of two scorecards does not give it.
        case newMonthOfData = "new_month_of_data"
    }

    public var scope: String
    public var indicator: String
    public var indicatorZh: String
    public var old: ScorecardRow
    public var new: ScorecardRow
    public var causes: [Cause]
}
