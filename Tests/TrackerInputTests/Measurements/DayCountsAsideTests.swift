import Foundation
@testable import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// Counts and shares of days outside the window a reader keeps (issue 16): set aside like any
/// row, with only what `DayRatioForming` needs of the counts kept (`CountsAside`). Read so, then
/// formed, an archive must give the same diagnostics, the same measurements inside the window and
/// the same count of rows outside it as when every row is kept and then formed. The files are
/// random (seeded: a failure prints the seed; run again with `TRACKER_TEST_SEED=…`): counts and
/// shares inside and outside the window, shares given before and after their counts (and in a
/// second file), counts without valid days and with more days than valid days, now and then a
/// row the general reader reads (quoted), duplicates.
final class DayCountsAsideTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    private static let window = Period(first: YearMonth(2024, 1), last: YearMonth(2025, 12))
    private static let wanted: Set<String> = ["good_day_ratio", "heavy_pollution_day_ratio", "pm25_annual_mean"]

    private struct Outcome: Equatable {
        var diagnostics: [Diagnostic]
        var inside: [TrackerModel.Measurement]
        var outside: Int
        var rowsRead: Int
        var skipped: [Diagnostic]
        var latest: YearMonth?
    }

    /// Every row kept, then formed (as `evaluate` without `--year` would), or set aside outside
    /// the window with the counts' bookkeeping, then formed.
    private func read(_ paths: [String], aside setAside: Bool, reading: ReadingPaths, lenient: Bool) -> Outcome {
        var aside = DayRatioForming.CountsAside()
        var (set, diagnostics) = MeasurementReader.read(
            files: paths, indicators: Support.targets.indicators, scopes: Support.targets.scopes, lenient: lenient,
            keep: setAside ? Self.window : nil, forming: setAside ? Self.wanted : nil, aside: &aside, paths: reading)
        diagnostics += DayRatioForming.form(in: &set, wanted: Self.wanted, indicators: Support.targets.indicators, aside: aside)
        let inside = set.measurements.filter { $0.period.isWithin(Self.window) }
        return Outcome(diagnostics: diagnostics, inside: inside, outside: set.setAside.count + set.measurements.count - inside.count,
                       rowsRead: set.rowsRead, skipped: set.skipped, latest: set.latestMonth)
    }

    private static let scopes = ["西城区", "德胜街道", "什刹海街道"]
    private static let counts = ["good_days", "heavy_pollution_days", "优良天数"]
    private static let shares = ["good_day_ratio", "heavy_pollution_day_ratio", "优良天数比率"]

    private func line(_ g: inout SeededGenerator) -> String {
        let year = [2019, 2022, 2023, 2024, 2025].randomElement(using: &g)!
        let period = "\(year)-" + String(format: "%02d", Int.random(in: 1...3, using: &g))
        let scope = Self.scopes.randomElement(using: &g)!
        let isCount = Int.random(in: 0..<3, using: &g) > 0
        let indicator = isCount ? Self.counts.randomElement(using: &g)! : Self.shares.randomElement(using: &g)!
        var value = isCount ? String(Int.random(in: 0...33, using: &g)) : String(format: "%.1f", Double.random(in: 0...100, using: &g))
        let days = ["31", "28", "", "30", "0", "20"].randomElement(using: &g)!
        if Int.random(in: 0..<8, using: &g) == 0 { value = "\"" + value + "\"" }   // read by the general reader
        let note = Int.random(in: 0..<10, using: &g) == 0 ? "估算" : ""
        return [period, scope, indicator, value, days, "", note].joined(separator: ",")
    }

    private func write(_ lines: [String]) -> String {
        let path = NSTemporaryDirectory() + "counts-\(UUID().uuidString).csv"
        let text = "period,scope,indicator,value,valid_days,flag,note\n" + lines.joined(separator: "\n") + "\n"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func testCountsAndSharesSetAsideFormAsIfKept() {
        withSeededGenerator { g in
            print("DayCountsAsideTests seed \(g.seed)")
            for round in 0..<40 {
                let files = round % 4 == 3 ? 2 : 1
                let paths = (0..<files).map { _ in
                    write((0..<Int.random(in: 1...250, using: &g)).map { _ in line(&g) })
                }
                defer { paths.forEach { try? FileManager.default.removeItem(atPath: $0) } }
                let lenient = round % 3 == 1
                let expected = read(paths, aside: false, reading: ReadingPaths(plainRows: false, chunkSize: nil), lenient: lenient)
                for reading in [ReadingPaths(), ReadingPaths(plainRows: false, chunkSize: nil), ReadingPaths(plainRows: true, chunkSize: 64)] {
                    let got = read(paths, aside: true, reading: reading, lenient: lenient)
                    let what = "round \(round), plain rows \(reading.plainRows), seed \(g.seed)"
                    XCTAssertEqual(got.diagnostics.map(\.description), expected.diagnostics.map(\.description), what)
                    XCTAssertEqual(got.inside, expected.inside, what)
                    XCTAssertEqual(got, expected, what)
                }
            }
        }
    }

    /// A share given after its count, far down the file: the count forms nothing, no warning.
    func testShareAfterItsCount() throws {
        let path = write(["2019-01,西城区,good_days,20,31,,", "2019-02,西城区,good_days,40,28,,", "2019-03,西城区,good_days,20,,,",
                          "2025-01,西城区,pm25_annual_mean,30,31,,", "2019-01,西城区,good_day_ratio,60,31,,"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let kept = read([path], aside: false, reading: ReadingPaths(), lenient: false)
        let aside = read([path], aside: true, reading: ReadingPaths(), lenient: false)
        XCTAssertEqual(aside, kept)
        XCTAssertEqual(aside.outside, 4)
        XCTAssertEqual(aside.diagnostics.map(\.code), [.dayRatioWithoutValidDays, .dayCountExceedsValidDays])
    }
}
