import TrackerEvaluation
import TrackerModel

/// The words of a ranking (`tracker rank`) in both languages: the title, the column headers of
/// the published table layout (`排名 | 区 | 月均浓度 | 排名 | 区 | 同比变化`) and the notes.
///
/// ```swift
/// RankingWording.period(ranking, in: .zh)        // "2016年1—3月" (cumulative) or "2016年3月"
/// RankingWording.valueColumn(ranking, in: .zh)   // "累计浓度" or "月均浓度"
/// RankingWording.scopeColumn(.street, in: .zh)   // "街乡镇"
/// ```
public enum RankingWording {
    public static func period(_ ranking: Ranking, in language: Language) -> String {
        period(ranking.month, cumulative: ranking.cumulative, in: language)
    }

    /// A month, or January to it: `2016年1—3月`, `2016-01 to 2016-03`.
    public static func period(_ m: YearMonth, cumulative: Bool, in language: Language) -> String {
        if cumulative && m.month > 1 {
            return language.pick("\(m.year)年1—\(m.month)月", "\(YearMonth(m.year, 1)) to \(m)")
        }
        return language.pick("\(m.year)年\(m.month)月", m.description)
    }

    /// A concentration is a 月均浓度 (累计浓度 over several months); other indicators by their Chinese name
    /// (in English `value`: the title names the indicator).
    public static func valueColumn(_ ranking: Ranking, in language: Language) -> String {
        let concentration = ranking.indicator.kind == .mean
            && [.microgramPerCubicMetre, .milligramPerCubicMetre].contains(ranking.indicator.unit)
        let several = ranking.cumulative && ranking.month.month > 1
        if concentration {
            return several ? language.pick("累计浓度", "cumulative mean") : language.pick("月均浓度", "monthly mean")
        }
        // The title names the indicator; its English name is too long for a column.
        return language.pick(ranking.indicator.zh, "value")
    }

    public static func scopeColumn(_ level: ScopeLevel, in language: Language) -> String {
        switch level {
        case .city: language.pick("城市", "city")
        case .district: language.pick("区", "district")
        case .street: language.pick("街乡镇", "street")
        }
    }

    public static func rankColumn(in language: Language) -> String { language.pick("排名", "rank") }
    public static func changeColumn(in language: Language) -> String { language.pick("同比变化", "change y/y") }
    public static func lastYearColumn(in language: Language) -> String { language.pick("上年同期", "last year") }
    public static func changeRankColumn(in language: Language) -> String { language.pick("同比排名", "change rank") }

    /// `PM2.5年均浓度 2016年3月 各区排名（µg/m³）`
    public static func title(_ ranking: Ranking, level: ScopeLevel, within: String?, in language: Language) -> String {
        let whose = within.map { language.pick("\($0)", "in \($0)") }
        if language == .zh {
            return "\(ranking.indicator.zh) \(period(ranking, in: .zh)) \(whose ?? "")\(level.zhEach)排名（\(ranking.indicator.unit.symbol)）"
        }
        let plural = level == .street ? "streets" : level == .district ? "districts" : "cities"
        return "\(ranking.indicator.en), \(period(ranking, in: .en)): \(plural)\(whose.map { " " + $0 } ?? "") ranked (\(ranking.indicator.unit.symbol))"
    }

    /// How the ranks and 同比 were formed.
    public static func rule(_ ranking: Ranking, in language: Language) -> String {
        let order = ranking.indicator.polarity == .lowerIsBetter
            ? language.pick("由低到高", "lowest first") : language.pick("由高到低", "highest first")
        let fall = ranking.indicator.polarity == .lowerIsBetter
            ? language.pick("降幅最大者居首", "largest fall first") : language.pick("升幅最大者居首", "largest rise first")
        let places = ranking.decimals == 0 ? language.pick("取整", "integers")
            : language.pick("保留\(ranking.decimals)位小数", "\(ranking.decimals) decimal(s)")
        return language.pick(
            "按公布精度（\(places)）排名，\(order)，数值相同名次并列；同比 =（本期 ÷ 上年同期 − 1）× 100，由公布值计算，保留1位小数，\(fall)。",
            "Ranked on the displayed values (\(places)), \(order), equal values sharing a rank; change y/y = (this ÷ last year − 1) × 100 from the displayed values, to 0.1 %, \(fall).")
    }

    public static func noPreviousYear(_ ranking: Ranking, in language: Language) -> String {
        let last = YearMonth(ranking.month.year - 1, ranking.month.month)
        return language.pick("数据中没有上年同期（\(period(last, cumulative: ranking.cumulative, in: .zh))）的数值，无同比。",
                             "The data hold no values for the same period of last year (\(period(last, cumulative: ranking.cumulative, in: .en))): no change y/y.")
    }

    public static func noScopes(level: ScopeLevel, in language: Language) -> String {
        language.pick("数据中没有该指标的\(level.zhEach)数值。", "The data hold no \(level.rawValue) values of this indicator.")
    }

    public static func noValue(in language: Language) -> String { language.pick("无数据", "no data") }

    /// A scope whose months were all left out: `已剔除（沙尘）`, `excluded (sand_dust)`.
    public static func excluded(_ flags: [String], in language: Language) -> String {
        language.pick("已剔除（\(flags.map(ScorecardWording.flagName).joined(separator: "、"))）",
                      "excluded (\(flags.joined(separator: ", ")))")
    }
    // MARK: the street table (区级倒排名)

    /// A concentration as a district's street table heads it (`PM2.5浓度`); other indicators by name.
    public static func streetValueColumn(_ ranking: Ranking, in language: Language) -> String {
        let concentration = ranking.indicator.kind == .mean
            && [.microgramPerCubicMetre, .milligramPerCubicMetre].contains(ranking.indicator.unit)
        let short = ranking.indicator.zh.replacingOccurrences(of: "年均浓度", with: "")
        if concentration { return language.pick(short + "浓度", short + " concentration") }
        return language.pick(ranking.indicator.zh, "value")
    }

    /// `区级倒排名`: the place within the district counted from the worst.
    public static func reverseRankColumn(in language: Language) -> String {
        language.pick("区级倒排名", "rank from worst in district")
    }

    /// How the street table's ranks were formed.
    public static func reverseRule(_ ranking: Ranking, in language: Language) -> String {
        let worst = ranking.indicator.polarity == .lowerIsBetter
            ? language.pick("数值最高者", "the highest value") : language.pick("数值最低者", "the lowest value")
        let places = ranking.decimals == 0 ? language.pick("取整", "integers")
            : language.pick("保留\(ranking.decimals)位小数", "\(ranking.decimals) decimal(s)")
        return language.pick("倒排名：按公布精度（\(places)）由差到好排列，\(worst)为第1名，数值相同名次并列。",
                             "Rank from worst: on the displayed values (\(places)), worst first, \(worst) ranking 1, equal values sharing a rank.")
    }

    /// The rank from the bottom among all the scopes ranked (the detail sheet, JSON's `reverse_rank`).
    public static func reverseRankAnyColumn(in language: Language) -> String { language.pick("倒排名", "rank from worst") }

    // MARK: workbook sheets

    public static func rankingSheet(in language: Language) -> String { language.pick("排名", "ranking") }
    public static func detailSheet(in language: Language) -> String { language.pick("明细", "detail") }
    public static func notesSheet(in language: Language) -> String { language.pick("说明", "notes") }
    /// The detail sheet's unrounded values.
    public static func fullValueColumn(in language: Language) -> String { language.pick("数值（未修约）", "value (unrounded)") }
    public static func fullLastYearColumn(in language: Language) -> String { language.pick("上年同期（未修约）", "last year (unrounded)") }
}
