import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// Period cells holding real dates and the CSV Excel exports from them (`2025/1/1`, `2025年4月1日`)
/// give the same measurements and the same problem: the 1st of a month is that month in both,
/// another day is reported as a date in both.
final class WorkbookDateTwinTests: XCTestCase {
    private typealias Z = TestZip
    private typealias Support = MeasurementTestSupport

    private func read(_ data: Data, file: String) -> (set: MeasurementSet, diagnostics: [String]) {
        let (set, diagnostics) = MeasurementReader.read(data, file: file, indicators: Support.targets.indicators,
                                                        scopes: Support.targets.scopes, period: .year(2025))
        return (set, diagnostics.map(\.description))
    }

    func testDateCellsAndTheirCSVExportGiveTheSameMonths() {
        // 45658 is 2025-01-01, 45689 2025-02-01, 45672 2025-01-15, 45748 2025-04-01. Styles: 1 `yyyy/m/d`,
        // 2 the built-in short date (14), 3 `yyyy"年"m"月"d"日"`.
        func row(_ r: Int, _ serial: String, style: Int, _ value: String) -> String {
            Z.row(r, Z.number("A\(r)", serial, style: style), Z.text("B\(r)", "德胜街道"), Z.text("C\(r)", "PM2.5"), Z.number("D\(r)", value))
        }
        let sheet = Z.row(1, Z.text("A1", "period"), Z.text("B1", "scope"), Z.text("C1", "indicator"), Z.text("D1", "value"))
            + row(2, "45658", style: 1, "42.7") + row(3, "45689", style: 2, "35.3") + row(4, "45672", style: 1, "30.3")
            + row(5, "45748", style: 3, "26.2")
        let book = read(Z.workbook(sheets: [("月度数据", sheet)], formats: [164, 14, 165],
                                   customFormats: [164: "yyyy/m/d", 165: "yyyy\"年\"m\"月\"d\"日\""]), file: "data.xlsx")
        let csv = read(Data("""
            period,scope,indicator,value
            2025/1/1,德胜街道,PM2.5,42.7
            2025/2/1,德胜街道,PM2.5,35.3
            2025/1/15,德胜街道,PM2.5,30.3
            2025年4月1日,德胜街道,PM2.5,26.2

            """.utf8), file: "data.csv")

        for (set, name) in [(book.set, "xlsx"), (csv.set, "csv")] {
            XCTAssertEqual(set.measurements.map(\.period), [.month(YearMonth(2025, 1)), .month(YearMonth(2025, 2)), .month(YearMonth(2025, 4))], name)
            XCTAssertEqual(set.measurements.map(\.value), [42.7, 35.3, 26.2], name)
            XCTAssertEqual(set.measurements.map(\.source.line), [2, 3, 5], name)
        }
        XCTAssertEqual(book.diagnostics, [
            "data.xlsx[月度数据]!A4: error: `2025-01-15` is a date, not a month (only the 1st of a month is read as the month); write the month the value is for as `YYYY-MM`, e.g. `2025-01`",
        ])
        XCTAssertEqual(csv.diagnostics, [
            "data.csv:4:1: error: `2025/1/15` is a date, not a month (only the 1st of a month is read as the month); write the month the value is for as `YYYY-MM`, e.g. `2025-01`",
        ])
    }

    func testISODateCellsFollowTheSameRule() throws {
        // `t="d"` cells (ISO 8601 text instead of a serial), as some programs write them.
        let rows = Z.row(1, "<c r=\"A1\" t=\"d\"><v>2025-03-01T00:00:00</v></c>", "<c r=\"B1\" t=\"d\"><v>2025-03-15T00:00:00</v></c>",
                         "<c r=\"C1\" t=\"d\"><v>T10:00:00</v></c>")
        let book = try Workbook(Z.workbook(sheets: [("S", rows)]))
        XCTAssertEqual(try book.grid(of: book.sheets[0]).records.first?.fields.map(\.text), ["2025-03", "2025-03-15", "T10:00:00"])
    }
}
