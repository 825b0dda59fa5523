import TrackerModel

/// One indicator's ranking of scopes for a month (or the cumulative months of its year up to it),
/// as Beijing publishes it: by the displayed value, best first, and by the 同比 change, largest
/// improvement first. Facts only; `RankingText` words them.
///
/// ```swift
/// let ranking = Ranking.make(rows, indicator: pm25, month: YearMonth(2016, 3), cumulative: false,
///                            scopes: ["东城区", "西城区"])
/// ranking.entries.map(\.rank)         // [1, 2]
/// ranking.entries[0].changePercent    // -12.5 (同比, %)
/// ```
public struct Ranking: Hashable, Sendable {
    public var indicator: Indicator
    /// The month ranked; with `cumulative`, January to this month.
    public var month: YearMonth
    public var cumulative: Bool
    /// Decimals of the displayed values this year (`Indicator.publishedDecimals`, the catalog's `published` line); last year's values are
    /// displayed at last year's precision.
    public var decimals: Int
    public var previousDecimals: Int
    /// In rank order (scopes without a value last, in the order given).
    public var entries: [RankingEntry]

    /// The months the value covers: the month, or January to it.
    public var months: [YearMonth] {
        cumulative ? (1...month.month).map { YearMonth(month.year, $0) } : [month]
    }

    /// The entries in the order of the 同比 ranking (those without a change last).
    public var byChange: [RankingEntry] { Self.ordered(entries, by: \.changeRank) }

    /// The entries worst first, as a district publishes its streets (区级倒排名; those without a value last).
    public var worstFirst: [RankingEntry] { Self.ordered(entries, by: \.reverseRank) }

    /// Entries by a rank, ties and the unranked (last) in their given order.
    static func ordered(_ entries: [RankingEntry], by rank: KeyPath<RankingEntry, Int?>) -> [RankingEntry] {
        entries.enumerated().sorted { a, b in
            (a.element[keyPath: rank] ?? Int.max, a.offset) < (b.element[keyPath: rank] ?? Int.max, b.offset)
        }.map(\.element)
    }
}

/// One scope's line of a ranking.
///
/// ```swift
/// RankingEntry(scope: "西城区", value: 81.4, displayed: 81, rank: 2, previousValue: 92.6, previousDisplayed: 93,
///              changePercent: -12.9, changeRank: 1)
/// ```
public struct RankingEntry: Hashable, Sendable {
    public var scope: String
    /// The period's value (valid-day-weighted over its months, exclusions applied); nil: no data.
    public var value: Double?
    /// The value at the published precision: what is ranked.
    public var displayed: Double?
    public var rank: Int?
    /// The same months of the previous year.
    public var previousValue: Double?
    public var previousDisplayed: Double?
    /// 同比 in %, from the displayed values (`YearOnYear`).
    public var changePercent: Double?
    public var changeRank: Int?
    /// The rank from the bottom (倒排名): 1 is the worst displayed value (the highest concentration),
    /// the same tie rule. How districts publish their streets (`区级倒排名`) and how the plans
    /// count a street's place among the city's (`排名退出全市后 30 名`); docs/rankings.md.
    public var reverseRank: Int? = nil
    /// Why there is no value when the period's months were all left out (e.g. `sand_dust`); empty otherwise.
    public var excludedFlags: [String] = []

    public init(scope: String, value: Double?, displayed: Double?, rank: Int?, previousValue: Double? = nil,
                previousDisplayed: Double? = nil, changePercent: Double? = nil, changeRank: Int? = nil) {
        self.scope = scope; self.value = value; self.displayed = displayed; self.rank = rank
        self.previousValue = previousValue; self.previousDisplayed = previousDisplayed
        self.changePercent = changePercent; self.changeRank = changeRank
    }
}

extension Ranking {
    /// Ranks `scopes` (in their catalog order) on `rows` (every scope's rows of the indicator).
    /// A period's value is formed as for evaluation (`PeriodValue`): the valid-day-weighted mean of
    /// monthly means, never their plain mean, with sand-dust months and days left out. Lower is
    /// better for concentrations (ascending), higher for shares of good days; the 同比 ranking puts
    /// the largest improvement first.
    public static func make(_ rows: [TrackerModel.Measurement], indicator: Indicator, month: YearMonth, cumulative: Bool,
                            scopes: [String]) -> Ranking {
        var ranking = Ranking(indicator: indicator, month: month, cumulative: cumulative,
                              decimals: indicator.publishedDecimals(in: month.year),
                              previousDecimals: indicator.publishedDecimals(in: month.year - 1), entries: [])
        let months = ranking.months
        let lastYear = months.map { YearMonth($0.year - 1, $0.month) }
        let byScope = Dictionary(grouping: rows.filter { $0.indicator == indicator.id }, by: \.scope)
        var entries = scopes.map { scope -> RankingEntry in
            let scopeRows = byScope[scope] ?? []
            let value = PeriodValue.aggregate(scopeRows, kind: indicator.kind, months: months, asOf: month)?.value
            let previous = PeriodValue.aggregate(scopeRows, kind: indicator.kind, months: lastYear,
                                                 asOf: lastYear.last!)?.value
            let displayed = value.map { Rounding.halfEven($0, decimals: ranking.decimals) }
            let previousDisplayed = previous.map { Rounding.halfEven($0, decimals: ranking.previousDecimals) }
            var change: Double?
            if let displayed, let previousDisplayed {
                change = YearOnYear.changePercent(this: displayed, last: previousDisplayed,
                                                  decimals: max(ranking.decimals, ranking.previousDecimals))
            }
            var entry = RankingEntry(scope: scope, value: value, displayed: displayed, rank: nil, previousValue: previous,
                                     previousDisplayed: previousDisplayed, changePercent: change)
            if value == nil {
                // Every month of the period that has a row was left out (扣除沙尘): say so, not "no data".
                let inPeriod = scopeRows.filter { if case .month(let m) = $0.period { months.contains(m) } else { false } }
                if !inPeriod.isEmpty && inPeriod.allSatisfy(\.isExcluded) {
                    var flags: [String] = []
                    for flag in inPeriod.flatMap(\.flags) where !flags.contains(flag) { flags.append(flag) }
                    entry.excludedFlags = flags
                }
            }
            return entry
        }
        let ascending = indicator.polarity == .lowerIsBetter
        let ranks = CompetitionRank.ranks(entries.map(\.displayed), ascending: ascending)
        let changeRanks = CompetitionRank.ranks(entries.map(\.changePercent), ascending: ascending)
        let reverseRanks = CompetitionRank.ranks(entries.map(\.displayed), ascending: !ascending)
        for i in entries.indices {
            entries[i].rank = ranks[i]; entries[i].changeRank = changeRanks[i]; entries[i].reverseRank = reverseRanks[i]
        }
        ranking.entries = ordered(entries, by: \.rank)
        return ranking
    }
}
