import TrackerModel

/// What a target phrased as a year-on-year change (同比减少 10 %) was judged on, or why it could
/// not be: a fact, worded by `YearOnYearWording` in TrackerRendering.
///
/// ```swift
/// ScorecardNote.yearOnYear(.lastYearMissing(from: YearMonth(2024, 1), to: YearMonth(2024, 5)))
/// ```
public enum YearOnYearNote: Hashable, Sendable {
    /// The change the target was held against: last year's displayed value, the change, and where
    /// last year came from (the data or a ledger).
    case change(YearOnYearChange)
    /// Neither the data nor a ledger hold last year's same months.
    case lastYearMissing(from: YearMonth, to: YearMonth)
    /// 口径敏感: the change from the two full values gets another outcome than the change as
    /// published (from the displayed values), which decides: both, with the full change unrounded.
    case boundarySensitive(fullChange: Double, full: Assessment.Outcome, published: Assessment.Outcome)
    /// Last year's displayed value is 0: no change in % can be formed.
    case lastYearZero(from: YearMonth, to: YearMonth)
}
