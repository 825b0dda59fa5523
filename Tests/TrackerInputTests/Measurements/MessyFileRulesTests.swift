import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

private typealias Support = MeasurementTestSupport

/// The rules for files as monitoring centres send them (docs/measurements.md, "Files as they
/// come"), each on the shape of file the issue met: extra columns, a title row, missing-value
/// markers, notes and totals rows, day counts. `MessyMeasurementTwinTests` (TrackerKitTests)
/// checks whole messy files against their clean twin.
final class MessyFileRulesTests: XCTestCase {
    func testColumnsThePlanDoesNotNeedAreSkippedWithOneWarning() {
        let (set, diagnostics) = Support.read("""
            月份,街道,PM2.5,降尘量,优良天数比率,PM10,NO2,综合指数,排名,备注
            2025-01,牛街街道,49,4.2,,82,40,4.90,15,
            2025-01,西城区,45.2,4.1,80,78,35,4.52,,

            """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:1:24: warning: 4 columns are not read: `PM10`, `NO2`, `综合指数`, `排名` (not indicators of the catalog); to have one read, name it as the indicator catalog does (`tracker indicators` lists them)",
        ])
        XCTAssertEqual(set.measurements.count, 5)
        XCTAssertEqual(set.rowsRead, 2)
    }

    func testRowsOfIndicatorsNotInTheCatalogAreSkippedWithOneWarning() {
        let (set, diagnostics) = Support.read("""
            时间,区域,指标,数值
            2025-01,西城区,PM2.5,45
            2025-01,西城区,PM10,80
            2025-01,西城区,NO2,40
            2025-02,西城区,PM10,70

            """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:3:13: warning: 3 rows name indicators that are not in the catalog and are not read: `PM10`, `NO2`; to have one read, name it as the indicator catalog does (`tracker indicators` lists them)",
        ])
        XCTAssertEqual(set.measurements.map(\.indicator), ["pm25_annual_mean"])
        XCTAssertEqual(set.rowsRead, 1, "the rows not read are not counted as read")
    }

    func testSuggestionsAreForTyposNotForOtherThings() {
        let catalog = Support.targets.indicators
        XCTAssertNil(catalog.suggestion(for: "排名"), "a rank of what? not PM2.5排名")
        XCTAssertEqual(catalog.resolve("优良天数")?.id, "good_days", "a count of days, not the share 优良天数比率")
        XCTAssertEqual(catalog.suggestion(for: "PM2.5年均浓"), "PM2.5年均浓度")
        let (_, diagnostics) = Support.read("period,scope,PM2.5年均浓,排名\n2025-01,西城区,45,3\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:1:14: error: unknown indicator `PM2.5年均浓` in the header; did you mean `PM2.5年均浓度`?",
            "m.csv:1:23: warning: column `排名` is not read (not an indicator of the catalog); to have one read, name it as the indicator catalog does (`tracker indicators` lists them)",
        ])
    }

    func testTheHeaderIsFoundBelowATitleWithinTwentyRows() {
        let title = "2025年1-3月西城区各街道环境质量监测数据,,\n"
        let (set, diagnostics) = Support.read(title + "\n,,\n单位：微克/立方米,,\n月份,街道,PM2.5\n2025-01,牛街街道,49\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:1:1: note: the header is on line 5; 2 rows above it (`2025年1-3月西城区各街道环境质量监测数据`, …) are not read; pass --header-row 5 to name the header row yourself",
        ])
        XCTAssertEqual(set.measurements.map(\.value), [49])
        let buried = String(repeating: "说明文字,,\n", count: 20) + "月份,街道,PM2.5\n2025-01,牛街街道,49\n"
        XCTAssertEqual(Support.read(buried).diagnostics.map(\.code), [.unknownLayout], "the header must lie within the first 20 filled rows")
        let named = MeasurementReader.read(Data(buried.utf8), file: "m.csv", indicators: Support.targets.indicators,
                                           scopes: Support.targets.scopes, headerRow: 21)
        XCTAssertEqual(named.diagnostics, [])
        XCTAssertEqual(named.set.measurements.map(\.value), [49])
    }

    func testAUnitRowBelowTheHeaderGivesTheColumnsUnits() {
        let (set, diagnostics) = Support.read("月份,街道,PM2.5,降尘量\n,,（毫克/立方米）,吨/平方公里·月\n2025-01,牛街街道,0.049,4.2\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:2:1: note: line 2 gives the units of the columns below the header and is not data; nothing to do; the values are converted to the catalog's units where they differ",
        ])
        XCTAssertEqual(set.measurements.map(\.value), [49, 4.2], "0.049 mg/m³ is 49 µg/m³")
        XCTAssertEqual(set.rowsRead, 1)
        let contradicting = Support.read("月份,街道,PM2.5(µg/m³)\n,,mg/m³\n2025-01,牛街街道,49\n")
        XCTAssertEqual(contradicting.diagnostics.map(\.description), [
            "m.csv:2:1: note: line 2 gives the units of the columns below the header and is not data; nothing to do; the values are converted to the catalog's units where they differ",
            "m.csv:2:3: error: the unit row says `mg/m³` but the header says `µg/m³` for PM2.5年均浓度; keep one of the two units",
        ])
    }

    func testEveryMissingValueMarkerIsNoValue() {
        let markers = ["—", "——", "–", "-", "--", "/", "无", "无数据", "缺测", "停运", "NA", "N/A", "n/a", "null", "NULL", "／"]
        let rows = markers.enumerated().map { "2025-\(String(format: "%02d", $0.offset % 12 + 1)),\(["西城区", "德胜街道"][$0.offset / 12]),45,\($0.element)" }
        let (set, diagnostics) = Support.read("月份,街道,PM2.5,降尘量\n" + rows.joined(separator: "\n") + "\n")
        XCTAssertEqual(diagnostics.map(\.code), [.cellsWithoutValue])
        XCTAssertTrue(diagnostics[0].message.hasPrefix("16 cells hold no value and are left out (`—` 1, `——` 1, `–` 1, `-` 1,"), diagnostics[0].message)
        XCTAssertEqual(set.measurements.count, markers.count, "every PM2.5 is kept")
        XCTAssertEqual(Set(set.measurements.map(\.indicator)), ["pm25_annual_mean"])
        let long = Support.read("period,scope,indicator,value,valid_days\n2025-01,西城区,PM2.5,—,31\n2025-02,西城区,PM2.5,40,缺测\n")
        XCTAssertEqual(long.diagnostics.map(\.code), [.cellsWithoutValue])
        XCTAssertEqual(long.set.measurements.map(\.value), [40])
        XCTAssertEqual(long.set.measurements.map(\.validDays), [nil], "a marker for valid days: unknown")
        XCTAssertEqual(Support.read("period,scope,indicator,value\n2025-01,西城区,PM2.5,NaN\n").diagnostics.map(\.code), [.missingValueMarker],
                       "NaN is a failed calculation, not a marker")
    }

    func testNotesAndTotalsRowsAreSkippedWithOneWarning() {
        let (set, diagnostics) = Support.read("""
            月份,街道,PM2.5
            2025-01,牛街街道,49
            2025-01,合计,49
            合计,,49
            备注：“—”表示无数据。,,
            注：数据为初步统计结果,,
            数据来源：北京市西城区生态环境监测站,,

            """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:3:1: warning: 5 rows are notes or totals and are not read (line 3 `2025-01`, line 4 `合计`, line 5 `备注：“—”表示无数据。`, …); nothing to do if these rows are not data; the scorecard forms totals and means itself",
        ])
        XCTAssertEqual(set.rowsRead, 1)
        XCTAssertEqual(set.measurements.map(\.value), [49])
    }

    func testAShareOfDaysIsFormedFromACountAndTheValidDaysOnlyWhenWanted() {
        var (set, diagnostics) = Support.read("""
            月份,区域,优良天数,重污染天数,有效天数
            2025-01,西城区,24,2,30
            2025-02,西城区,21,1,28
            2025-03,德胜街道,20,0,

            """)
        XCTAssertEqual(diagnostics, [])
        let formed = DayRatioForming.form(in: &set, wanted: ["good_day_ratio", "pm25_annual_mean"], indicators: Support.targets.indicators)
        let ratios = set.measurements.filter { $0.indicator == "good_day_ratio" }
        XCTAssertEqual(ratios.map(\.value), [80, 75], "24 ÷ 30 × 100, 21 ÷ 28 × 100")
        XCTAssertEqual(ratios.map(\.validDays), [30, 28])
        XCTAssertEqual(formed.map(\.code), [.dayRatioFormed, .dayRatioWithoutValidDays])
        XCTAssertEqual(formed.last?.description,
                       "m.csv:4:1: warning: 优良天数 is given without valid days for 1 month, so 优良天数比率 cannot be formed for it; add a `valid_days` (有效天数) column with the month's days with valid data, or give 优良天数比率 itself")
        XCTAssertFalse(set.measurements.contains { $0.indicator == "heavy_pollution_day_ratio" }, "not a target: not formed")

        var tooMany = Support.read("月份,区域,优良天数,有效天数\n2025-01,西城区,31,25\n").set
        XCTAssertEqual(DayRatioForming.form(in: &tooMany, wanted: ["good_day_ratio"], indicators: Support.targets.indicators).map(\.description), [
            "m.csv:2:1: warning: 优良天数 of 西城区 for 2025-01 is 31 days, more than its 25 valid days, so 优良天数比率 is not formed for that month; check the count and the valid days of the month",
        ])
        XCTAssertEqual(tooMany.measurements.map(\.indicator), ["good_days"])

        var given = Support.read("月份,区域,优良天数,优良天数比率,有效天数\n2025-01,西城区,24,81,30\n").set
        XCTAssertEqual(DayRatioForming.form(in: &given, wanted: ["good_day_ratio"], indicators: Support.targets.indicators), [])
        XCTAssertEqual(given.measurements.filter { $0.indicator == "good_day_ratio" }.map(\.value), [81], "the data's own share wins")
    }

    func testAWorkbookWithATitleRowAndANamedHeaderRow() throws {
        let path = Fixtures.path("Tests/Fixtures/measurements-messy/messy-title-row.xlsx")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        func read(_ headerRow: Int?) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
            MeasurementReader.read(data, file: "月报.xlsx", indicators: Support.targets.indicators, scopes: Support.targets.scopes,
                                   headerRow: headerRow)
        }
        let found = read(nil)
        XCTAssertFalse(found.diagnostics.hasErrors)
        XCTAssertEqual(found.diagnostics.first?.description,
                       "月报.xlsx[月报]!A1: note: the header is on row 3; 2 rows above it (`2025年1-3月西城区各街道环境质量监测数据`, …) are not read; pass --header-row 3 to name the header row yourself")
        XCTAssertEqual(read(3).set.measurements, found.set.measurements)
        XCTAssertEqual(read(2).diagnostics.first?.code, .unknownLayout, "row 2 is the unit line")
        XCTAssertEqual(read(40).diagnostics.map(\.description), [
            "月报.xlsx[月报]!A40: error: --header-row 40: row 40 is past the end of the sheet (its last filled row is 15); name the row that holds the column names, or leave out --header-row to have it found",
        ])
    }
}
