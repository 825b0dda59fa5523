import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// Each fixture workbook against its CSV twin: the same measurements (period, scope, indicator,
/// value, valid days, flags, note), the same rows counted and the same diagnostics, apart from
/// the place. Which program wrote which fixture: `Tests/Fixtures/workbooks/README.md`.
final class WorkbookTwinTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    static func read(_ name: String, sheet: SheetChoice? = nil, lenient: Bool = false) throws -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Tests/Fixtures/workbooks/" + name)))
        return MeasurementReader.read(data, file: name, indicators: Support.targets.indicators, scopes: Support.targets.scopes,
                                      lenient: lenient, period: Period(first: YearMonth(2024, 1), last: YearMonth(2025, 12)), sheet: sheet)
    }

    /// A measurement without its place.
    private struct Content: Hashable {
        var period: TrackerModel.Measurement.Period, scope: String, indicator: String, value: Double
        var validDays: Int?, flags: [String], note: String?
        init(_ m: TrackerModel.Measurement) {
            (period, scope, indicator, value, validDays, flags, note) = (m.period, m.scope, m.indicator, m.value, m.validDays, m.flags, m.note)
        }
    }

    private func assertTwins(_ workbook: String, _ csv: String, sheet: String, layout: String,
                             file: StaticString = #filePath, line: UInt = #line) throws {
        let (book, bookProblems) = try Self.read(workbook)
        let (text, textProblems) = try Self.read(csv)
        XCTAssertEqual(bookProblems.map(\.description), [], file: file, line: line)
        XCTAssertEqual(textProblems.map(\.description), [], file: file, line: line)
        XCTAssertGreaterThan(text.measurements.count, 30, file: file, line: line)
        XCTAssertEqual(book.measurements.map(Content.init), text.measurements.map(Content.init), workbook, file: file, line: line)
        XCTAssertEqual(book.rowsRead, text.rowsRead, file: file, line: line)
        XCTAssertEqual(book.sources, [MeasurementSet.Source(file: workbook, encoding: "xlsx, sheet \(sheet)", layout: layout, sheet: sheet)],
                       file: file, line: line)
        XCTAssertEqual(book.measurements.map(\.source.line), text.measurements.map(\.source.line),
                       "the CSV's line is the sheet's row", file: file, line: line)
    }

    func testSharedStringsOpenpyxl() throws {
        try assertTwins("long-shared-strings.xlsx", "long.csv", sheet: "Sheet1", layout: "long")
    }

    func testInlineStringsAndRichTextXlsxWriter() throws {
        try assertTwins("long-inline-strings.xlsx", "long.csv", sheet: "数据", layout: "long")
    }

    func testDatesFormattedYearMonthAfterACoverSheet() throws {
        try assertTwins("dates-cover-sheet.xlsx", "long.csv", sheet: "月度数据", layout: "long")
    }

    func testWideLayoutWithPercentCells() throws {
        try assertTwins("wide-percent.xlsx", "wide.csv", sheet: "月度数据", layout: "wide")
    }

    func testFormulasReadByTheirCachedValues() throws {
        try assertTwins("formulas-cached.xlsx", "long.csv", sheet: "月度数据", layout: "long")
    }

    func testSavedByLibreOffice() throws {
        try assertTwins("long-libreoffice.xlsx", "long.csv", sheet: "long-libreoffice", layout: "long")
        try assertTwins("dates-libreoffice.xlsx", "long.csv", sheet: "月度数据", layout: "long")
    }

    func testTheSamePlaceIsNamedAsExcelUsersSeeIt() throws {
        let (set, _) = try Self.read("dates-cover-sheet.xlsx")
        XCTAssertEqual(set.measurements[0].source.description, "dates-cover-sheet.xlsx[月度数据]!A2")
        XCTAssertEqual(set.measurements[0].source.sheet, "月度数据")
    }

    func testSheetChosenByNameOrNumber() throws {
        XCTAssertEqual(try Self.read("dates-cover-sheet.xlsx", sheet: SheetChoice("2")).set.measurements.count, 260)
        XCTAssertEqual(try Self.read("dates-cover-sheet.xlsx", sheet: SheetChoice("月度数据")).set.measurements.count, 260)
        // Row 3 of the cover fills column B, so its first row reads as two fields, as in a CSV export.
        let cover = try Self.read("dates-cover-sheet.xlsx", sheet: SheetChoice("说明"))
        XCTAssertEqual(cover.diagnostics.map(\.description), [
            "dates-cover-sheet.xlsx[说明]!A1: error: the header row matches neither measurement layout (it names `西城区 2025 年月度监测数据（合成数据，测试用）`, ``); start the sheet with `period,scope,indicator,value[,valid_days][,unit][,flag][,note]` (long layout) or `period,scope,<indicator>,<indicator>,…` (wide layout)",
        ])
        let missing = try Self.read("dates-cover-sheet.xlsx", sheet: SheetChoice("3"))
        XCTAssertEqual(missing.diagnostics.map(\.description), [
            "error: dates-cover-sheet.xlsx has no sheet `3` (sheets: `说明`, `月度数据`); give one of the names, or the sheet's number counting from 1, e.g. `--sheet 2`",
        ])
    }
}
