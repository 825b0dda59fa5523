import TrackerModel

/// Why a scorecard row's verdict is what it is, when that needs saying: a fact with its values,
/// never a sentence. Renderers word each case (`ScorecardWording` in TrackerRendering), so every
/// format and every language says the same thing. Numbers are unrounded; they are printed at the
/// row's precision and in its unit.
///
/// ```swift
/// let note = ScorecardNote.shortMonths([.init(YearMonth(2025, 7), days: 26)])
/// if case .shortMonths(let months) = note { months[0].days }   // 26
/// ```
public indirect enum ScorecardNote: Hashable, Sendable {
    /// A month with a count of days: a short month's valid days, a month's excluded days.
    public struct MonthDays: Hashable, Sendable {
        public var month: YearMonth
        public var days: Int
        public init(_ month: YearMonth, days: Int) { self.month = month; self.days = days }
    }

    /// Where a cumulative quantity's gain so far is counted from.
    public enum Start: Hashable, Sendable {
        /// The last value before the period (累计 totals that run over several years).
        case value(Double, at: TrackerModel.Measurement.Period)
        /// Nothing before the period in the data: counted from 0 at its start.
        case zero(atStartOf: Period)
    }

    /// 口径敏感: the full value and the published value get different outcomes; both are given.
    case boundarySensitive(BoundarySensitivity)
    /// A deferred target (达到市级要求) whose higher-level target is not loaded; the plan's phrase.
    case higherTargetNotLoaded(phrase: String)
    /// No row of this scope and indicator in the data.
    case noData
    /// Rows, but none inside the period up to the month evaluated.
    case noDataInPeriod(Period, upTo: YearMonth)
    /// A month left out by exclusion flags (sand dust …).
    case excludedMonth(YearMonth, flags: [String])
    /// A month some of whose days were left out.
    case excludedDays(MonthDays)
    /// The period value with no exclusion applied.
    case valueWithoutExclusions(Double)
    /// Some month gave no valid days, so calendar days weighed it.
    case validityUnknown
    /// A note about the baseline year of a reduction target.
    case baseline(year: Int, ScorecardNote)
    /// A reduction target's baseline year has no value in the data.
    case noBaseline(year: Int)
    /// A year-on-year target's change (同比), or why it has none.
    case yearOnYear(YearOnYearNote)
    /// An alternative's condition, in the plan's own words (provided that …).
    case condition(String)
    /// Months under the valid-day minimum, with their valid days.
    case shortMonths([MonthDays])
    /// Months of the period up to the month evaluated with no row.
    case monthsWithoutData([YearMonth])
    /// A complete period with fewer valid days than `yearMinimum` a year.
    case shortYear(validDays: Int, yearMinimum: Int)
    /// A count at this period's pace so far, for the whole period.
    case pace(Double)
    /// A cumulative quantity's gain a month so far, and where it is counted from.
    case soFar(perMonth: Double, from: Start)
    /// The seasonal projection of the period value (this year to date × last year's whole period ÷
    /// its same months), which decides the provisional verdict.
    case seasonalProjection(Double, period: Period)
    /// An approximate target's number is out of reach, its tolerance band is not: what the rest
    /// must achieve to end within the band.
    case onlyBandReachable(RequiredRest)
}
