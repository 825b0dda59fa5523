import Foundation
import TrackerEvaluation
import TrackerModel

/// A ranking as an Excel workbook (`tracker rank --format xlsx`): the published table on the
/// first sheet — `排名 | 区 | 月均浓度 | 排名 | 区 | 同比变化`, or a district's street table
/// `街乡镇 | PM2.5浓度 | 区级倒排名` — then one row per scope with every figure (`明细`/`detail`,
/// the unrounded values too), then the title and the rules (`说明`/`notes`). Sheet names and
/// headers in the language chosen; values are numbers shown at the published precision; the same
/// ranking always gives the same bytes. The cells are `RankingText`'s, never re-ranked.
///
/// ```swift
/// let data = RankingWorkbook.xlsx(ranking, level: .district, within: nil, in: .zh)
/// RankingWorkbook.sheetNames(ranking, level: .district, within: nil, in: .zh)   // ["排名", "明细", "说明"]
/// ```
public enum RankingWorkbook {
    public static func xlsx(_ ranking: Ranking, level: ScopeLevel, within: String?, in language: Language) -> Data {
        let title = RankingWording.title(ranking, level: level, within: within, in: language)
        return Data(WorkbookPackage(title: title, sheets: sheets(ranking, level: level, within: within, in: language)).bytes)
    }

    public static func sheetNames(_ ranking: Ranking, level: ScopeLevel, within: String?, in language: Language) -> [String] {
        sheets(ranking, level: level, within: within, in: language).map(\.name)
    }

    static func sheets(_ ranking: Ranking, level: ScopeLevel, within: String?, in language: Language) -> [WorksheetXML] {
        let published = RankingText.isStreetTable(level: level, within: within)
            ? streetSheet(ranking, in: language) : publishedSheet(ranking, level: level, in: language)
        return [published, detailSheet(ranking, level: level, in: language), notesSheet(ranking, level: level, within: within, in: language)]
    }

    /// The two rankings side by side, as the text table (no filter: its rows are two tables).
    static func publishedSheet(_ ranking: Ranking, level: ScopeLevel, in language: Language) -> WorksheetXML {
        let scope = RankingWording.scopeColumn(level, in: language)
        let header = [RankingWording.rankColumn(in: language), scope, RankingWording.valueColumn(ranking, in: language),
                      RankingWording.rankColumn(in: language), scope, RankingWording.changeColumn(in: language) + " (%)"]
        let rows = zip(ranking.entries, ranking.byChange).map { entry, change -> [SheetCell] in
            [rank(entry.rank), .text(entry.scope), value(entry, ranking, language),
             rank(change.changeRank), change.changePercent == nil ? .empty : .text(change.scope), percent(change.changePercent)]
        }
        return WorksheetXML(name: RankingWording.rankingSheet(in: language), header: header, rows: rows,
                            headerStyle: WorkbookStyles.header, filter: false)
    }

    /// A district's streets worst first with their 倒排名 (and 同比 when known).
    static func streetSheet(_ ranking: Ranking, in language: Language) -> WorksheetXML {
        let withChange = ranking.entries.contains { $0.changePercent != nil }
        let header = [RankingWording.scopeColumn(.street, in: language), RankingWording.streetValueColumn(ranking, in: language),
                      RankingWording.reverseRankColumn(in: language)]
            + (withChange ? [RankingWording.changeColumn(in: language) + " (%)"] : [])
        let rows = ranking.worstFirst.map { e -> [SheetCell] in
            [.text(e.scope), value(e, ranking, language), rank(e.reverseRank)] + (withChange ? [percent(e.changePercent)] : [])
        }
        return WorksheetXML(name: RankingWording.rankingSheet(in: language), header: header, rows: rows,
                            headerStyle: WorkbookStyles.header, filter: false)
    }

    /// Every scope in rank order with every figure: the CSV's columns, then the unrounded values.
    static func detailSheet(_ ranking: Ranking, level: ScopeLevel, in language: Language) -> WorksheetXML {
        let header = [RankingWording.rankColumn(in: language), RankingWording.scopeColumn(level, in: language),
                      RankingWording.valueColumn(ranking, in: language), RankingWording.lastYearColumn(in: language),
                      RankingWording.changeColumn(in: language) + " (%)", RankingWording.changeRankColumn(in: language),
                      RankingWording.reverseRankAnyColumn(in: language), RankingWording.fullValueColumn(in: language),
                      RankingWording.fullLastYearColumn(in: language)]
        let rows = ranking.entries.map { e -> [SheetCell] in
            [rank(e.rank), .text(e.scope), value(e, ranking, language),
             e.previousDisplayed.map { .number($0, style: WorkbookStyles.fixed(ranking.previousDecimals)) } ?? .empty,
             percent(e.changePercent), rank(e.changeRank), rank(e.reverseRank),
             e.value.map { .number($0) } ?? .empty, e.previousValue.map { .number($0) } ?? .empty]
        }
        return WorksheetXML(name: RankingWording.detailSheet(in: language), header: header, rows: rows, headerStyle: WorkbookStyles.header)
    }

    /// The title and how the ranks and 同比 were formed.
    static func notesSheet(_ ranking: Ranking, level: ScopeLevel, within: String?, in language: Language) -> WorksheetXML {
        var rows: [[SheetCell]] = [[.text(RankingWording.title(ranking, level: level, within: within, in: language))],
                                   [.text(RankingWording.rule(ranking, in: language))]]
        if RankingText.isStreetTable(level: level, within: within) { rows.append([.text(RankingWording.reverseRule(ranking, in: language))]) }
        if ranking.entries.allSatisfy({ $0.previousDisplayed == nil }) {
            rows.append([.text(RankingWording.noPreviousYear(ranking, in: language))])
        }
        return WorksheetXML(name: RankingWording.notesSheet(in: language), header: [RankingWording.notesSheet(in: language)], rows: rows,
                            headerStyle: WorkbookStyles.header, filter: false)
    }

    static func rank(_ rank: Int?) -> SheetCell { rank.map { .number(Double($0), style: WorkbookStyles.fixed(0)) } ?? .empty }

    /// The displayed value as a number at the published precision; the words when there is none.
    static func value(_ e: RankingEntry, _ ranking: Ranking, _ language: Language) -> SheetCell {
        if !e.excludedFlags.isEmpty { return .text(RankingWording.excluded(e.excludedFlags, in: language)) }
        return e.displayed.map { .number($0, style: WorkbookStyles.fixed(ranking.decimals)) } ?? .text(RankingWording.noValue(in: language))
    }

    static func percent(_ change: Double?) -> SheetCell { change.map { .number($0, style: WorkbookStyles.signed(1)) } ?? .empty }
}
