import TrackerEvaluation
import TrackerModel

/// Renders a ranking (`tracker rank`): the published table layout (two rankings side by side:
/// by value and by 同比 change), a CSV with one row per scope, and JSON.
///
/// ```swift
/// print(RankingText.table(ranking, level: .district, within: nil, in: .zh))
/// // PM2.5年均浓度 2016年3月 各区排名（µg/m³）
/// // 排名  区      月均浓度  排名  区      同比变化
/// // ...
/// ```
public enum RankingText {
    /// A district's streets (`--level street --within 西城区`) get the district's street table
    /// (`streetTable`); every other ranking the two rankings side by side.
    public static func table(_ ranking: Ranking, level: ScopeLevel, within: String?, in language: Language) -> String {
        var out = RankingWording.title(ranking, level: level, within: within, in: language) + "\n\n"
        guard !ranking.entries.isEmpty else { return out + RankingWording.noScopes(level: level, in: language) + "\n" }
        if isStreetTable(level: level, within: within) { return out + streetTable(ranking, in: language) }
        let scope = RankingWording.scopeColumn(level, in: language)
        var table = TextTable(columns: [
            .init(RankingWording.rankColumn(in: language), right: true), .init(scope),
            .init(RankingWording.valueColumn(ranking, in: language), right: true),
            .init(RankingWording.rankColumn(in: language), right: true, priority: 1), .init(scope, priority: 1),
            .init(RankingWording.changeColumn(in: language), right: true, priority: 1),
        ])
        let byChange = ranking.byChange
        for (entry, change) in zip(ranking.entries, byChange) {
            let shown = entry.excludedFlags.isEmpty ? value(entry.displayed, ranking.decimals, language)
                : RankingWording.excluded(entry.excludedFlags, in: language)
            table.add([rank(entry.rank), entry.scope, shown,
                       change.changeRank.map(String.init) ?? "", change.changePercent == nil ? "" : change.scope, percent(change.changePercent)])
        }
        out += table.render() + "\n"
        out += TextTable.paragraph(RankingWording.rule(ranking, in: language))
        if ranking.entries.allSatisfy({ $0.previousDisplayed == nil }) {
            out += TextTable.paragraph(RankingWording.noPreviousYear(ranking, in: language))
        }
        return out
    }

    /// Whether a ranking is a district's street table: streets within one scope.
    public static func isStreetTable(level: ScopeLevel, within: String?) -> Bool { ScopeRanking.isStreetTable(level: level, within: within) }

    /// The published street table, `街乡镇 | PM2.5浓度 | 区级倒排名`, worst first; 同比 beside it
    /// when the data hold last year; then how the ranks were formed.
    static func streetTable(_ ranking: Ranking, in language: Language) -> String {
        let withChange = ranking.entries.contains { $0.changePercent != nil }
        var table = TextTable(columns: [
            .init(RankingWording.scopeColumn(.street, in: language)),
            .init(RankingWording.streetValueColumn(ranking, in: language), right: true),
            .init(RankingWording.reverseRankColumn(in: language), right: true),
        ] + (withChange ? [.init(RankingWording.changeColumn(in: language), right: true, priority: 1)] : []))
        for entry in ranking.worstFirst {
            let shown = entry.excludedFlags.isEmpty ? value(entry.displayed, ranking.decimals, language)
                : RankingWording.excluded(entry.excludedFlags, in: language)
            table.add([entry.scope, shown, rank(entry.reverseRank)] + (withChange ? [percent(entry.changePercent)] : []))
        }
        var out = table.render() + "\n"
        out += TextTable.paragraph(RankingWording.reverseRule(ranking, in: language))
        if withChange { out += TextTable.paragraph(RankingWording.rule(ranking, in: language)) }
        else if ranking.entries.allSatisfy({ $0.previousDisplayed == nil }) {
            out += TextTable.paragraph(RankingWording.noPreviousYear(ranking, in: language))
        }
        return out
    }

    /// One row per scope in rank order: rank, scope, value, last year's value, change %, change rank,
    /// and the rank from the worst (倒排名) last.
    public static func csv(_ ranking: Ranking, level: ScopeLevel, in language: Language) -> String {
        var lines = [CSVText.line([
            RankingWording.rankColumn(in: language), RankingWording.scopeColumn(level, in: language),
            RankingWording.valueColumn(ranking, in: language), RankingWording.lastYearColumn(in: language),
            RankingWording.changeColumn(in: language) + " (%)", RankingWording.changeRankColumn(in: language),
            RankingWording.reverseRankAnyColumn(in: language),
        ])]
        for e in ranking.entries {
            lines.append(CSVText.line([
                e.rank.map(String.init) ?? "", e.scope, e.displayed.map { NumberFormat.fixed($0, ranking.decimals) } ?? "",
                e.previousDisplayed.map { NumberFormat.fixed($0, ranking.previousDecimals) } ?? "",
                e.changePercent.map { NumberFormat.fixed($0, 1) } ?? "", e.changeRank.map(String.init) ?? "",
                e.reverseRank.map(String.init) ?? "",
            ]))
        }
        return lines.joined()
    }

    /// `{"rankings": [{"scope", "value", "displayed", "rank", "previous_value", "change_pct",
    /// "change_rank"}]}` with the indicator, period and precision beside; `value` and
    /// `previous_value` unrounded, `displayed` and `previous_displayed` as published.
    public static func json(_ ranking: Ranking, level: ScopeLevel, within: String?) -> JSONValue {
        let months = ranking.months
        return .object([
            ("indicator", .string(ranking.indicator.id)),
            ("unit", .string(ranking.indicator.unit.symbol)),
            ("from", .string(months.first!.description)), ("to", .string(months.last!.description)),
            ("cumulative", .bool(ranking.cumulative)),
            ("level", .string(level.rawValue)), ("within", .optional(within)),
            ("decimals", .number(Double(ranking.decimals))),
            ("rankings", .array(ranking.entries.map { e in
                .object([
                    ("scope", .string(e.scope)), ("value", .optional(e.value)), ("displayed", .optional(e.displayed)),
                    ("rank", .optional(e.rank)), ("previous_value", .optional(e.previousValue)),
                    ("previous_displayed", .optional(e.previousDisplayed)),
                    ("change_pct", .optional(e.changePercent)), ("change_rank", .optional(e.changeRank)),
                    ("reverse_rank", .optional(e.reverseRank)),
                    ("excluded", .array(e.excludedFlags.map { .string($0) })),
                ])
            })),
        ])
    }

    static func rank(_ rank: Int?) -> String { rank.map(String.init) ?? "—" }

    static func value(_ value: Double?, _ decimals: Int, _ language: Language) -> String {
        value.map { NumberFormat.fixed($0, decimals) } ?? RankingWording.noValue(in: language)
    }

    static func percent(_ change: Double?) -> String {
        change.map { NumberFormat.signed($0, 1) + "%" } ?? ""
    }
}
