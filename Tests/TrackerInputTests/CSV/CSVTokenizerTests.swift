import TrackerInput
import TrackerModel
import XCTest

final class CSVTokenizerTests: XCTestCase {
    private func texts(_ text: String) -> [[String]] {
        CSVTokenizer.records(in: text, file: "t.csv").records.map { $0.fields.map(\.text) }
    }

    func testPlainFieldsAndLineEnds() {
        XCTAssertEqual(texts("a,b\nc,d\n"), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(texts("a,b\r\nc,d\r\n"), [["a", "b"], ["c", "d"]])
        XCTAssertEqual(texts("a,b\rc,d\r"), [["a", "b"], ["c", "d"]], "CR-only line ends (old Mac Excel)")
        XCTAssertEqual(texts("a,b\nc,d"), [["a", "b"], ["c", "d"]], "no line end after the last record")
        XCTAssertEqual(texts("a,,\n"), [["a", "", ""]], "empty fields are kept")
    }

    func testQuotedFields() {
        XCTAssertEqual(texts("\"a,b\",c\n"), [["a,b", "c"]])
        XCTAssertEqual(texts("\"say \"\"hi\"\"\",x\n"), [["say \"hi\"", "x"]])
        XCTAssertEqual(texts("\"\"\"\"\n"), [["\""]])
        XCTAssertEqual(texts("\"two\r\nlines\",x\r\ny\r\n"), [["two\nlines", "x"], ["y"]], "CRLF inside quotes reads as \\n")
        XCTAssertEqual(texts("\"\",x\n"), [["", "x"]])
        // Excel's leniency: a stray quote inside an unquoted field, text after a closing quote.
        XCTAssertEqual(texts("5\",\"a\"b\n"), [["5\"", "ab"]])
    }

    func testBlankLinesAreSkippedButNumbered() {
        let records = CSVTokenizer.records(in: "\n\na\n\r\n  \nb\n\n\n", file: "t.csv").records
        XCTAssertEqual(records.map { $0.fields.map(\.text) }, [["a"], ["b"]])
        XCTAssertEqual(records.map(\.line), [3, 6])
    }

    func testFieldsCarryLineAndColumn() {
        let records = CSVTokenizer.records(in: "西城区,\"a\nb\",c\n德胜街道,,x\n", file: "t.csv").records
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records[0].fields.map { [$0.line, $0.column] }, [[1, 1], [1, 5], [2, 4]],
                       "columns count characters; a field after a quoted line break is on the next line")
        XCTAssertEqual(records[1].line, 3)
        XCTAssertEqual(records[1].fields.map { [$0.line, $0.column] }, [[3, 1], [3, 6], [3, 7]])
        XCTAssertEqual(records[0].fields.map(\.wasQuoted), [false, true, false])
    }

    func testTrailingEmptyFieldHasTheColumnAfterTheComma() {
        let records = CSVTokenizer.records(in: "ab,", file: "t.csv").records
        XCTAssertEqual(records.first?.fields.map { [$0.line, $0.column] }, [[1, 1], [1, 4]])
    }

    func testByteOrderMarkIsNotPartOfTheFirstName() {
        let records = CSVTokenizer.records(in: "\u{FEFF}period,scope\n", file: "t.csv").records
        XCTAssertEqual(records.first?.fields.first?.text, "period")
        XCTAssertEqual(records.first?.fields.first?.column, 1)
    }

    func testUnterminatedQuoteIsReportedAtTheOpeningQuote() {
        let (records, diagnostics) = CSVTokenizer.records(in: "a,b\nc,\"d,e\nf,g\n", file: "t.csv")
        XCTAssertEqual(records.map { $0.fields.map(\.text) }, [["a", "b"]])
        XCTAssertEqual(diagnostics.map(\.description), [
            "t.csv:2:3: error: the quoted field that starts here is never closed; close it with `\"` (a quote inside a quoted field is written `\"\"`)",
        ])
        XCTAssertPlaces(diagnostics, [.init(.unclosedQuote, 2, 3)])
    }

    func testEmptyInput() {
        let (records, diagnostics) = CSVTokenizer.records(in: "", file: "t.csv")
        XCTAssertTrue(records.isEmpty)
        XCTAssertTrue(diagnostics.isEmpty)
        XCTAssertEqual(texts("\"\""), [[""]], "a lone quoted empty field is a record")
    }

    func testALargeInputKeepsEveryRecordAndItsLine() {
        let row = "2025-01,西城区,\"a \"\"quoted\"\", value\",48.2\r\n"
        let text = String(repeating: row, count: 20_000)
        let records = CSVTokenizer.records(in: text, file: "t.csv").records
        XCTAssertEqual(records.count, 20_000)
        XCTAssertEqual(records.last?.line, 20_000)
        XCTAssertEqual(records.last?.fields.map(\.text), ["2025-01", "西城区", "a \"quoted\", value", "48.2"])
    }
}
