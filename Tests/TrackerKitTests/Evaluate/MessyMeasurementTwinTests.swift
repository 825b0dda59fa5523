import Foundation
import TrackerEvaluation
import TrackerInput
import TrackerKit
import TrackerModel
import TrackerTestSupport
import XCTest

/// Monthly files as a monitoring centre sends them (`Tests/Fixtures/measurements-messy/`, written
/// by its generate.py): a title and a unit row above the Chinese header, columns the plan does not
/// need, Excel serial numbers as periods, `—` and `/` for missing values, a count of good days
/// beside the valid days, totals and notes rows below; in UTF-8 with BOM, GB18030 and a workbook
/// with a title row. Each gives the scorecard of its clean twin, value for value, with one warning
/// per kind of mess.
final class MessyMeasurementTwinTests: XCTestCase {
    private static func path(_ name: String) -> String { Fixtures.path("Tests/Fixtures/measurements-messy/" + name) }

    /// The rows with their monthly measurements' places and notes set aside: a value from line 4
    /// of the messy file is the value from line 2 of the clean one (and a ratio formed from
    /// counts says so in its note).
    private func values(_ evaluation: Evaluation) -> [ScorecardRow] {
        evaluation.scorecard.rows.map { row in
            var row = row
            row.monthly = row.monthly.map { m in
                var m = m
                m.source = SourceLocation(file: "", line: 0, column: 0)
                m.note = nil
                return m
            }
            return row
        }
    }

    private func evaluate(_ name: String, lenient: Bool = false) throws -> Evaluation {
        try EvaluateRequest(targets: [Fixtures.targets], plan: "xicheng-2025",
                            sources: DataSources(files: [Self.path(name)], lenient: lenient)).run()
    }

    func testEachMessyFileGivesTheScorecardOfItsCleanTwin() throws {
        let clean = try evaluate("clean.csv")
        XCTAssertEqual(clean.diagnostics.filter { $0.severity != .note }, [])
        let observed = clean.scorecard.rows.compactMap(\.observed)
        XCTAssertGreaterThanOrEqual(observed.count, 4, "PM2.5, 优良天数比率, 重污染天数, 降尘量 of 西城区 and the streets")
        for name in ["messy-utf8-bom.csv", "messy-gb18030.csv", "messy-title-row.xlsx"] {
            let messy = try evaluate(name)
            XCTAssertEqual(values(messy), values(clean), name)
            XCTAssertEqual(messy.scorecard.rowsRead, 9, name)
            XCTAssertEqual(messy.scorecard.rowsUsed, 9, name)
            XCTAssertEqual(messy.scorecard.asOf, clean.scorecard.asOf, name)
            let lenient = try evaluate(name, lenient: true)
            XCTAssertEqual(values(lenient), values(clean), "\(name) under --lenient")
        }
    }

    func testEachKindOfMessIsReportedOnce() throws {
        let messy = try evaluate("messy-utf8-bom.csv")
        let file = Self.path("messy-utf8-bom.csv")
        XCTAssertEqual(messy.diagnostics.map { $0.description.replacingOccurrences(of: file, with: "messy.csv") }, [
            "messy.csv:1:1: note: the header is on line 3; 2 rows above it (`2025年1-3月西城区各街道环境质量监测数据`, …) are not read; pass --header-row 3 to name the header row yourself",
            "messy.csv:3:1: warning: 5 columns are not read: `序号`, `PM10`, `NO2`, `综合指数`, `排名` (not indicators of the catalog); to have one read, name it as the indicator catalog does (`tracker indicators` lists them)",
            "messy.csv:4:3: warning: 9 periods are Excel date serial numbers, read as the months they begin (45658 is 2025-01-01; months 2025-01 to 2025-03); check the months; in Excel, format the period column as text or as `yyyy-mm` before saving as CSV",
            "messy.csv:6:17: warning: 14 cells hold no value and are left out (empty 12, `—` 1, `/` 1); nothing to do when the values were not measured; docs/measurements.md lists the markers read as no value",
            "messy.csv:13:1: warning: 3 rows are notes or totals and are not read (line 13 `合计`, line 14 `备注：降尘量为扣除沙尘影响前的月均值；“`, line 15 `数据来源：北京市西城区生态环境监测站`); nothing to do if these rows are not data; the scorecard forms totals and means itself",
            "messy.csv:4:1: warning: 优良天数比率 is formed from 优良天数 and the valid days for 3 months (优良天数 ÷ valid days × 100); give 优良天数比率 itself to use the monitoring centre's figure instead",
        ])
        XCTAssertEqual(messy.diagnostics.map(\.code), [.rowsAboveHeader, .unknownColumn, .excelSerialPeriod, .cellsWithoutValue,
                                                        .notesRowsSkipped, .dayRatioFormed])
    }

    /// 牛街街道's January PM2.5 (49) survives the `—` in its 降尘量 cell, and under --lenient an
    /// unreadable cell costs that cell only.
    func testABadCellCostsThatCellOnly() throws {
        let text = "月份,街道,PM2.5,降尘量\n2025-01,牛街街道,49,—\n2025-02,牛街街道,43.2,abc\n"
        let targets = TargetLoader.load(paths: [Fixtures.targets]).set
        func read(lenient: Bool) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
            MeasurementReader.read(Data(text.utf8), file: "m.csv", indicators: targets.indicators, scopes: targets.scopes, lenient: lenient)
        }
        let strict = read(lenient: false)
        XCTAssertEqual(strict.diagnostics.map(\.description), [
            "m.csv:2:17: warning: 1 cell holds no value and is left out (`—` 1); nothing to do when the values were not measured; docs/measurements.md lists the markers read as no value",
            "m.csv:3:19: error: `abc` is not a number; write a number such as `48.2`; `78%`, `1,234.5` and full-width digits are accepted",
        ])
        let lenient = read(lenient: true)
        XCTAssertEqual(lenient.set.measurements.map { "\($0.period) \($0.indicator) \($0.value)" },
                       ["2025-01 pm25_annual_mean 49.0", "2025-02 pm25_annual_mean 43.2"])
        XCTAssertEqual(lenient.set.skipped, [], "no row is skipped: only the cell")
        XCTAssertEqual(lenient.diagnostics.map(\.description).last,
                       "m.csv:3:19: warning: `abc` is not a number; write a number such as `48.2`; `78%`, `1,234.5` and full-width digits are accepted; this cell is skipped (--lenient), the row's other values are read")
    }

    func testTheHeaderRowCanBeNamed() throws {
        let named = try EvaluateRequest(targets: [Fixtures.targets], plan: "xicheng-2025",
                                        sources: DataSources(files: [Self.path("messy-utf8-bom.csv")], headerRow: 3)).run()
        XCTAssertEqual(values(named), values(try evaluate("clean.csv")))
        XCTAssertFalse(named.diagnostics.contains { $0.code == .rowsAboveHeader }, "a named header row needs no note")
        XCTAssertThrowsError(try EvaluateRequest(targets: [Fixtures.targets], plan: "xicheng-2025",
                                                 sources: DataSources(files: [Self.path("messy-utf8-bom.csv")], headerRow: 2)).run())
    }
}
