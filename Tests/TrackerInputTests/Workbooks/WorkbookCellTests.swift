import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// Cell shapes real writers produce that the fixtures do not all cover: cells out of order or
/// without references, booleans and errors, formulas without results, date formats and the
/// 1904 date system, phonetic runs, escaped characters; and where problems are placed.
final class WorkbookCellTests: XCTestCase {
    private typealias Z = TestZip

    private func grid(_ rows: String, strings: [String] = [], formats: [Int] = [], custom: [Int: String] = [:],
                      date1904: Bool = false) throws -> [[String]] {
        let book = try Workbook(Z.workbook(sheets: [("S", rows)], strings: strings, formats: formats, customFormats: custom, date1904: date1904))
        return try book.grid(of: book.sheets[0]).records.map { $0.fields.map(\.text) }
    }

    private func read(_ rows: String, sheets extra: [(name: String, rows: String)] = [], strings: [String] = [],
                      formats: [Int] = [], custom: [Int: String] = [:]) -> (set: MeasurementSet, diagnostics: [String]) {
        let data = Z.workbook(sheets: [("月度数据", rows)] + extra, strings: strings, formats: formats, customFormats: custom)
        let (set, diagnostics) = MeasurementReader.read(data, file: "data.xlsx", indicators: MeasurementTestSupport.targets.indicators,
                                                        scopes: MeasurementTestSupport.targets.scopes, period: .year(2025))
        return (set, diagnostics.map(\.description))
    }

    func testCellsOutOfOrderAndWithoutReferences() throws {
        let rows = "<row r=\"2\"><c r=\"C2\"><v>3</v></c><c r=\"A2\"><v>1</v></c></row>"
            + "<row r=\"1\"><c><v>10</v></c><c><v>20</v></c><c r=\"D1\"><v>40</v></c><c><v>50</v></c></row>"
            + "<row><c r=\"B3\" t=\"s\"><v>0</v></c></row>"
        XCTAssertEqual(try grid(rows, strings: ["x"]), [["10", "20", "", "40", "50"], ["1", "", "3", "", ""], ["", "x", "", "", ""]])
    }

    func testValueKinds() throws {
        let rows = Z.row(1,
            "<c r=\"A1\" t=\"b\"><v>1</v></c>", "<c r=\"B1\" t=\"b\"><v>0</v></c>", "<c r=\"C1\" t=\"e\"><v>#N/A</v></c>",
            "<c r=\"D1\" t=\"str\"><f>A1&amp;\"x\"</f><v>TRUEx</v></c>", "<c r=\"E1\"><f>1/3</f><v>0.33333333333333331</v></c>",
            "<c r=\"F1\"><v>48.200000000000003</v></c>", "<c r=\"G1\"><v>1E-3</v></c>", "<c r=\"H1\"><v>2025</v></c>",
            "<c r=\"I1\" t=\"s\"><v>0</v></c>", "<c r=\"J1\" t=\"inlineStr\"><is><r><t>德胜</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">街道 </t></r><rPh sb=\"0\" eb=\"2\"><t>DESHENG</t></rPh></is></c>",
            "<c r=\"K1\" t=\"inlineStr\"><is><t>a_x000D_b_x005F_x0041_</t></is></c>", "<c r=\"L1\" t=\"d\"><v>2025-03-01T00:00:00</v></c>",
            "<c r=\"M1\" s=\"0\"/>", "<c r=\"N1\" t=\"s\"><v>1</v></c>", "<c r=\"O1\" t=\"s\"><v>9</v></c>")
        XCTAssertEqual(try grid(rows, strings: ["共享", "<r><t>富</t></r><r><t>文本</t></r><rPh sb=\"0\" eb=\"1\"><t>fu</t></rPh>"]).first, [
            "TRUE", "FALSE", "#N/A", "TRUEx", "0.3333333333333333", "48.2", "0.001", "2025", "共享", "德胜街道 ", "a\rb_x0041_", "2025-03",
            "", "富文本", "9",
        ], "a shared string index past the end is kept as written")
    }

    func testDatesByTheirFormat() throws {
        // 45658 is 2025-01-01, 45672 2025-01-15, 45717 2025-03-01.
        let formats = [14, 164, 165, 166, 167, 17, 10, 168, 20, 57]
        let custom = [164: "yyyy-mm", 165: "yyyy\"年\"m\"月\"", 166: "[$-804]yyyy\\年m\\月d\\日", 167: "yyyy", 168: "[h]:mm"]
        let cells = ["45658", "45672", "45672", "45672", "45658", "45717", "0.756", "1.5", "0.5", "45717"]
        let rows = Z.row(1, cells.enumerated().map { Z.number(SourceLocation.columnLetters($0.offset + 1) + "1", $0.element, style: $0.offset + 1) }.joined())
        XCTAssertEqual(try grid(rows, formats: formats, custom: custom).first,
                       ["2025-01", "2025-01", "2025-01", "2025-01-15", "2025", "2025-03", "75.6%", "1.5", "0.5", "2025-03"],
                       "m/d/yyyy on the 1st is the month; a format without days is the month; a day shown that is not the 1st stays a day")
        let in1904 = try grid(Z.row(1, Z.number("A1", "44196", style: 1)), formats: [164], custom: [164: "yyyy-mm"], date1904: true)
        XCTAssertEqual(in1904.first, ["2025-01"], "the 1904 system counts from 1904-01-01")
    }

    func testNumberFormatKinds() {
        XCTAssertEqual(NumberFormatKindProbe.kind("mmm-yy"), "date")
        XCTAssertEqual(NumberFormatKindProbe.kind("h:mm"), "number", "a time is not a month")
        XCTAssertEqual(NumberFormatKindProbe.kind("[h]:mm:ss"), "number")
        XCTAssertEqual(NumberFormatKindProbe.kind("0.00%;[Red]-0.00%"), "percent")
        XCTAssertEqual(NumberFormatKindProbe.kind("\"day\" 0"), "number", "quoted text is not a format letter")
        XCTAssertEqual(NumberFormatKindProbe.kind("#,##0.0"), "number")
        XCTAssertEqual(NumberFormatKindProbe.kind("yyyy\\年m\\月"), "date", "LibreOffice escapes the Chinese letters")
    }

    func testAFormulaWithoutResultIsWarnedAboutAndReportedWhereItIsUsed() {
        let header = Z.row(1, Z.text("A1", "period"), Z.text("B1", "scope"), Z.text("C1", "indicator"), Z.text("D1", "value"))
        let row = Z.row(2, Z.text("A2", "2025-01"), Z.text("B2", "西城区"), Z.text("C2", "pm25_annual_mean"), "<c r=\"D2\"><f>AVERAGE(F2:H2)</f></c>")
        XCTAssertEqual(read(header + row).diagnostics, [
            "data.xlsx[月度数据]!D2: error: `=AVERAGE(F2:H2)` is not a number; write a number such as `48.2`; `78%`, `1,234.5` and full-width digits are accepted",
            "data.xlsx[月度数据]!D2: warning: a formula has no saved result (the workbook was written by a program that does not calculate); open the workbook in Excel, WPS or LibreOffice and save it, so that the results are stored",
        ])
    }

    func testProblemsArePlacedAsExcelUsersSeeThem() {
        let header = Z.row(1, Z.text("A1", "period"), Z.text("B1", "scope"), Z.text("C1", "indicator"), Z.text("D1", "value"))
        let rows = Z.row(2, Z.text("A2", "2025-01"), Z.text("B2", "德盛街道"), Z.text("C2", "pm25_annual_mean"), Z.number("D2", "40"))
            + Z.row(5, Z.text("A5", "2025-02"), Z.text("B5", "西城区"), Z.text("C5", "pm25_annual_mean"), Z.number("D5", "41"))
            + Z.row(12, Z.text("A12", "2025-02"), Z.text("B12", "西城区"), Z.text("C12", "pm25_annual_mean"), Z.number("D12", "42"), Z.text("F12", "?"))
        XCTAssertEqual(read(header + rows).diagnostics, [
            "data.xlsx[月度数据]!B2: error: unknown scope `德盛街道`; did you mean `德胜街道`?",
            "data.xlsx[月度数据]!D12: error: PM2.5年均浓度 of 西城区 for 2025-02 is given twice: 42 µg/m³ here, 41 µg/m³ on row 5; keep the correct row and delete the other",
            "data.xlsx[月度数据]!F12: error: a value under a column without a header; name the column in the header, or delete the value",
        ])
    }

    func testTheFirstSheetWithAMeasurementHeaderIsChosen() {
        let cover = Z.row(1, Z.text("A1", "说明")) + Z.row(2, Z.text("A2", "period,scope… see the next sheet"))
        let data = Z.row(1, Z.text("A1", "时间"), Z.text("B1", "区域"), Z.text("C1", "PM2.5(µg/m³)"))
            + Z.row(2, Z.text("A2", "2025-01"), Z.text("B2", "西城区"), Z.number("C2", "42.9"))
        let hiddenData = Z.row(1, Z.text("A1", "period"), Z.text("B1", "scope"), Z.text("C1", "PM2.5"))
        let data2 = Z.workbook(sheets: [("说明", cover), ("隐藏", hiddenData), ("宽表", data)], hidden: ["隐藏"])
        let (set, diagnostics) = MeasurementReader.read(data2, file: "data.xlsx", indicators: MeasurementTestSupport.targets.indicators,
                                                        scopes: MeasurementTestSupport.targets.scopes)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.sources.map(\.sheet), ["宽表"], "the cover sheet does not match and hidden sheets are passed over")
        XCTAssertEqual(set.measurements.map(\.value), [42.9])

        let none = read(cover, sheets: [("其他", cover)])
        XCTAssertEqual(none.diagnostics, [
            "error: data.xlsx has no sheet that starts with a measurement header row (sheets: `月度数据`, `其他`); put the header row (`period,scope,indicator,value[,valid_days][,unit][,flag][,note]` or `period,scope,<indicator>,<indicator>,…`) in the first filled row of the data sheet, or choose the sheet with `--sheet NAME`",
        ])
        XCTAssertEqual(read("").diagnostics, [
            "data.xlsx[月度数据]!A1: error: the sheet is empty; start it with a header row such as `period,scope,indicator,value`, then one row per month, scope and indicator",
        ], "a lone sheet is read even when it does not match, so its own problem is reported")
    }

    func testAMillionEmptyCellsCostNothing() throws {
        // 1,000 rows of 1,000 styled empty cells (as a formatted-but-empty range is saved), then data.
        var xml = ""
        xml.reserveCapacity(25_000_000)
        xml += Z.row(1, Z.text("A1", "period"), Z.text("B1", "scope"), Z.text("C1", "PM2.5"))
        for r in 2...1001 {
            xml += "<row r=\"\(r)\">"
            for c in 1...1000 { xml += "<c r=\"\(SourceLocation.columnLetters(c))\(r)\" s=\"1\"/>" }
            xml += "</row>"
        }
        xml += Z.row(1002, Z.text("A1002", "2025-01"), Z.text("B1002", "西城区"), Z.number("C1002", "42.9"))
        let book = try Workbook(Z.workbook(sheets: [("S", xml)], formats: [0]))
        let grid = try book.grid(of: book.sheets[0])
        XCTAssertEqual(grid.width, 3, "empty cells do not widen the table")
        XCTAssertEqual(grid.rows.map(\.number), [1, 1002], "nor add rows")
    }

    func testAStrayCellFarRightIsRefusedRatherThanPaddedInto() {
        var xml = Z.row(1, Z.text("A1", "period"), Z.text("B1", "scope"), Z.text("C1", "PM2.5"), Z.text("XFD1", "x"))
        for r in 2...1300 { xml += Z.row(r, Z.text("A\(r)", "2025-01"), Z.text("B\(r)", "西城区"), Z.number("C\(r)", "40")) }
        XCTAssertEqual(read(xml).diagnostics, [
            "error: data.xlsx has a filled cell as far right as XFD1 on sheet `月度数据`, which would make every row of the table that wide; delete the stray cells to the right of the table (select the columns, Delete), or copy the table to a new workbook",
        ])
    }
}

/// `NumberFormatKind` is internal; its classification is visible through how a cell reads.
private enum NumberFormatKindProbe {
    static func kind(_ code: String) -> String {
        let rows = TestZip.row(1, TestZip.number("A1", "45717.5", style: 1))
        guard let book = try? Workbook(TestZip.workbook(sheets: [("S", rows)], formats: [164], customFormats: [164: code])),
              let text = try? book.grid(of: book.sheets[0]).records.first?.fields[0].text else { return "?" }
        if text.hasSuffix("%") { return "percent" }
        if text.hasPrefix("2025-") { return "date" }
        return text == "45717.5" ? "number" : "?"
    }
}
