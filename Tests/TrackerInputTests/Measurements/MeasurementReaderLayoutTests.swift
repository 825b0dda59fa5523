import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// Both layouts, the encodings and number forms real files come in, and unit conversion.
final class MeasurementReaderLayoutTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    func testLongLayout() throws {
        let (set, diagnostics) = try Support.readFixture("long.csv", period: .year(2025))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.sources, [MeasurementSet.Source(file: "long.csv", encoding: "utf-8", layout: "long")])
        XCTAssertEqual(set.rowsRead, 7)
        XCTAssertEqual(set.rowsUsed, 7)
        XCTAssertEqual(set.skipped, [])
        let m = set.measurements
        XCTAssertEqual(m.map(\.indicator), ["pm25_annual_mean", "good_day_ratio", "pm25_annual_mean", "dustfall_monthly_mean",
                                            "co2_intensity_decline_vs_2020", "water_use_total", "pm25_annual_mean"])
        XCTAssertEqual(m.map(\.value), [48.2, 78, 35.2, 8.1, 12.5, 1234.5, 45.6],
                       "78% for a % indicator; 0.0352 mg/m³ → 35.2 µg/m³; \"1,234.5\"; ４５.６")
        XCTAssertEqual(m.map(\.period), [.month(YearMonth(2025, 1)), .month(YearMonth(2025, 1)), .month(YearMonth(2025, 2)),
                                         .month(YearMonth(2025, 3)), .year(2025), .month(YearMonth(2025, 4)), .month(YearMonth(2025, 4))])
        XCTAssertEqual(m.map(\.scope), ["西城区", "西城区", "德胜街道", "西城区", "西城区", "西城区", "德胜街道"], "alias 德胜 → 德胜街道")
        XCTAssertEqual(m.map(\.validDays), [31, 31, 28, nil, nil, nil, 30])
        XCTAssertEqual(m[3].flags, ["sand_dust"], "沙尘 is the sand_dust flag")
        XCTAssertTrue(m[3].isExcluded)
        XCTAssertEqual(m[1].note, "winter, with \"heating\" on")
        XCTAssertEqual(m[3].note, "sand storm\nmid-March")
        XCTAssertEqual(m.map(\.source.line), [2, 3, 4, 5, 8, 9, 10], "a line break inside quotes and a blank line count")
        XCTAssertEqual(m[0].source, SourceLocation(file: "long.csv", line: 2))
    }

    func testChineseHeadersInAnyOrderWithBOMAndCRLF() throws {
        let (set, diagnostics) = try Support.readFixture("long-zh-bom-crlf.csv")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.sources, [MeasurementSet.Source(file: "long-zh-bom-crlf.csv", encoding: "utf-8 with BOM", layout: "long")])
        XCTAssertEqual(set.measurements.map(\.indicator), ["pm25_annual_mean", "good_day_ratio"])
        XCTAssertEqual(set.measurements.map(\.value), [41.0, 80.6])
        XCTAssertEqual(set.measurements.map(\.validDays), [31, 31])
        XCTAssertEqual(set.measurements.map(\.note), [nil, "a,b"])
        XCTAssertEqual(set.rowsRead, 2, "trailing blank CRLF lines are not rows")
    }

    func testWideLayoutWithUnitsInTheHeader() throws {
        let (set, diagnostics) = try Support.readFixture("wide.csv")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.sources, [MeasurementSet.Source(file: "wide.csv", encoding: "utf-8", layout: "wide")])
        XCTAssertEqual(set.rowsRead, 2)
        let m = set.measurements
        XCTAssertEqual(m.map(\.indicator), ["pm25_annual_mean", "good_day_ratio", "heavy_pollution_days",
                                            "pm25_annual_mean", "heavy_pollution_days"], "an empty cell is no value")
        XCTAssertEqual(m.map(\.value), [48, 71, 2, 41.5, 1], "PM2.5(mg/m³) converted to µg/m³")
        XCTAssertEqual(m.map(\.validDays), [31, 31, 31, 28, 28], "有效天数 applies to mean and day-ratio indicators and to day counts")
        XCTAssertEqual(m.map(\.scope), ["西城区", "西城区", "西城区", "德胜街道", "德胜街道"])
        XCTAssertEqual(m.map(\.note), [nil, nil, nil, "春节", "春节"])
        XCTAssertEqual(m.map(\.source.line), [2, 2, 2, 3, 3])
    }

    func testGB18030IsDetected() throws {
        let (set, diagnostics) = try Support.readFixture("wide-gb18030.csv")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.sources, [MeasurementSet.Source(file: "wide-gb18030.csv", encoding: "gb18030", layout: "wide")])
        XCTAssertEqual(set.measurements.map(\.scope), ["西城区", "西城区", "什刹海街道", "什刹海街道"])
        XCTAssertEqual(set.measurements.map(\.indicator), ["pm25_annual_mean", "good_day_ratio", "pm25_annual_mean", "good_day_ratio"])
        XCTAssertEqual(set.measurements.map(\.value), [48.2, 71, 50.1, 68], "（微克/立方米）, full-width ５０.１, 68%")
    }

    func testForcedEncoding() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Support.fixture("wide-gb18030.csv")))
        let forced = MeasurementReader.read(data, file: "g.csv", indicators: Support.targets.indicators,
                                            scopes: Support.targets.scopes, encoding: .gb18030)
        XCTAssertEqual(forced.diagnostics, [])
        XCTAssertEqual(forced.set.measurements.count, 4)
        let wrong = MeasurementReader.read(data, file: "g.csv", indicators: Support.targets.indicators,
                                           scopes: Support.targets.scopes, encoding: .utf8)
        XCTAssertEqual(wrong.diagnostics.map(\.description), [
            "g.csv:1:2: error: the file is not valid UTF-8 (byte 0xBC); save it as UTF-8, or pass `--encoding gb18030` if Excel saved it on Chinese Windows",
        ])
        XCTAssertEqual(wrong.set.measurements, [], "时 (CA B1) happens to be valid UTF-8; 间 (BC E4) is not")
    }

    func testNumberForms() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value
            2025-01,西城区,优良天数比率,78%
            2025-01,西城区,water_use_total,"1,234.5"
            2025-01,西城区,PM2.5,４５．６
            2025-02,西城区,优良天数比率,８０％
            2025-02,西城区,PM2.5, 41 
            2025年3月,西城区,PM2.5,39

            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.value), [78, 1234.5, 45.6, 80, 41, 39])
        XCTAssertEqual(set.measurements.last?.period, .month(YearMonth(2025, 3)))
    }

    func testUnitColumnConvertsWithinADimension() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value,unit
            2025-01,西城区,pm25_annual_mean,0.035,mg/m³
            2025-02,西城区,pm25_annual_mean,0.0415,毫克/立方米
            2025-03,西城区,pm25_annual_mean,38,µg/m³
            2025-04,西城区,water_use_total,12345,m³
            2025-05,西城区,优良天数比率,78,%

            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.value), [35, 41.5, 38, 1.2345, 78], "exact, without binary noise")
    }

    func testUnitInTheValueHeader() {
        let (set, diagnostics) = Support.read("period,scope,indicator,数值(mg/m³)\n2025-01,西城区,PM2.5,0.03\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.value), [30])
    }

    func testUnitOfAnotherDimensionIsRejected() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value,unit
            2025-01,西城区,优良天数比率,78,t
            2025-02,西城区,优良天数比率,78,xyz

            """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:2:23: error: `t` cannot be converted to `%`, the unit of 优良天数比率; give the value in `%`",
            "m.csv:3:23: error: unknown unit `xyz`; write `%` (the unit of 优良天数比率) or a unit that converts to it, or leave the unit empty",
        ])
        XCTAssertEqual(set.measurements, [])
        let wide = Support.read("period,scope,优良天数比率(t)\n")
        XCTAssertEqual(wide.diagnostics.errors.map(\.description), [
            "m.csv:1:14: error: `t` cannot be converted to `%`, the unit of 优良天数比率; give the column's values in `%`",
        ])
    }

    func testAliasEndingInBracketsIsNotAUnit() {
        let (set, diagnostics) = Support.read("period,scope,重污染天数（天）,PM2.5[ug/m3]\n2025-01,西城区,2,40\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.indicator), ["heavy_pollution_days", "pm25_annual_mean"])
        XCTAssertEqual(set.measurements.map(\.value), [2, 40])
    }

    func testExcelBlankRowsAreNotRows() {
        let (set, diagnostics) = Support.read("period,scope,indicator,value\r\n2025-01,西城区,PM2.5,40\r\n,,,\r\n,,,\r\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.rowsRead, 1)
        XCTAssertEqual(set.measurements.count, 1)
    }

    func testReadFilesMergesAndFindsDuplicatesAcrossFiles() {
        let long = Support.fixture("long.csv"), wide = Support.fixture("wide.csv")
        let (set, diagnostics) = MeasurementReader.read(files: [long, wide, "/nonexistent/m.csv"],
                                                        indicators: Support.targets.indicators, scopes: Support.targets.scopes)
        XCTAssertEqual(diagnostics.map(\.description), [
            "error: no such file: /nonexistent/m.csv; check the path",
            "\(wide):2:13: error: PM2.5年均浓度 of 西城区 for 2025-01 is given twice: 48 µg/m³ here, 48.2 µg/m³ on \(long):2; keep the correct row and delete the other",
            "\(wide):2:19: error: 优良天数比率 of 西城区 for 2025-01 is given twice: 71% here, 78% on \(long):3; keep the correct row and delete the other",
            "\(wide):3:14: error: PM2.5年均浓度 of 德胜街道 for 2025-02 is given twice: 41.5 µg/m³ here, 35.2 µg/m³ on \(long):4; keep the correct row and delete the other",
        ])
        XCTAssertEqual(set.sources.map(\.layout), ["long", "wide"])
        XCTAssertEqual(set.rowsRead, 9)
        XCTAssertEqual(set.measurements.count, 7, "both wide rows conflict with the long file, so none of their values is used")
    }
}
