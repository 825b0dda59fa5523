import Foundation
import TrackerInput
import XCTest
@testable import TrackerCLI
import TrackerTestSupport

/// `tracker evaluate` with workbooks: each fixture workbook gives exactly the scorecard of its
/// CSV twin, `--sheet`, the scorecard header naming the sheet, `--format xlsx`, and CSV files
/// written for Excel (BOM, or GB18030 with `--output-encoding`).
final class WorkbookCommandTests: XCTestCase {
    func run(_ arguments: [String]) -> CommandOutcome { TrackerCommand.run(arguments).relative }

    func evaluate(_ data: String, _ extra: [String] = []) -> CommandOutcome {
        run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", Fixtures.path("Tests/Fixtures/workbooks/" + data)] + extra)
    }

    func testEachWorkbookGivesExactlyTheScorecardOfItsCSVTwin() {
        let twins = [("long-shared-strings.xlsx", "long.csv"), ("long-inline-strings.xlsx", "long.csv"),
                     ("dates-cover-sheet.xlsx", "long.csv"), ("formulas-cached.xlsx", "long.csv"),
                     ("long-libreoffice.xlsx", "long.csv"), ("dates-libreoffice.xlsx", "long.csv"), ("wide-percent.xlsx", "wide.csv")]
        // Only the scorecard header's `data:` line names the file read.
        let strip = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("data: ") } }
        var expected: [String: [Substring]] = [:]
        for csv in ["long.csv", "wide.csv"] {
            for format in ["table", "csv", "json"] { expected[csv + format] = strip(evaluate(csv, ["--format", format]).out) }
        }
        for (workbook, csv) in twins {
            for format in ["table", "csv", "json"] {
                let a = evaluate(workbook, ["--format", format])
                XCTAssertEqual(a.code, 0, a.err)
                XCTAssertEqual(a.err, "", workbook)
                XCTAssertEqual(strip(a.out), expected[csv + format], "\(workbook) --format \(format)")
            }
        }
    }

    func testTheScorecardHeaderSaysWhichSheetWasRead() {
        XCTAssertTrue(evaluate("dates-cover-sheet.xlsx").out.contains("\ndata: Tests/Fixtures/workbooks/dates-cover-sheet.xlsx (long, xlsx, sheet 月度数据)\n"))
        XCTAssertTrue(evaluate("wide-percent.xlsx").out.contains("\ndata: Tests/Fixtures/workbooks/wide-percent.xlsx (wide, xlsx, sheet 月度数据)\n"))
    }

    func testSheetOption() {
        let byNumber = evaluate("dates-cover-sheet.xlsx", ["--sheet", "2", "--format", "csv"])
        XCTAssertEqual(byNumber.code, 0, byNumber.err)
        XCTAssertEqual(byNumber.out, evaluate("long.csv", ["--format", "csv"]).out)
        XCTAssertEqual(evaluate("dates-cover-sheet.xlsx", ["--sheet", "月度数据", "--format", "csv"]).out, byNumber.out)
        let qualified = run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025",
                             "--data", Fixtures.path("Tests/Fixtures/workbooks/dates-cover-sheet.xlsx") + "[月度数据]", "--format", "csv"])
        XCTAssertEqual(qualified.out, byNumber.out, "FILE.xlsx[SHEET] picks the sheet of that file")
        let cover = evaluate("dates-cover-sheet.xlsx", ["--sheet", "说明"])
        XCTAssertEqual(cover.code, 65)
        XCTAssertTrue(cover.err.hasPrefix("Tests/Fixtures/workbooks/dates-cover-sheet.xlsx[说明]!A1: error: the header row matches neither measurement layout"), cover.err)
        let missing = evaluate("dates-cover-sheet.xlsx", ["--sheet", "9"])
        XCTAssertEqual(missing.code, 65)
        XCTAssertTrue(missing.err.hasPrefix("error: Tests/Fixtures/workbooks/dates-cover-sheet.xlsx has no sheet `9` (sheets: `说明`, `月度数据`)"), missing.err)
        XCTAssertEqual(evaluate("long.csv", ["--sheet", "2", "--format", "csv"]).out, byNumber.out, "a CSV file ignores --sheet")
    }

    func testFilesThatAreNotReadableWorkbooks() {
        let legacy = evaluate("legacy.xls")
        XCTAssertEqual(legacy.code, 65)
        XCTAssertEqual(legacy.err.components(separatedBy: "\n").first,
                       "error: Tests/Fixtures/workbooks/legacy.xls is an Excel 97–2003 workbook (.xls), which cannot be read; open it in Excel, WPS or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV UTF-8")
        XCTAssertTrue(evaluate("encrypted.xlsx").err.contains("is protected with a password"))
        XCTAssertTrue(evaluate("bomb.xlsx").err.contains("is refused: its part xl/worksheets/sheet1.xml unpacks to more than 4 MiB"))
    }

    func testXLSXOutput() throws {
        let usage = evaluate("long.csv", ["--format", "xlsx"])
        XCTAssertEqual(usage.code, 2)
        XCTAssertEqual(usage.err, "error: `--format xlsx` writes a workbook, not text: give `--output FILE.xlsx`\n")
        let dir = try temporaryFolder("tracker-xlsx")
        let out = dir.appendingPathComponent("card.xlsx").path
        let written = evaluate("dates-cover-sheet.xlsx", ["--format", "xlsx", "--output", out])
        XCTAssertEqual(written.code, 0, written.err)
        XCTAssertEqual(written.out, "")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        let book = try Workbook(bytes)
        XCTAssertEqual(book.sheets.map(\.name), ["summary", "district", "street"])
        XCTAssertEqual(try book.grid(of: book.sheets[1]).records.first?.fields.map(\.text).prefix(3), ["scope", "indicator", "observed"])
        // The same input gives the same bytes, from the CSV twin too apart from the `data` line.
        let again = dir.appendingPathComponent("again.xlsx").path
        XCTAssertEqual(evaluate("dates-cover-sheet.xlsx", ["--format", "xlsx", "--output", again]).code, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: again)), bytes)
        let clobber = evaluate("dates-cover-sheet.xlsx", ["--sheet", "2", "--output", Fixtures.path("Tests/Fixtures/workbooks/dates-cover-sheet.xlsx")])
        XCTAssertEqual(clobber.code, 2)
        XCTAssertTrue(clobber.err.contains("is one of the input files"))
    }

    func testCSVFilesAreWrittenForExcel() throws {
        let dir = try temporaryFolder("tracker-xlsx")
        let stdout = evaluate("long.csv", ["--format", "csv"]).out
        XCTAssertFalse(stdout.hasPrefix("\u{FEFF}"), "standard output stays BOM-free")

        let bom = dir.appendingPathComponent("bom.csv").path
        XCTAssertEqual(evaluate("long.csv", ["--format", "csv", "--output", bom]).code, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: bom)), Data([0xEF, 0xBB, 0xBF]) + Data(stdout.utf8))

        let plain = dir.appendingPathComponent("plain.csv").path
        XCTAssertEqual(evaluate("long.csv", ["--format", "csv", "--output", plain, "--output-encoding", "utf-8"]).code, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: plain)), Data(stdout.utf8))

        let gb = dir.appendingPathComponent("gb.csv").path
        XCTAssertEqual(evaluate("long.csv", ["--format", "csv", "--output", gb, "--output-encoding", "gb18030"]).code, 0)
        let gbBytes = try Data(contentsOf: URL(fileURLWithPath: gb))
        XCTAssertNil(String(data: gbBytes, encoding: .utf8), "GB18030, not UTF-8")
        XCTAssertEqual(String(data: gbBytes, encoding: String.Encoding(rawValue: 0x8000_0632)), stdout)
        XCTAssertTrue(stdout.contains("西城区"), "there is Chinese text to encode")

        let json = dir.appendingPathComponent("card.json").path
        XCTAssertEqual(evaluate("long.csv", ["--format", "json", "--output", json]).code, 0)
        XCTAssertFalse(try Data(contentsOf: URL(fileURLWithPath: json)).starts(with: [0xEF, 0xBB, 0xBF]), "only CSV gets a BOM")
        XCTAssertEqual(evaluate("long.csv", ["--format", "json", "--output", json, "--output-encoding", "gb18030"]).err,
                       "error: `--output-encoding gb18030` applies to `--format csv` written with `--output FILE`\n")
        XCTAssertEqual(evaluate("long.csv", ["--format", "csv", "--output-encoding", "gb18030"]).code, 2)
    }
}
