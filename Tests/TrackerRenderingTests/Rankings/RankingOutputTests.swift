import Foundation
import TrackerInput
import TrackerModel
@testable import TrackerEvaluation
@testable import TrackerRendering
import TrackerTestSupport
import XCTest

/// The outputs of a ranking beyond the terminal table: the district's street table with its
/// 区级倒排名, the workbook (published layout, detail, notes; sheet names in the language chosen)
/// and the HTML report's section, all drawn from one `Ranking`, never re-ranked.
final class RankingOutputTests: XCTestCase {
    static let pm25 = Indicator(id: "pm25_annual_mean", zh: "PM2.5年均浓度", en: "PM2.5 annual mean concentration",
                                unit: .microgramPerCubicMetre, polarity: .lowerIsBetter, kind: .mean, precision: 0)

    static func row(_ scope: String, _ year: Int, _ value: Double) -> TrackerModel.Measurement {
        TrackerModel.Measurement(period: .month(YearMonth(year, 3)), scope: scope, indicator: "pm25_annual_mean", value: value,
                                 validDays: 31, source: SourceLocation(file: "t.csv", line: 1))
    }

    /// Three streets in 2016 (published as integers) with 2015 beside them: 德胜 71 (94), 月坛 70 (98), 金融街 71 (70).
    static let ranking = Ranking.make([row("德胜街道", 2016, 70.8), row("月坛街道", 2016, 70.1), row("金融街街道", 2016, 71.3),
                                       row("德胜街道", 2015, 94.4), row("月坛街道", 2015, 97.9), row("金融街街道", 2015, 70.2)],
                                      indicator: pm25, month: YearMonth(2016, 3), cumulative: false,
                                      scopes: ["德胜街道", "月坛街道", "金融街街道"])

    func testTheStreetTableIsWorstFirstWithTheDistrictReverseRank() {
        let zh = RankingText.table(Self.ranking, level: .street, within: "西城区", in: .zh)
        let lines = zh.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertEqual(lines[1], ["街乡镇", "PM2.5浓度", "区级倒排名", "同比变化"])
        XCTAssertEqual(lines[3], ["德胜街道", "71", "1", "-24.5%"])
        XCTAssertEqual(lines[4], ["金融街街道", "71", "1", "+1.4%"])
        XCTAssertEqual(lines[5], ["月坛街道", "70", "3", "-28.6%"])
        XCTAssertTrue(zh.contains("倒排名：按公布精度（取整）由差到好排列，数值最高者为第1名"))
        let en = RankingText.table(Self.ranking, level: .street, within: "西城区", in: .en)
        XCTAssertTrue(en.contains("rank from worst in district"))
        // Without --within: the two rankings side by side, as for districts.
        XCTAssertTrue(RankingText.table(Self.ranking, level: .street, within: nil, in: .zh).contains("同比变化"))
        XCTAssertFalse(RankingText.table(Self.ranking, level: .street, within: nil, in: .zh).contains("区级倒排名"))
    }

    func testTheWorkbookHasThePublishedTableTheDetailAndTheRules() throws {
        for (language, names) in [(Language.zh, ["排名", "明细", "说明"]), (.en, ["ranking", "detail", "notes"])] {
            let book = try Workbook(RankingWorkbook.xlsx(Self.ranking, level: .district, within: nil, in: language))
            XCTAssertEqual(book.sheets.map(\.name), names)
            XCTAssertEqual(RankingWorkbook.sheetNames(Self.ranking, level: .district, within: nil, in: language), names)
        }
        let book = try Workbook(RankingWorkbook.xlsx(Self.ranking, level: .district, within: nil, in: .zh))
        let published = try book.grid(of: book.sheets[0]).records.map { $0.fields.map(\.text) }
        XCTAssertEqual(published[0], ["排名", "区", "月均浓度", "排名", "区", "同比变化 (%)"])
        // Value ranking left (月坛 70 first; 德胜 and 金融街 tied at 71), 同比 ranking right (月坛 −28.6 first).
        XCTAssertEqual(published[1], ["1", "月坛街道", "70", "1", "月坛街道", "-28.6"])
        XCTAssertEqual(published[2], ["2", "德胜街道", "71", "2", "德胜街道", "-24.5"])
        XCTAssertEqual(published[3], ["2", "金融街街道", "71", "3", "金融街街道", "1.4"])
        let detail = try book.grid(of: book.sheets[1]).records.map { $0.fields.map(\.text) }
        XCTAssertEqual(detail[0].count, 9)
        XCTAssertEqual(Array(detail[1].prefix(7)), ["1", "月坛街道", "70", "98", "-28.6", "1", "3"])
        XCTAssertEqual(Double(detail[1][7]), 70.1, "the unrounded value")
        // The street table of a district, worst first.
        let streets = try Workbook(RankingWorkbook.xlsx(Self.ranking, level: .street, within: "西城区", in: .zh))
        let table = try streets.grid(of: streets.sheets[0]).records.map { $0.fields.map(\.text) }
        XCTAssertEqual(table[0], ["街乡镇", "PM2.5浓度", "区级倒排名", "同比变化 (%)"])
        XCTAssertEqual(table.dropFirst().map { $0[0] }, ["德胜街道", "金融街街道", "月坛街道"])
        XCTAssertEqual(table.dropFirst().map { $0[2] }, ["1", "1", "3"])
        // The same ranking, the same bytes.
        XCTAssertEqual(RankingWorkbook.xlsx(Self.ranking, level: .district, within: nil, in: .zh),
                       RankingWorkbook.xlsx(Self.ranking, level: .district, within: nil, in: .zh))
    }

    func testTheReportDrawsTheRankingsItIsGiven() {
        let card = ReportCards.small()
        XCTAssertFalse(HTMLReport.render(card).contains("id=\"rankings\""), "no rankings: no section")
        let html = HTMLReport.render(card, rankings: [ScopeRanking(ranking: Self.ranking, level: .district, within: nil),
                                                      ScopeRanking(ranking: Self.ranking, level: .street, within: "西城区")])
        let section = html.components(separatedBy: "<section id=\"rankings\">")[1].components(separatedBy: "</section>")[0]
        XCTAssertTrue(html.range(of: "id=\"leagues\"")!.lowerBound < html.range(of: "id=\"rankings\"")!.lowerBound)
        XCTAssertTrue(html.range(of: "id=\"rankings\"")!.lowerBound < html.range(of: "id=\"details\"")!.lowerBound)
        XCTAssertTrue(section.contains("<tr><td class=\"num\">1</td><td>月坛街道</td><td class=\"num\">70</td>"
                                       + "<td class=\"num\">1</td><td>月坛街道</td><td class=\"num\">-28.6%</td></tr>"))
        XCTAssertTrue(section.contains("<tr><td>德胜街道</td><td class=\"num\">71</td><td class=\"num\">1</td><td class=\"num\">-24.5%</td></tr>"))
        XCTAssertTrue(section.contains("<span class=\"zh\">区级倒排名</span><span class=\"en\" lang=\"en\">rank from worst in district</span>"))
        XCTAssertTrue(section.contains("<span class=\"zh\">PM2.5年均浓度 2016年3月 西城区各街道排名（µg/m³）</span>"))
    }
}
