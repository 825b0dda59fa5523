@testable import TrackerInput
import TrackerTestSupport
import XCTest

final class HourlyRecordSplitterTests: XCTestCase {
    /// Splits `text` feeding `chunkSize` bytes at a time; returns fields and start lines.
    private func split(_ text: String, chunkSize: Int = 1 << 16, inPlace: Bool = true) -> [(fields: [String], line: Int)] {
        splitRecords(Array(text.utf8), chunkSize: chunkSize, inPlace: inPlace).map { ($0.fields.map { String(decoding: $0, as: UTF8.self) }, $0.line) }
    }

    private struct Split: Equatable {
        var fields: [[UInt8]]
        var line: Int
        var unclosedQuote: Bool
    }

    private func splitRecords(_ bytes: [UInt8], chunkSize: Int, inPlace: Bool) -> [Split] {
        var splitter = HourlyRecordSplitter()
        splitter.splitsInPlace = inPlace
        var result: [Split] = []
        func keep(_ record: HourlyRecord) {
            result.append(Split(fields: (0..<record.count).map { Array(record.field($0)) }, line: record.line,
                                unclosedQuote: record.unclosedQuote))
        }
        bytes.withUnsafeBytes { all in
            var start = 0
            while start < all.count {
                let end = min(all.count, start + chunkSize)
                let chunk = UnsafeRawBufferPointer(rebasing: all[start..<end])
                var cursor = 0
                while let record = splitter.next(in: chunk, cursor: &cursor) { keep(record) }
                start = end
            }
        }
        if let last = splitter.finish() { keep(last) }
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

    /// UCI rows quote `wd` and `station` and end with CRLF; such lines are split in place, and
    /// every other use of quotes falls back to the state machine. Both paths must give the same
    /// fields and lines, whatever the chunk size.
    func testQuotedFieldsAndCRLFSplitInPlaceAsTheStateMachineDoes() {
        let texts = [
            "\"No\",\"year\",\"wd\",\"station\"\r\n1,2013,\"NNW\",\"Dongsi\"\r\n2,2013,NA,\"Dongsi\"\r\n",
            "\"a\",\"\",\"b\"\n\"\"\n,\"\"\r\n\"x\"\r\n\r\n\"last\"",
            "1,\"say \"\"hi\"\"\",\"N\"\r\n2,\"a\"b,c\r\n3,x\"y\",\"z\r\n4,\"two\r\nlines\",w\r\n5,\"ok\"\r\n",
            "1,\"lone\"\r2,\"cr\"\r\n3, \"sp\",\"tail\" ,\"a,b\"\r\n4,\"open",
            "\"w\"\r\n\"\"\"\r\n\"q\"\"\r\n1,\"\u{4E1C}\u{56DB}\",2\r\n",
        ]
        for text in texts {
            let reference = split(text, inPlace: false)
            for size in 1...text.utf8.count {
                let records = split(text, chunkSize: size)
                XCTAssertEqual(records.map(\.fields), reference.map(\.fields), "chunk size \(size) of \(text.debugDescription)")
                XCTAssertEqual(records.map(\.line), reference.map(\.line), "chunk size \(size) of \(text.debugDescription)")
            }
        }
        XCTAssertEqual(split(texts[0]).map(\.fields),
                       [["No", "year", "wd", "station"], ["1", "2013", "NNW", "Dongsi"], ["2", "2013", "NA", "Dongsi"]])
        XCTAssertEqual(split(texts[0]).map(\.line), [1, 2, 3])
    }

    /// A simply quoted line inside the chunk is not copied: its fields point into the chunk.
    func testSimplyQuotedLineIsSplitWhereItLies() {
        var splitter = HourlyRecordSplitter()
        let bytes = Array("1,\"NNW\",5.7,\"Dongsi\"\r\n2".utf8)
        bytes.withUnsafeBytes { chunk in
            var cursor = 0
            let record = splitter.next(in: chunk, cursor: &cursor)
            XCTAssertEqual(record?.base, chunk.baseAddress)
            XCTAssertEqual(record.map { (0..<$0.count).map($0.string) }, ["1", "NNW", "5.7", "Dongsi"])
            XCTAssertEqual(cursor, bytes.count - 1)
        }
    }

    /// Random mixtures of the bytes that matter (quotes, commas, CR, LF, blanks, a byte-order
    /// mark, UTF-8) split in place and by the state machine alone give the same records.
    func testRandomTextsSplitInPlaceAsTheStateMachineDoes() {
        var random = SeededGenerator(seed: 16)
        let pieces: [[UInt8]] = ["a", "12", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\"NNW\"", "站", "\u{FEFF}", "\t"]
            .map { Array($0.utf8) }
        for _ in 0..<400 {
            let bytes = (0..<Int.random(in: 0...24, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
            let reference = splitRecords(bytes, chunkSize: 1 << 16, inPlace: false)
            for size in [1, 2, 3, 5, 8, 13, 1 << 16] {
                XCTAssertEqual(splitRecords(bytes, chunkSize: size, inPlace: true), reference,
                               "chunk size \(size) of \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
    }
}
