import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// Every bad-input case, with its exact message and `file:line:column`.
final class MeasurementReaderErrorTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    /// bad.csv has one problem per row, a conflicting and an identical duplicate, and (line 19)
    /// a row with four problems; all of them are reported, not only the first.
    func testEveryProblemOfEveryRowIsReported() throws {
        let (set, diagnostics) = try Support.readFixture("bad.csv", period: .year(2025))
        XCTAssertEqual(diagnostics.map(\.description), [
            "bad.csv:2:9: error: unknown scope `德盛街道`; did you mean `德胜街道`?",
            "bad.csv:3:13: error: unknown indicator `PM25`; did you mean `pm25_annual_mean`?",
            "bad.csv:4:30: error: `abc` is not a number; write a number such as `48.2`; `78%`, `1,234.5` and full-width digits are accepted",
            "bad.csv:5:30: error: -3 µg/m³ is outside the range of PM2.5年均浓度 (0 to 1000 µg/m³); check the value and its unit",
            "bad.csv:6:28: error: 120% is outside the range of 优良天数比率 (0 to 100%); check the value and its unit",
            "bad.csv:7:33: error: 29 valid days, but 2025-02 has 28 days; write at most 28: the days of 2025-02 with valid data",
            "bad.csv:8:33: error: valid days `27.5` is not a whole number; write the number of days with valid data, 0 to 31",
            "bad.csv:9:33: error: valid days `-1` is negative; write the number of days with valid data, 0 to 30",
            "bad.csv:10:1: error: 2024-12 is outside the plan period 2025; correct the period or remove the row; the plan covers 2025-01 to 2025-12",
            "bad.csv:11:37: error: the row has 7 fields but the header has 8; add the missing fields (an empty value still needs its comma)",
            "bad.csv:12:39: error: the row has 9 fields but the header has 8; remove the extra fields, or put a value that contains a comma in quotes, e.g. `\"1,234.5\"`",
            "bad.csv:14:30: error: PM2.5年均浓度 of 西城区 for 2025-06 is given twice: 41 µg/m³ here, 40 µg/m³ on line 13; keep the correct row and delete the other",
            "bad.csv:15:30: warning: PM2.5年均浓度 of 西城区 for 2025-06 is given twice with the same value (also on line 13); delete one of the two rows",
            "bad.csv:16:1: error: `2025-13` is not a month (`YYYY-MM`) or a year (`YYYY`); write the month as `YYYY-MM`, e.g. `2025-01`, or the year as `YYYY` for a yearly value",
            "bad.csv:17:37: error: unknown flag `估算`; use `sand_dust` (沙尘) to exclude the month from the period value, or put the text in `note`",
            "bad.csv:18:30: error: `78%` is a percentage, but PM2.5年均浓度 is measured in `µg/m³`; write the value in `µg/m³`, without `%`",
            "bad.csv:19:9: error: unknown scope `德盛街道`; did you mean `德胜街道`?",
            "bad.csv:19:14: error: unknown indicator `PM25`; did you mean `pm25_annual_mean`?",
            "bad.csv:19:19: error: `abc` is not a number; write a number such as `48.2`; `78%`, `1,234.5` and full-width digits are accepted",
            "bad.csv:19:23: error: 32 valid days, but 2025-08 has 31 days; write at most 31: the days of 2025-08 with valid data",
        ])
        XCTAssertPlaces(diagnostics, [
            .init(.measurementUnknownScope, 2, 9), .init(.measurementUnknownIndicator, 3, 13), .init(.notANumber, 4, 30),
            .init(.valueOutsideRange, 5, 30), .init(.valueOutsideRange, 6, 28), .init(.dayCountTooLarge, 7, 33),
            .init(.dayCountNotWhole, 8, 33), .init(.dayCountNegative, 9, 33), .init(.periodOutsidePlan, 10, 1),
            .init(.rowFieldCount, 11, 37), .init(.rowFieldCount, 12, 39), .init(.conflictingDuplicate, 14, 30),
            .init(.repeatedRow, 15, 30), .init(.unreadablePeriod, 16, 1), .init(.unknownFlag, 17, 37),
            .init(.percentForNonPercentUnit, 18, 30), .init(.measurementUnknownScope, 19, 9),
            .init(.measurementUnknownIndicator, 19, 14), .init(.notANumber, 19, 19), .init(.dayCountTooLarge, 19, 23),
        ])
        XCTAssertEqual(set.rowsRead, 18)
        XCTAssertEqual(set.skipped, [], "without --lenient nothing is skipped: the problems are errors")
        XCTAssertEqual(set.measurements.map(\.source.line), [13], "only good rows; the identical repeat on line 15 is not counted twice")
    }

    func testLenientSkipsAndListsEachBadRow() throws {
        let (set, diagnostics) = try Support.readFixture("bad.csv", lenient: true, period: .year(2025))
        XCTAssertFalse(diagnostics.hasErrors)
        XCTAssertEqual(diagnostics.map(\.description), [
            "bad.csv:15:30: warning: PM2.5年均浓度 of 西城区 for 2025-06 is given twice with the same value (also on line 13); delete one of the two rows",
        ])
        XCTAssertEqual(set.rowsRead, 18)
        XCTAssertEqual(set.rowsUsed, 2)
        XCTAssertEqual(set.skipped.count, 16, "one entry per skipped row")
        XCTAssertTrue(set.skipped.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(set.skipped.first?.code, .measurementUnknownScope, "a skipped row keeps the code of its first problem")
        XCTAssertEqual(set.skipped.map { $0.location?.line ?? 0 }, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 17, 18, 19])
        XCTAssertEqual(set.skipped.first?.description, "bad.csv:2:9: warning: unknown scope `德盛街道`; did you mean `德胜街道`?")
        XCTAssertEqual(set.skipped[11].description,
            "bad.csv:14:30: warning: PM2.5年均浓度 of 西城区 for 2025-06 is given twice: 41 µg/m³ here, 40 µg/m³ on line 13; keep the correct row and delete the other")
        XCTAssertEqual(set.skipped.last?.description,
            "bad.csv:19:9: warning: unknown scope `德盛街道`; did you mean `德胜街道`? (3 more problems in this row: unknown indicator `PM25`; `abc` is not a number; 32 valid days, but 2025-08 has 31 days)")
        XCTAssertEqual(set.measurements.map(\.source.line), [13])
    }

    func testWithoutAPlanPeriodEveryMonthIsAccepted() {
        let (set, diagnostics) = Support.read("period,scope,indicator,value\n2024-12,西城区,PM2.5,40\n2026,西城区,co2_intensity_decline_vs_2020,3\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.count, 2)
        let planned = Support.read("period,scope,indicator,value\n2026,西城区,co2_intensity_decline_vs_2020,3\n", period: .year(2025))
        XCTAssertEqual(planned.diagnostics.map(\.description), [
            "m.csv:2:1: error: 2026 is outside the plan period 2025; correct the period or remove the row; the plan covers 2025-01 to 2025-12",
        ])
    }

    func testEmptyFieldsOfARow() {
        let (set, diagnostics) = Support.read("period,scope,indicator,value\n,,,\n2025-01,,, \n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:3:9: error: the scope is empty; name the district or street, e.g. `西城区` or `德胜街道`",
            "m.csv:3:10: error: the indicator is empty; name the indicator by its id or Chinese name, e.g. `pm25_annual_mean` or `PM2.5年均浓度`",
        ], "an empty value is no value, not an error")
        XCTAssertEqual(set.rowsRead, 1, "`,,,` is a blank row")
        let noPeriod = Support.read("period,scope,indicator,value\n,西城区,PM2.5,40\n")
        XCTAssertEqual(noPeriod.diagnostics.map(\.description), [
            "m.csv:2:1: error: the period is empty; write the month as `YYYY-MM`, e.g. `2025-01`, or the year as `YYYY` for a yearly value",
        ])
    }

    func testAValueUnderAColumnWithoutAHeader() {
        let (_, diagnostics) = Support.read("period,scope,indicator,value,\n2025-01,西城区,PM2.5,48,x\n2025-02,西城区,PM2.5,48,\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:2:22: error: a value under a column without a header; name the column in the header, or delete the value",
        ])
    }

    // MARK: - Problems of the file as a whole: errors with or without --lenient

    private func fileProblems(_ text: String) -> [String] {
        let strict = Support.read(text).diagnostics.map(\.description)
        XCTAssertEqual(Support.read(text, lenient: true).diagnostics.map(\.description), strict, "the same under --lenient")
        return strict
    }

    func testEmptyFile() {
        let expected = ["m.csv:1:1: error: the file is empty; start it with a header row such as `period,scope,indicator,value`, then one row per month, scope and indicator"]
        XCTAssertEqual(fileProblems(""), expected)
        XCTAssertEqual(fileProblems("\n \r\n\n"), expected)
        XCTAssertEqual(fileProblems("\u{FEFF}"), expected)
        XCTAssertEqual(fileProblems("period,scope,indicator,value\r\n"), [
            "m.csv:1:1: warning: the file has a header but no data rows; add one row per month, scope and indicator below the header",
        ])
    }

    func testHeaderOfNeitherLayout() {
        XCTAssertEqual(fileProblems("a,b,c\n1,2,3\n"), [
            "m.csv:1:1: error: the header row matches neither measurement layout (it names `a`, `b`, `c`); start the file with `period,scope,indicator,value[,valid_days][,unit][,flag][,note]` (long layout) or `period,scope,<indicator>,<indicator>,…` (wide layout)",
        ])
        XCTAssertEqual(fileProblems("period;scope;indicator;value\n"), [
            "m.csv:1:1: error: the header row is a single column `period;scope;indicator;value`; separate the columns with commas (this file seems to use `;`); save it as CSV from the spreadsheet program",
        ])
        XCTAssertEqual(fileProblems("2025-01,西城区,PM2.5,48\n"), [
            "m.csv:1:1: error: the file has no header row: the first row is data; add a header row: `period,scope,indicator,value[,valid_days][,unit][,flag][,note]` (long layout) or `period,scope,<indicator>,<indicator>,…` (wide layout)",
        ])
    }

    func testMissingAndRepeatedColumns() {
        XCTAssertEqual(fileProblems("时间,指标,数值\n2025-01,PM2.5,40\n"), [
            "m.csv:1:1: error: the header has no `scope` column; add it (also accepted: 范围, 区域, 街道, 地区); the long layout is `period,scope,indicator,value[,valid_days][,unit][,flag][,note]`",
        ])
        XCTAssertEqual(fileProblems("scope,PM2.5\n西城区,40\n"), [
            "m.csv:1:1: error: the header has no `period` column; add it (also accepted: 时间, 月份, 期间, 年月); the wide layout is `period,scope,<indicator>,<indicator>,…`",
        ])
        XCTAssertEqual(fileProblems("period,scope,indicator,value,数值\n2025-01,西城区,PM2.5,40,41\n"), [
            "m.csv:1:30: error: column `数值` repeats `value`; keep one of the two columns",
        ])
        XCTAssertEqual(fileProblems("period,scope,PM2.5,PM2.5浓度\n2025-01,西城区,40,41\n"), [
            "m.csv:1:20: error: column `PM2.5浓度` repeats `PM2.5` (both are PM2.5年均浓度); keep one of the two columns",
        ])
    }

    func testUnknownColumnOfTheLongLayoutIsAWarning() {
        let (set, diagnostics) = Support.read("period,scope,indicator,value,station\n2025-01,西城区,PM2.5,48,官园\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:1:30: warning: column `station` is not read; the long layout reads period, scope, indicator, value, valid_days, unit, flag, excluded_days, value_with_excluded, valid_days_with_excluded, note; rename a column to have it read",
        ])
        XCTAssertEqual(set.measurements.count, 1)
    }

    func testWideHeaderProblems() {
        // Almost an indicator's name: an error, and under --lenient a warning that skips the column.
        XCTAssertEqual(Support.read("period,scope,PM25,优良天数比率\n2025-01,西城区,40,70\n").diagnostics.map(\.description), [
            "m.csv:1:14: error: unknown indicator `PM25` in the header; did you mean `pm25_annual_mean`?",
        ])
        let lenient = Support.read("period,scope,PM25,优良天数比率\n2025-01,西城区,40,70\n", lenient: true)
        XCTAssertEqual(lenient.diagnostics.map(\.description), [
            "m.csv:1:14: warning: unknown indicator `PM25` in the header; did you mean `pm25_annual_mean`?",
        ])
        XCTAssertEqual(lenient.set.measurements.map(\.indicator), ["good_day_ratio"])
        XCTAssertEqual(fileProblems("period,scope,PM2.5(xyz)\n2025-01,西城区,40\n"), [
            "m.csv:1:14: error: unknown unit `xyz` in the header `PM2.5(xyz)`; write `µg/m³` (the unit of PM2.5年均浓度) or a unit that converts to it, or drop the brackets to use the indicator's own unit",
        ])
        XCTAssertEqual(fileProblems("period,scope,降尘量（千克/平方米）\n2025-01,西城区,4.2\n"), [
            "m.csv:1:14: error: unknown unit `千克/平方米` in the header `降尘量（千克/平方米）`; write `t/km²·月` (the unit of 降尘量) or a unit that converts to it, or drop the brackets to use the indicator's own unit",
        ], "the indicator's own unit, not air units")
        XCTAssertEqual(fileProblems("period,scope,indicator,数值(xyz)\n2025-01,西城区,PM2.5,40\n"), [
            "m.csv:1:24: error: unknown unit `xyz` in the header `数值(xyz)`; write a unit such as `µg/m³`, `mg/m³` or `%`, or drop the brackets to use the indicator's own unit",
        ], "a value column holds any indicator")
        XCTAssertEqual(fileProblems("period,scope,PM2.5,unit\n2025-01,西城区,40,µg/m³\n"), [
            "m.csv:1:20: warning: the `unit` column is not read: in the wide layout each indicator column has its own unit; put the unit in each indicator's header when it is not the catalog's, e.g. `PM2.5(mg/m³)`",
        ])
    }

    func testUnterminatedQuote() {
        XCTAssertEqual(fileProblems("period,scope,indicator,value\n2025-01,西城区,PM2.5,\"48\n2025-02,西城区,PM2.5,40\n"), [
            "m.csv:2:19: error: the quoted field that starts here is never closed; close it with `\"` (a quote inside a quoted field is written `\"\"`)",
        ])
    }

    func testUndecodableBytes() {
        func problems(_ bytes: [UInt8]) -> [String] {
            MeasurementReader.read(Data(bytes), file: "b.csv", indicators: Support.targets.indicators,
                                   scopes: Support.targets.scopes, lenient: true).diagnostics.map(\.description)
        }
        XCTAssertEqual(problems([0x61, 0x00, 0x62]), [
            "b.csv:1:2: error: the file contains a NUL byte, so it is not a text file; save it as CSV (UTF-8) from the spreadsheet program; a binary workbook cannot be read here",
        ])
        XCTAssertEqual(problems([0xEF, 0xBB, 0xBF, 0xC4, 0xE3]), [
            "b.csv:1:1: error: the file is not valid UTF-8 (byte 0xC4); save it as UTF-8, or pass `--encoding gb18030` if Excel saved it on Chinese Windows",
        ])
    }
}
