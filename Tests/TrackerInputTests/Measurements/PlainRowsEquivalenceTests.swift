import Foundation
@testable import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// The quick ways of reading a long file (plain rows from their bytes, the file in chunks; issue
/// 16) against the general reader on the whole text: generated files with the quirks of real
/// ones mixed among plain rows must give the same measurements, counts, rows set aside and
/// diagnostics, to the byte. The files are random (seeded: a failure prints the seed; run again
/// with `TRACKER_TEST_SEED=…`).
final class PlainRowsEquivalenceTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    private static let general = ReadingPaths(plainRows: false, chunkSize: nil)

    private func read(_ path: String, paths: ReadingPaths, lenient: Bool, period: Period?,
                      keep: Period?) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        MeasurementReader.read(files: [path], indicators: Support.targets.indicators, scopes: Support.targets.scopes,
                               lenient: lenient, period: period, keep: keep, paths: paths)
    }

    /// `bytes` as one file, read the general way and each quick way: everything the same.
    private func assertSame(_ bytes: [UInt8], lenient: Bool = false, period: Period? = nil, keep: Period? = nil,
                            chunk: Int, seed: UInt64, file: StaticString = #filePath, line: UInt = #line) {
        let path = NSTemporaryDirectory() + "plain-\(UUID().uuidString).csv"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = read(path, paths: Self.general, lenient: lenient, period: period, keep: keep)
        for paths in [ReadingPaths(plainRows: true, chunkSize: nil), ReadingPaths(plainRows: true, chunkSize: chunk),
                      ReadingPaths(plainRows: false, chunkSize: chunk)] {
            let got = read(path, paths: paths, lenient: lenient, period: period, keep: keep)
            let what = "plain rows \(paths.plainRows), chunks \(paths.chunkSize.map(String.init) ?? "none"), seed \(seed)"
            XCTAssertEqual(got.diagnostics, expected.diagnostics, what, file: file, line: line)
            XCTAssertEqual(got.set.measurements, expected.set.measurements, what, file: file, line: line)
            XCTAssertEqual(got.set.rowsRead, expected.set.rowsRead, what, file: file, line: line)
            XCTAssertEqual(got.set.skipped, expected.set.skipped, what, file: file, line: line)
            XCTAssertEqual(got.set.setAside, expected.set.setAside, what, file: file, line: line)
            XCTAssertEqual(got.set.sources, expected.set.sources, what, file: file, line: line)
        }
    }

    private static let scopes = ["西城区", "德胜街道", "东城区", "朝阳区", "西城", "北京市西城区", "德盛街道", " 西城区", "西城区 ", "牛街街道", "", "什刹海街道"]
    private static let indicators = ["pm25_annual_mean", "good_days", "good_day_ratio", "dustfall_monthly_mean", "PM2.5年均浓度",
                                     "co2_intensity_decline_vs_2020", "pm25_annual_mea", "PM10", "综合指数", " pm25_annual_mean", ""]
    private static let periods = ["2025-01", "2025-02", "2024-12", "2019-07", "2025-13", "2025/03", "2025年4月", "45658", "45703",
                                  "2025", "", " 2025-05", "2025-5", "2101-01", "1899-12", "Feb-25", "2025-02-15", "合计"]
    private static let values = ["48.2", "0", "-0", "12", "100.5", "—", "无数据", "", "NaN", "1e400", "４８.２", "48.2%", "4x.2",
                                 " 48.2", "48.", ".5", "\"1,234.5\"", "1001", "-3.5", "0.000000000000000000001", "123456789012345678",
                                 "35.0000001", "7"]
    private static let validDays = ["31", "28", "", "30", "32", "-1", "29.5", "—", "0", " 31", "031", "1000"]
    private static let flags = ["", "", "", "", "", "沙尘", "sand_dust", "估算"]
    private static let notes = ["", "", "", "", "估算值", " 见备注 ", "a;b"]

    /// One row of the long layout, plain most of the time, with a quirk now and then.
    private func row(_ g: inout SeededGenerator, quirky: Bool) -> String {
        func pick(_ list: [String], plain: Int) -> String { quirky ? list.randomElement(using: &g)! : list[Int.random(in: 0..<plain, using: &g)] }
        let period = pick(Self.periods, plain: 4)
        let scope = pick(Self.scopes, plain: 4)
        let indicator = pick(Self.indicators, plain: 4)
        let value = pick(Self.values, plain: 5)
        let days = pick(Self.validDays, plain: 4)
        let flag = quirky ? Self.flags.randomElement(using: &g)! : ""
        let note = quirky ? Self.notes.randomElement(using: &g)! : ""
        var fields = [period, scope, indicator, value, days, flag, note]
        if quirky {
            switch Int.random(in: 0..<12, using: &g) {
            case 0: fields.append("extra")
            case 1: fields.removeLast()
            case 2: fields[1] = "\"" + fields[1] + "\""
            case 3: fields[6] = "\"a note\nover two lines\""
            case 4: fields[0] = "\u{FEFF}" + fields[0]
            case 5: fields[3] = "\"" + fields[3] + "\"\"\""
            default: break
            }
        }
        return fields.joined(separator: ",")
    }

    private func file(_ g: inout SeededGenerator, rows: Int, quirkShare: Double) -> [UInt8] {
        var text = Bool.random(using: &g) ? "\u{FEFF}" : ""
        text += "period,scope,indicator,value,valid_days,flag,note"
        let end = ["\n", "\r\n"].randomElement(using: &g)!
        for _ in 0..<rows {
            text += Int.random(in: 0..<40, using: &g) == 0 ? end : ""          // a blank line now and then
            text += end + row(&g, quirky: Double.random(in: 0..<1, using: &g) < quirkShare)
            if Int.random(in: 0..<60, using: &g) == 0 { text += "\r" }         // a lone CR
        }
        if Bool.random(using: &g) { text += end }
        return Array(text.utf8)
    }

    func testQuirksAmongPlainRowsReadAsTheGeneralReaderReadsThem() {
        withSeededGenerator { g in
            print("PlainRowsEquivalenceTests seed \(g.seed)")
            for round in 0..<24 {
                let bytes = file(&g, rows: Int.random(in: 1...300, using: &g), quirkShare: [0.02, 0.1, 0.5][round % 3])
                let window = Period(first: YearMonth(2024, 1), last: YearMonth(2025, 12))
                if round % 3 == 0, let gb = String(decoding: bytes, as: UTF8.self).data(using: String.Encoding(rawValue: 0x8000_0632)) {
                    // The same file saved by Excel on Chinese Windows: GB18030, decoded a run of lines at a time.
                    assertSame(Array(gb), keep: round % 2 == 0 ? window : nil, chunk: Int.random(in: 1...300, using: &g), seed: g.seed)
                }
                switch round % 4 {
                case 0: assertSame(bytes, chunk: Int.random(in: 1...200, using: &g), seed: g.seed)
                case 1: assertSame(bytes, keep: window, chunk: Int.random(in: 1...200, using: &g), seed: g.seed)
                case 2: assertSame(bytes, lenient: true, keep: window, chunk: Int.random(in: 16...4096, using: &g), seed: g.seed)
                default: assertSame(bytes, period: window, chunk: Int.random(in: 1...4096, using: &g), seed: g.seed)
                }
            }
        }
    }

    /// Plain rows only (the archive's case), many of them duplicates: the same as the general reader.
    func testDuplicatesOfPlainRows() {
        withSeededGenerator { g in
            var text = "period,scope,indicator,value,valid_days,flag,note\n"
            for _ in 0..<400 { text += row(&g, quirky: false) + "\n" }
            assertSame(Array(text.utf8), keep: Period(first: YearMonth(2025, 1), last: YearMonth(2025, 12)), chunk: 97, seed: g.seed)
        }
    }

    /// Duplicates, in a second file, of rows set aside thousands of lines down the first (kept
    /// only as marks, read again from the first file to word the duplicate): as the general reader.
    func testDuplicatesOfRowsSetAsideInAnotherFile() {
        withSeededGenerator { g in
            let scopes = ["西城区", "德胜街道", "东城区", "朝阳区"], indicators = ["pm25_annual_mean", "dustfall_monthly_mean"]
            var first = "period,scope,indicator,value,valid_days,flag,note\r\n"
            var rows: [String] = []
            for year in 2000...2019 {
                for month in 1...12 {
                    for scope in scopes {
                        for indicator in indicators {
                            let m = "\(year)-\(month < 10 ? "0" : "")\(month)"
                            rows.append("\(m),\(scope),\(indicator),\(Int.random(in: 1...90, using: &g)).\(Int.random(in: 0...9, using: &g)),28,,")
                        }
                    }
                }
            }
            first += rows.joined(separator: "\r\n") + "\r\n"
            // The second file repeats some rows (some with another value) and names the columns in another order.
            var second = "scope,period,indicator,value,valid_days\n"
            for _ in 0..<60 {
                let cells = rows.randomElement(using: &g)!.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let value = Bool.random(using: &g) ? cells[3] : "7.5"
                second += "\(cells[1]),\(cells[0]),\(cells[2]),\(value),\(cells[4])\n"
            }
            let paths = [first, second].map { text in
                let path = NSTemporaryDirectory() + "plain-\(UUID().uuidString).csv"
                FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
                return path
            }
            defer { paths.forEach { try? FileManager.default.removeItem(atPath: $0) } }
            let keep = Period(first: YearMonth(2024, 1), last: YearMonth(2025, 12))
            func read(_ readingPaths: ReadingPaths) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
                MeasurementReader.read(files: paths, indicators: Support.targets.indicators, scopes: Support.targets.scopes,
                                       keep: keep, paths: readingPaths)
            }
            let expected = read(Self.general), got = read(ReadingPaths(chunkSize: 4096))
            XCTAssertEqual(expected.diagnostics.count, 60)
            XCTAssertEqual(got.diagnostics, expected.diagnostics)
            XCTAssertEqual(got.set.setAside, expected.set.setAside)
            XCTAssertEqual(got.set.rowsRead, expected.set.rowsRead)
        }
    }

    /// Bytes the chunked reader refuses after it has read rows (not UTF-8 late in the file, a
    /// NUL byte, GB18030): what it read is undone and the file is read whole, with the same result.
    func testRefusedChunksGiveTheWholeFileReading() throws {
        var plain = "period,scope,indicator,value,valid_days,flag,note\n"
        for month in 1...12 { plain += "2025-\(month < 10 ? "0" : "")\(month),西城区,pm25_annual_mean,4\(month).5,28,,\n" }
        let late: [UInt8] = Array(plain.utf8) + [0xFF] + Array("\n".utf8)
        let nul: [UInt8] = Array(plain.utf8) + [0x00] + Array(",\n".utf8)
        let gb = try XCTUnwrap(plain.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let mixed = Array(plain.utf8) + Array(gb)
        for bytes in [late, nul, Array(gb), mixed, Array(("\u{FEFF}\u{FEFF}" + plain).utf8), []] {
            assertSame(bytes, chunk: 40, seed: 0)
        }
        // The same after a first file's rows (checked in a first pass then, not undone).
        for second in [late, nul, Array(gb), mixed] {
            let other = "period,scope,indicator,value\n2024-05,德胜街道,pm25_annual_mean,40.1\n2025-03,西城区,pm25_annual_mean,41.2\n"
            let paths = [Array(other.utf8), second].map { bytes in
                let path = NSTemporaryDirectory() + "plain-\(UUID().uuidString).csv"
                FileManager.default.createFile(atPath: path, contents: Data(bytes))
                return path
            }
            defer { paths.forEach { try? FileManager.default.removeItem(atPath: $0) } }
            func read(_ readingPaths: ReadingPaths) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
                MeasurementReader.read(files: paths, indicators: Support.targets.indicators, scopes: Support.targets.scopes,
                                       keep: Period(first: YearMonth(2025, 1), last: YearMonth(2025, 12)), paths: readingPaths)
            }
            let expected = read(Self.general), got = read(ReadingPaths(chunkSize: 40))
            XCTAssertEqual(got.diagnostics, expected.diagnostics)
            XCTAssertEqual(got.set.measurements, expected.set.measurements)
            XCTAssertEqual(got.set.rowsRead, expected.set.rowsRead)
            XCTAssertEqual(got.set.setAside, expected.set.setAside)
            XCTAssertEqual(got.set.sources, expected.set.sources)
        }
        // GB18030 is read in chunks when the whole-file reader would read it so; mixed encodings are not.
        for (bytes, readsGB) in [(Array(gb), true), (mixed, false), (late, false)] {
            let path = NSTemporaryDirectory() + "plain-\(UUID().uuidString).csv"
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let chunks = try XCTUnwrap(TextChunks(path: path, chunk: 40))
            chunks.drain()
            XCTAssertEqual(chunks.refusal, .notUTF8)
            XCTAssertEqual(TextChunks.readsAsGB18030(path, after: chunks), readsGB)
        }
        // A line longer than the reader takes, beyond several chunks.
        let long = Array(plain.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: TextDecoding.longestLine + 10)
        assertSame(long, chunk: 1 << 16, seed: 0)
    }
}
