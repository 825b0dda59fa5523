import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// Reading an archive for one window (`keep:`, issue 16): rows outside it are checked like any
/// other — duplicates included — counted in `setAside` with their latest month, and not kept.
final class MeasurementWindowTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    private func read(_ text: String, keep: Period?) -> (set: MeasurementSet, diagnostics: [Diagnostic]) {
        let path = NSTemporaryDirectory() + "window-\(UUID().uuidString).csv"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return MeasurementReader.read(files: [path], indicators: Support.targets.indicators,
                                      scopes: Support.targets.scopes, keep: keep)
    }

    private let archive = """
        period,scope,indicator,value,valid_days
        2019-12,西城区,pm25_annual_mean,52.1,31
        2020-03,西城区,pm25_annual_mean,40.2,31
        2025-01,西城区,pm25_annual_mean,48.2,31
        2025-02,西城,pm25_annual_mean,44.0,28
        2020-03,西城区,pm25_annual_mean,41.0,31
        2019-12,西城区,pm25_annual_mean,52.1,31
        2018,西城区,co2_intensity_decline_vs_2020,3.5,
        2018-05,西城区,good_day_ratio,70.0,31

        """

    func testRowsOutsideTheWindowAreCountedNotKept() {
        let (set, diagnostics) = read(archive, keep: Period(first: YearMonth(2024, 1), last: YearMonth(2025, 12)))
        // Kept: the two 2025 rows and the share of days (kept whatever its period, to form shares from).
        XCTAssertEqual(set.measurements.map { "\($0.period) \($0.scope) \($0.indicator)" }, [
            "2025-01 西城区 pm25_annual_mean", "2025-02 西城区 pm25_annual_mean", "2018-05 西城区 good_day_ratio",
        ])
        XCTAssertEqual(set.rowsRead, 8)
        XCTAssertEqual(set.setAside.count, 3)
        XCTAssertEqual(set.setAside.latestMonthly, YearMonth(2020, 3))
        XCTAssertEqual(set.setAside.latestYearly, YearMonth(2018, 12))
        XCTAssertEqual(set.latestMonth, YearMonth(2025, 2))
        // Duplicates among the rows set aside are found as among those kept.
        XCTAssertEqual(diagnostics.map(\.code), [.conflictingDuplicate, .repeatedRow])
        XCTAssertEqual(diagnostics.map { $0.location?.line }, [6, 7])
        XCTAssertTrue(diagnostics[0].message.contains("41 µg/m³ here, 40.2 µg/m³ on line 3"), diagnostics[0].message)
    }

    func testWithoutAWindowEveryRowIsKept() {
        let (set, diagnostics) = read(archive, keep: nil)
        XCTAssertEqual(set.measurements.count, 6)
        XCTAssertEqual(set.setAside, MeasurementSet.SetAside())
        XCTAssertEqual(diagnostics.map(\.code), [.conflictingDuplicate, .repeatedRow])
    }

    /// The latest month counts the rows set aside: an archive whose newest rows lie beyond the
    /// window still says how far it reaches.
    func testTheLatestMonthIncludesRowsSetAside() {
        var set = MeasurementSet()
        set.setAside.add(.month(YearMonth(2026, 3)))
        set.setAside.add(.year(2027))
        XCTAssertEqual(set.latestMonth, YearMonth(2026, 3))
        var yearly = MeasurementSet()
        yearly.setAside.add(.year(2027))
        XCTAssertEqual(yearly.latestMonth, YearMonth(2027, 12))
    }
}
