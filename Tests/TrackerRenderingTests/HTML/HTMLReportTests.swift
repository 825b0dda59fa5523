import Foundation
import XCTest
import TrackerModel
@testable import TrackerEvaluation
@testable import TrackerRendering
import TrackerTestSupport

/// The HTML report as a document: structure, escaping of everything from the data, one SVG per
/// chart, no external references, deterministic bytes and the golden file.
final class HTMLReportTests: XCTestCase {
    static let golden = Fixtures.repository.appendingPathComponent("Tests/Fixtures/reports/small-report.html")

    func count(_ needle: String, in haystack: String) -> Int { haystack.components(separatedBy: needle).count - 1 }

    /// Nothing that a browser would fetch: no URLs, no `src`/`href`, no style sheet links, no
    /// scripts, no `url(…)` in the CSS.
    static func assertSelfContained(_ html: String, file: StaticString = #filePath, line: UInt = #line) {
        let lower = html.lowercased()
        for needle in ["http", "src=", "href=", "url(", "<link", "<script", "@import", "<img", "<iframe", "<object", "<embed", "xlink:"] {
            XCTAssertFalse(lower.contains(needle), "the report contains `\(needle)`", file: file, line: line)
        }
    }

    func testTheDocumentHasItsPartsInOrder() throws {
        let html = HTMLReport.render(ReportCards.small())
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.hasSuffix("</body>\n</html>\n"))
        XCTAssertEqual(count("<title>", in: html.components(separatedBy: "</head>")[0]), 1, "one document title (the charts have their own)")
        XCTAssertTrue(html.contains("<title>小计划 2025 · 截至 2025-06 · 目标评估报告</title>"))
        let sections = ["id=\"summary\"", "id=\"trends\"", "id=\"leagues\"", "id=\"details\"", "id=\"data\""]
        let positions = try sections.map { try XCTUnwrap(html.range(of: $0)?.lowerBound, $0) }
        XCTAssertEqual(positions, positions.sorted(), "summary, trends, leagues, details, data")
        // Summary: the four headline verdicts even at 0, and the year-to-date position.
        for v in SummarySection.headline { XCTAssertTrue(html.contains(VerdictBadge.words(v).html), v.rawValue) }
        XCTAssertTrue(html.contains("已过 6 个月"))
        XCTAssertTrue(html.contains("<span style=\"width:50.0%\"></span>"))
        // Every target's clause and validity on its row.
        XCTAssertTrue(html.contains("西政办发〔2025〕4号 · 附件1 · seed.txt:10<q>西城区 · PM2.5年均浓度（微克/立方米） · 32</q>"))
        XCTAssertTrue(html.contains("<span class=\"zh\">有效天数</span><span class=\"en\" lang=\"en\">valid days</span> 177 / 181"))
        XCTAssertTrue(html.contains("<li><span class=\"zh\">有效天数不足的月份：2025-02（24 天）</span>"
                                    + "<span class=\"en\" lang=\"en\">months under the valid-day minimum: 2025-02 (24 days)</span></li>"))
        XCTAssertTrue(html.contains("<li><span class=\"zh\">2025-04 已剔除（沙尘）</span><span class=\"en\" lang=\"en\">2025-04 excluded (sand_dust)</span></li>"))
    }

    /// A chart label as the report's language switch shows it: a Chinese and an English `tspan`.
    static func svgLabel(_ zh: String, _ en: String) -> String {
        "><tspan class=\"zh\">\(zh)</tspan><tspan class=\"en\" lang=\"en\">\(en)</tspan></text>"
    }

    func testTheStyleSheetNamesAChineseFontForEachPlatformAndPrintsOnA4() {
        let css = ReportStyleSheet.css
        for face in ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "sans-serif"] {
            XCTAssertTrue(css.contains(face), face)
        }
        XCTAssertTrue(css.contains("@page{size:A4"))
        XCTAssertTrue(css.contains("@media print{"))
        XCTAssertTrue(HTMLReport.render(ReportCards.small()).contains(css))
    }

    func testOneSVGPerChartEachWithTitleUnitAndAxes() {
        let card = ReportCards.small()
        let html = HTMLReport.render(card)
        // Two district indicators with monthly data (PM2.5, dustfall) and one street league (PM2.5).
        XCTAssertEqual(ChartsSection(card: card).trendRows.map(\.indicator), ["pm25", "dust"])
        XCTAssertEqual(count("<svg", in: html), 3)
        XCTAssertEqual(count("</svg>", in: html), 3)
        XCTAssertEqual(count("<figure", in: html), 3)
        for figure in html.components(separatedBy: "<figure").dropFirst() {
            let body = figure.components(separatedBy: "</figure>")[0]
            XCTAssertEqual(count("<svg", in: body), 1)
            XCTAssertTrue(body.contains("role=\"img\""))
            XCTAssertTrue(body.contains("class=\"chart-title\""))
            XCTAssertTrue(body.contains("class=\"axis-title\""))
            XCTAssertTrue(body.contains("单位：") && body.contains("unit: "))
        }
        XCTAssertTrue(html.contains("<title id=\"trend-1-title\">PM2.5年均浓度 · 西城区（µg/m³）</title>"))
        XCTAssertTrue(html.contains(Self.svgLabel("月份", "month")))
        XCTAssertTrue(html.contains("<title id=\"league-1-title\">街道排名 street league · PM2.5年均浓度（µg/m³）</title>"))
    }

    func testTheTrendChartDrawsTargetYearToDateRestAndProjection() {
        let card = ReportCards.small()
        let pm = TrendChart(row: card.rows[0], asOf: card.asOf, id: "t").svg()
        XCTAssertTrue(pm.contains(Self.svgLabel("目标 ≤ 32", "target ≤ 32")))
        XCTAssertTrue(pm.contains(Self.svgLabel("年初至今 33.2", "year to date 33.2")))
        XCTAssertTrue(pm.contains(Self.svgLabel("余下须平均 30.8", "rest must average 30.8")))
        XCTAssertTrue(pm.contains(Self.svgLabel("季节性预测 31.5", "seasonal projection 31.5")))
        XCTAssertTrue(pm.contains(Self.svgLabel("有效天数不足", "short month")), "February has 24 valid days")
        XCTAssertTrue(pm.contains(Self.svgLabel("截至 2025-06", "as of 2025-06")))
        XCTAssertTrue(pm.contains(">µg/m³</text>"), "the value axis has its unit")
        let dust = TrendChart(row: card.rows[1], asOf: card.asOf, id: "d").svg()
        XCTAssertTrue(dust.contains(Self.svgLabel("目标范围", "target band")))
        XCTAssertTrue(dust.contains(Self.svgLabel("剔除月", "excluded month")))
        XCTAssertTrue(dust.contains("<title>2025-04 7.9 t/km²·月，剔除 excluded (sand_dust)</title>"))
        // A final row draws the period value and no rest line.
        var final = card.rows[0]
        final.requiredRest = nil
        final.periodComplete = true
        let done = TrendChart(row: final, asOf: YearMonth(2025, 12), id: "f").svg()
        XCTAssertTrue(done.contains(Self.svgLabel("全期 33.2", "period value 33.2")))
        XCTAssertFalse(done.contains("余下须平均"))
        XCTAssertFalse(done.contains(">截至 "))
    }

    func testTheLeagueMarksEachStreetsOwnTarget() {
        let card = ReportCards.small()
        let ranked = ScorecardText.leagues(card)
        XCTAssertEqual(ranked.map { $0.map(\.scope) }, [["德胜街道", "月坛街道"]], "best first")
        let svg = LeagueChart(ranked: ranked[0], id: "l").svg()
        // The target ticks: ≤ 31 for 德胜, ≤ 32 for 月坛, at different places.
        let ticks = svg.components(separatedBy: "<line ").dropFirst()
            .filter { $0.contains("stroke=\"\(ReportPalette.ink)\" stroke-width=\"2.5\"") && !$0.contains("x2=\"36.0\"") }
            .map { $0.components(separatedBy: "\"")[1] }
        XCTAssertEqual(Set(ticks).count, 2, "\(ticks)")
        XCTAssertTrue(svg.contains(">1. 德胜街道</text>"))
        XCTAssertTrue(svg.contains(">✘ 严重滞后</text>"), "the verdict in words beside the bar")
    }

    /// 同比 in the detail table after the verdict, as the terminal table words it, only when some row has it.
    func testTheDetailTableShowsYearOnYearWhenKnown() {
        XCTAssertFalse(HTMLReport.render(ReportCards.small()).contains("<span class=\"en\" lang=\"en\">y/y</span>"))
        var card = ReportCards.small()
        card.rows[0].yearOnYear = YearOnYearChange(lastYear: 40.4, lastYearDisplayed: 40.4, lastYearDecimals: 1, displayed: 33.2,
                                                   decimals: 1, from: YearMonth(2024, 1), to: YearMonth(2024, 6), changePercent: -17.8)
        let html = HTMLReport.render(card)
        XCTAssertTrue(html.contains("<th class=\"num\"><span class=\"zh\">同比</span><span class=\"en\" lang=\"en\">y/y</span></th>"))
        XCTAssertTrue(html.contains("<td class=\"num\">-17.8% (40.4)</td>"), "the change and last year's value")
    }

    /// `report --ledger`: the trend chart draws the months as recorded (squares) and last year's
    /// line (dashed), with legend entries and table rows; without a history nothing of them.
    func testTheTrendChartDrawsTheLedgersMonthsAndLastYear() {
        let plain = HTMLReport.render(ReportCards.small())
        XCTAssertFalse(plain.contains(ReportPalette.recorded))
        XCTAssertFalse(plain.contains(ReportPalette.lastYear))
        var series = TrendHistory.Series()
        series.recorded = [YearMonth(2025, 1): 48, YearMonth(2025, 2): 42, YearMonth(2025, 5): 25]
        series.lastYear = Dictionary(uniqueKeysWithValues: (1...12).map { (YearMonth(2024, $0), Double(50 - $0)) })
        let history = TrendHistory(recordedMonths: [YearMonth(2025, 1), YearMonth(2025, 2), YearMonth(2025, 5)],
                                   series: [.init(scope: "西城区", indicator: "pm25"): series])
        let html = HTMLReport.render(ReportCards.small(), history: history)
        let chart = html.components(separatedBy: "<figure id=\"fig-trend-1\">")[1].components(separatedBy: "</figure>")[0]
        XCTAssertEqual(count("stroke=\"\(ReportPalette.recorded)\" stroke-width=\"2.0\"><title>台账记录", in: chart), 3, "a square per recorded month")
        XCTAssertTrue(chart.contains("stroke=\"\(ReportPalette.lastYear)\" stroke-width=\"2.0\" stroke-linejoin=\"round\" stroke-dasharray=\"5 3\"/>"),
                      "last year's line, dashed, over the twelve months")
        XCTAssertTrue(chart.contains(HTMLReportTests.svgLabel("台账记录", "recorded in the ledger")))
        XCTAssertTrue(chart.contains(HTMLReportTests.svgLabel("上年同期", "last year")))
        XCTAssertTrue(chart.contains("<tr><th><span class=\"zh\">台账</span><span class=\"en\" lang=\"en\">ledger</span></th><td>48.0</td><td>42.0</td><td></td>"))
        XCTAssertTrue(chart.contains("<tr><th><span class=\"zh\">上年</span><span class=\"en\" lang=\"en\">last year</span></th><td>49.0</td>"))
        XCTAssertTrue(chart.contains("台账记录 recorded: 1月 48.0, 2月 42.0, 5月 25.0"), "the description says it in words")
        XCTAssertTrue(html.contains("（台账中已记录：2025-01, 2025-02, 2025-05）"))
        // The dustfall chart has no series in the history: drawn from the data alone.
        let dust = html.components(separatedBy: "<figure id=\"fig-trend-2\">")[1].components(separatedBy: "</figure>")[0]
        XCTAssertFalse(dust.contains(ReportPalette.recorded))
    }

    func testVerdictsCarryASymbolAndAWordNotOnlyAColour() {
        let html = HTMLReport.render(ReportCards.small())
        XCTAssertEqual(count("class=\"badge ", in: html), count("class=\"badge ", in: html.replacingOccurrences(of: "<span class=\"sym\">", with: "")))
        for piece in html.components(separatedBy: "class=\"badge ").dropFirst() {
            XCTAssertTrue(piece.prefix(120).contains("<span class=\"sym\">"), String(piece.prefix(120)))
        }
        for v in Verdict.allCases {
            XCTAssertFalse(VerdictBadge.symbol(v).isEmpty)
            XCTAssertTrue(VerdictBadge.html(v).contains(v.zh))
            XCTAssertTrue(VerdictBadge.html(v).contains(VerdictBadge.english(v)))
        }
        XCTAssertEqual(VerdictBadge.plain(.atRisk), "! 有风险 at risk")
    }

    func testColoursPassWCAGAA() {
        let white = ReportPalette.paper
        for colour in [ReportPalette.ink, ReportPalette.muted, ReportPalette.series, ReportPalette.target,
                       ReportPalette.yearToDate, ReportPalette.rest, ReportPalette.projection, ReportPalette.recorded, ReportPalette.lastYear] {
            XCTAssertGreaterThanOrEqual(ContrastRatio.of(colour, white), 4.5, colour)
        }
        for (name, tone) in ReportPalette.tones {
            XCTAssertGreaterThanOrEqual(ContrastRatio.of(tone.ink, tone.paper), 4.5, "\(name) badge text")
            XCTAssertGreaterThanOrEqual(ContrastRatio.of(tone.ink, white), 4.5, "\(name) verdict text in charts")
            XCTAssertGreaterThanOrEqual(ContrastRatio.of(tone.bar, white), 3, "\(name) bar (graphics)")
        }
        // Muted text on the table header's grey.
        XCTAssertGreaterThanOrEqual(ContrastRatio.of(ReportPalette.muted, "#f3f4f6"), 4.5)
        XCTAssertEqual(ContrastRatio.of("#000000", "#ffffff"), 21, accuracy: 1e-9)
    }

    func testEverythingFromTheDataIsEscaped() {
        let html = HTMLReport.render(ReportCards.hostileCard())
        let lower = html.lowercased()
        XCTAssertFalse(lower.contains("<script"), "no script element")
        XCTAssertFalse(lower.contains("<img"))
        XCTAssertFalse(html.contains("<b>1</b>"))
        XCTAssertFalse(html.contains(ReportCards.hostile))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;"
        XCTAssertTrue(html.contains("<title>title \(escaped) · 截至 2025-02 · 目标评估报告</title>"))
        for place in ["西城区" + escaped, "clause " + escaped, "note " + escaped, "rest " + escaped, "task " + escaped,
                      "from " + escaped, "doc " + escaped, "skipped " + escaped, "PM2.5 " + escaped, "flag" + escaped,
                      "note" + escaped, "街道&lt;img src=x onerror=alert(1)&gt;", "附件&lt;b&gt;1&lt;/b&gt;", "pm25&quot;&gt;&lt;script&gt;"] {
            XCTAssertTrue(html.contains(place), place)
        }
        XCTAssertEqual(count("<svg", in: html), count("</svg>", in: html))
        XCTAssertEqual(HTMLEscape.text("a&b<c>\"d'\u{1}"), "a&amp;b&lt;c&gt;&quot;d&#39;\u{FFFD}")
    }

    func testNoExternalReferences() {
        HTMLReportTests.assertSelfContained(HTMLReport.render(ReportCards.small()))
    }

    func testRenderingIsDeterministicAndMatchesTheGoldenFile() throws {
        let first = HTMLReport.render(ReportCards.small())
        XCTAssertEqual(Data(first.utf8), Data(HTMLReport.render(ReportCards.small()).utf8))
        // Regenerate after reading the change: UPDATE_GOLDEN=1 swift test --filter HTMLReportTests
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: HTMLReportTests.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(first.utf8).write(to: HTMLReportTests.golden)
        }
        let expected = try String(contentsOf: HTMLReportTests.golden, encoding: .utf8)
        if first != expected {
            let a = first.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            XCTFail("small-report.html differs at line \(line + 1):\n  expected: \(line < e.count ? e[line] : "<end>")\n  actual:   \(line < a.count ? a[line] : "<end>")")
        }
    }

    func testChartScaleUsesRoundTicks() {
        let s = ChartScale(covering: [23.2, 48, 32])
        XCTAssertEqual(s.ticks, [20, 30, 40, 50])
        XCTAssertEqual(s.label(30), "30")
        let d = ChartScale(covering: [3.9, 5.0])
        XCTAssertEqual(d.ticks, [3.5, 4, 4.5, 5])
        XCTAssertEqual(ChartScale(covering: [1, 1], includeZero: true).ticks.first, 0)
        XCTAssertEqual(ChartScale(covering: [0, 0.9]).decimals, 2, "a step of 0.25")
        XCTAssertEqual(s.position(20, from: 200, to: 40), 200)
        XCTAssertEqual(s.position(99, from: 200, to: 40), 40, "clamped")
    }
}
