@testable import TrackerInput
import XCTest

final class HourlyRecordSplitterTests: XCTestCase {
    /// Splits `text` feeding `chunkSize` bytes at a time; returns fields and start lines.
    private func split(_ text: String, chunkSize: Int = 1 << 16) -> [(fields: [String], line: Int)] {
        var splitter = HourlyRecordSplitter()
        var result: [(fields: [String], line: Int)] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { all in
            var start = 0
            while start < all.count {
                let end = min(all.count, start + chunkSize)
                let chunk = UnsafeRawBufferPointer(rebasing: all[start..<end])
                var cursor = 0
                while let record = splitter.next(in: chunk, cursor: &cursor) {
                    result.append(((0..<record.count).map(record.string), record.line))
                }
                start = end
            }
        }
        if let last = splitter.finish() { result.append(((0..<last.count).map(last.string), last.line)) }
        return result
    }

    func testQuotesEscapesAndEmptyFields() {
        let records = split("\"No\",\"a,b\",x\n1,\"say \"\"hi\"\"\",\n")
        XCTAssertEqual(records.map(\.fields), [["No", "a,b", "x"], ["1", "say \"hi\"", ""]])
        XCTAssertEqual(records.map(\.line), [1, 2])
    }

    func testCRLFBlankLinesAndNoFinalNewline() {
        let records = split("a,b\r\n\r\n1,2\r\n3,4")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["1", "2"], ["3", "4"]])
        XCTAssertEqual(records.map(\.line), [1, 3, 4])
    }

    func testNewlineInsideQuotesKeepsLineNumbersRight() {
        let records = split("a,\"two\nlines\"\nb,c\n")
        XCTAssertEqual(records.map(\.fields), [["a", "two\nlines"], ["b", "c"]])
        XCTAssertEqual(records.map(\.line), [1, 3])
    }

    func testEveryChunkSizeGivesTheSameRecords() {
        let text = "\"No\",\"PM2.5\",\"wd\"\r\n1,\"4\",\"N\"\"E\"\n2,NA,\"a\nb\"\n3,,x"
        let reference = split(text).map(\.fields)
        for size in 1...12 {
            XCTAssertEqual(split(text, chunkSize: size).map(\.fields), reference, "chunk size \(size)")
        }
    }

    func testUnclosedQuoteIsFlagged() {
        var splitter = HourlyRecordSplitter()
        let bytes = Array("a,\"open".utf8)
        bytes.withUnsafeBytes { chunk in
            var cursor = 0
            XCTAssertNil(splitter.next(in: chunk, cursor: &cursor))
        }
        XCTAssertEqual(splitter.finish()?.unclosedQuote, true)
    }
}
