import TrackerModel

/// What a person asked to see of a scorecard: some indicators, some verdicts, one level of
/// scopes, and whether targets with no data at all are set aside (the default for tables and
/// reports: they would be pages of "insufficient data"). Facts for the renderers, which show
/// the rows in focus and say in one line what was set aside.
///
/// ```swift
/// var focus = ScorecardFocus()
/// focus.indicators = ["pm25_annual_mean"]
/// focus.verdicts = [.missed]
/// let failing = focus.apply(to: card, levelOf: { scopes[$0]?.level })   // the streets that miss PM2.5
/// failing.rowsWithoutData.count                                        // targets set aside for having no data
/// ```
public struct ScorecardFocus: Hashable, Sendable {
    /// Indicator ids; empty: every indicator.
    public var indicators: [String] = []
    /// Verdicts; empty: every verdict.
    public var verdicts: [Verdict] = []
    /// Only scopes of this level.
    public var level: ScopeLevel? = nil
    /// Rows with no data at all leave the tables of people (they stay in CSV, JSON and workbooks).
    public var setsAsideRowsWithoutData = false

    public init(indicators: [String] = [], verdicts: [Verdict] = [], level: ScopeLevel? = nil, setsAsideRowsWithoutData: Bool = false) {
        self.indicators = indicators
        self.verdicts = verdicts
        self.level = level
        self.setsAsideRowsWithoutData = setsAsideRowsWithoutData
    }

    /// Whether rows are filtered by indicator, verdict or level.
    public var narrows: Bool { !indicators.isEmpty || !verdicts.isEmpty || level != nil }

    /// Whether the row is in focus (the setting-aside of rows without data is the renderers' part).
    public func keeps(_ row: ScorecardRow, level rowLevel: ScopeLevel?) -> Bool {
        (indicators.isEmpty || indicators.contains(row.indicator))
            && (verdicts.isEmpty || verdicts.contains(row.verdict))
            && (level == nil || rowLevel == level)
    }

    /// The scorecard with only the rows in focus, and the focus recorded on it.
    public func apply(to card: Scorecard, levelOf: (String) -> ScopeLevel?) -> Scorecard {
        var focused = card
        focused.rows = card.rows.filter { keeps($0, level: levelOf($0.scope)) }
        focused.focus = self
        return focused
    }
}

extension Scorecard {
    /// Rows of the focus that a person's table leaves out: no data at all, when the focus sets
    /// them aside; otherwise none.
    public var rowsWithoutData: [ScorecardRow] {
        focus.setsAsideRowsWithoutData ? rows.filter(\.hasNoData) : []
    }

    /// The rows a person's table shows.
    public var rowsShown: [ScorecardRow] {
        focus.setsAsideRowsWithoutData ? rows.filter { !$0.hasNoData } : rows
    }
}

extension ScorecardRow {
    /// No measurement at all for this target in the period: nothing observed, no month, no valid day.
    public var hasNoData: Bool {
        observed == nil && monthly.isEmpty && (validDays ?? 0) == 0
    }
}
