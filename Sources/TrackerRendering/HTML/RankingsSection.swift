import TrackerEvaluation
import TrackerModel

/// The report's rankings, as Beijing publishes its monthly tables: per indicator and period, the
/// value ranking beside the 同比 ranking (`排名 | 区 | 月均浓度 | 排名 | 区 | 同比变化`), or a
/// district's street table worst first (`街乡镇 | PM2.5浓度 | 区级倒排名`). It draws the
/// `Ranking`s it is given (`ReportRequest` makes them, as `tracker rank` does) and never re-ranks.
///
/// ```swift
/// html += RankingsSection(rankings: report.rankings).html()   // "" when there are none
/// ```
struct RankingsSection {
    var rankings: [ScopeRanking]

    func html() -> String {
        guard !rankings.isEmpty else { return "" }
        var out = "<section id=\"rankings\"><h2>\(Bilingual("排名（公布口径）", "Rankings as published").html)</h2>\n"
        out += "<p class=\"meta\">\(Bilingual("按公布精度的数值排名，数值相同名次并列；同比由公布值计算。规则见 docs/rankings.md。", "Ranked on the values as published, equal values sharing a rank; the change on last year from the published values. Rules: docs/rankings.md.").html)</p>\n"
        for (i, scoped) in rankings.enumerated() {
            out += "<figure class=\"ranking\" id=\"ranking-\(i + 1)\">"
            out += "<figcaption><b>\(words { RankingWording.title(scoped.ranking, level: scoped.level, within: scoped.within, in: $0) }.html)</b></figcaption>\n"
            out += scoped.isStreetTable ? streetTable(scoped.ranking) : publishedTable(scoped.ranking, level: scoped.level)
            var notes = [scoped.isStreetTable ? words { RankingWording.reverseRule(scoped.ranking, in: $0) } : words { RankingWording.rule(scoped.ranking, in: $0) }]
            if scoped.ranking.entries.allSatisfy({ $0.previousDisplayed == nil }) {
                notes.append(words { RankingWording.noPreviousYear(scoped.ranking, in: $0) })
            }
            out += notes.map { "<p class=\"meta\">\($0.html)</p>" }.joined() + "</figure>\n"
        }
        return out + "</section>\n"
    }

    /// Both languages of a wording.
    func words(_ text: (Language) -> String) -> Bilingual { Bilingual(text(.zh), text(.en)) }

    func head(_ columns: [(Bilingual, Bool)]) -> String {
        "<table class=\"ranking\"><thead><tr>"
            + columns.map { $0.1 ? "<th class=\"num\">\($0.0.html)</th>" : "<th>\($0.0.html)</th>" }.joined()
            + "</tr></thead><tbody>\n"
    }

    func cell(_ text: String, numeric: Bool = false) -> String {
        (numeric ? "<td class=\"num\">" : "<td>") + HTMLEscape.text(text) + "</td>"
    }

    /// A value, or why there is none, in both languages.
    func shown(_ e: RankingEntry, _ ranking: Ranking) -> String {
        if !e.excludedFlags.isEmpty { return "<td>" + words { RankingWording.excluded(e.excludedFlags, in: $0) }.html + "</td>" }
        guard let displayed = e.displayed else { return "<td>" + words { RankingWording.noValue(in: $0) }.html + "</td>" }
        return cell(NumberFormat.fixed(displayed, ranking.decimals), numeric: true)
    }

    func publishedTable(_ ranking: Ranking, level: ScopeLevel) -> String {
        let scope = words { RankingWording.scopeColumn(level, in: $0) }, rank = words { RankingWording.rankColumn(in: $0) }
        var out = head([(rank, true), (scope, false), (words { RankingWording.valueColumn(ranking, in: $0) }, true),
                        (rank, true), (scope, false), (words { RankingWording.changeColumn(in: $0) }, true)])
        for (entry, change) in zip(ranking.entries, ranking.byChange) {
            out += "<tr>" + cell(RankingText.rank(entry.rank), numeric: true) + cell(entry.scope) + shown(entry, ranking)
                + cell(change.changeRank.map(String.init) ?? "", numeric: true) + cell(change.changePercent == nil ? "" : change.scope)
                + cell(RankingText.percent(change.changePercent), numeric: true) + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    func streetTable(_ ranking: Ranking) -> String {
        let withChange = ranking.entries.contains { $0.changePercent != nil }
        var out = head([(words { RankingWording.scopeColumn(.street, in: $0) }, false),
                        (words { RankingWording.streetValueColumn(ranking, in: $0) }, true),
                        (words { RankingWording.reverseRankColumn(in: $0) }, true)]
                       + (withChange ? [(words { RankingWording.changeColumn(in: $0) }, true)] : []))
        for e in ranking.worstFirst {
            out += "<tr>" + cell(e.scope) + shown(e, ranking) + cell(RankingText.rank(e.reverseRank), numeric: true)
                + (withChange ? cell(RankingText.percent(e.changePercent), numeric: true) : "") + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
