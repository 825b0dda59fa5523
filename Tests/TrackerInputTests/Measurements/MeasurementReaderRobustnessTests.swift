import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// No input crashes or stalls the reader: random bytes, random CSV made of awkward pieces, and
/// large files with every row wrong.
final class MeasurementReaderRobustnessTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    private func check(_ data: Data, lenient: Bool) {
        let (set, _) = MeasurementReader.read(data, file: "f.csv", indicators: Support.targets.indicators,
                                              scopes: Support.targets.scopes, lenient: lenient, period: .year(2025))
        XCTAssertLessThanOrEqual(set.skipped.count, set.rowsRead)
        XCTAssertGreaterThanOrEqual(set.rowsUsed, 0)
    }

    func testRandomBytes() {
        // A fixed seed unless TRACKER_TEST_SEED gives another; a failure names it.
        withSeededGenerator(seed: 1) { random in
            for _ in 0..<300 {
                let count = Int.random(in: 0..<200, using: &random)
                check(Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }), lenient: Bool.random(using: &random))
            }
        }
    }

    func testRandomAwkwardCSV() {
        // A fixed seed unless TRACKER_TEST_SEED gives another; a failure names it.
        withSeededGenerator(seed: 2) { random in
            let pieces = [",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "period", "scope", "indicator", "value", "valid_days",
                          "unit", "flag", "note", "时间", "范围", "2025-01", "2025-02", "2025", "2025-13", "0000-00", "西城区", "德胜",
                          "德盛街道", "PM2.5", "PM2.5(mg/m³)", "PM2.5（", "(", ")", "）", "优良天数比率", "78%", "%", "1,234.5", "４５．６",
                          "-0", "1e400", "NaN", "-1", "99999999999999999999", "31", "29", "27.5", "mg/m³", "t", "沙尘", "估算",
                          "\u{FEFF}", "\u{301}", "🇨🇳", String(repeating: "长", count: 300)]
            for _ in 0..<1500 {
                let count = Int.random(in: 0..<60, using: &random)
                var text = ""
                if Bool.random(using: &random) { text = "period,scope,indicator,value,valid_days,unit,flag,note\n" }
                if Int.random(in: 0..<4, using: &random) == 0 { text = "period,scope,PM2.5,优良天数比率,valid_days\n" }
                for _ in 0..<count { text += pieces[Int.random(in: 0..<pieces.count, using: &random)] }
                check(Data(text.utf8), lenient: Bool.random(using: &random))
            }
        }
    }

    func testLargeFilesAreReadWholeWithBoundedSuggestions() {
        var good = "period,scope,indicator,value,valid_days\n"
        var bad = good
        let months = (1...12).map { String(format: "2025-%02d", $0) }
        for i in 0..<20_000 {
            good += "\(months[i % 12]),西城区,PM2.5,\(40 + i % 7),\(27 + i % 2)\n"
            // every row wrong, every scope name different: suggestions are bounded, not per row
            bad += "\(months[i % 12]),街道\(i),PM2.5,x\(i),99\n"
        }
        let ok = Support.read(good)
        XCTAssertEqual(ok.set.rowsRead, 20_000)
        XCTAssertEqual(ok.set.measurements.count, 12, "one per month; the rest repeat or conflict")
        let failed = Support.read(bad, lenient: true)
        XCTAssertEqual(failed.set.skipped.count, 20_000)
        // Time is measured by Benchmarks/scaling (linear as inputs double), never by a unit test.
    }
}
