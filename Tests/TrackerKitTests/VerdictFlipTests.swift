import TrackerKit
import XCTest
import TrackerTestSupport

/// Verdicts that flip, and why, through the library API.
final class VerdictFlipTests: XCTestCase {
    func testOldTargetsOnThisYearsDataFlipBecauseTheTargetChanged() throws {
        let targets = try TargetSet.load(Fixtures.path("Targets"))
        let data = try targets.measurements(Fixtures.path("Samples/xicheng-2025-synthetic.csv"))
        var rebased = targets
        rebased.plans = targets.plans.map { $0.id == "xicheng-2023" ? $0.rebased(toYear: 2025) : $0 }
        let before = try rebased.evaluate("xicheng-2023", data: data)
        let after = try targets.evaluate("xicheng-2025", data: data)
        let flips = after.flips(from: before)
        XCTAssertFalse(flips.isEmpty)
        for flip in flips where flip.old.effectiveComparator != flip.new.effectiveComparator {
            XCTAssertEqual(flip.causes, [.targetChanged], "\(flip.scope) \(flip.indicator)")
        }
        // 新街口: 30.5 µg/m³ misses the 2023 street target ≤ 29 … and the 2025 ≤ 30 too; 德胜 meets both.
        XCTAssertEqual(after.verdict(scope: "德胜街道", indicator: "PM2.5年均浓度"), .met)
        XCTAssertEqual(before.verdict(scope: "德胜街道", indicator: "pm25_annual_mean"), .met)
    }

    func testTheSameDataUnderAnotherStandardFlipsGoodDayVerdictsForThatReason() throws {
        // One year of good-day ratios aggregated under HJ 633—2012 (about 80 %) and under —2026
        // (about 76 %: PM2.5 60–75 µg/m³ days are no longer good). Target ≥ 78 %.
        let targets = try TargetSet.load(Fixtures.path("Targets"))
        func data(_ ratio: Double) -> MeasurementSet {
            MeasurementSet(measurements: (1...12).map { m in
                Measurement(period: .month(YearMonth(2025, m)), scope: "西城区", indicator: "good_day_ratio", value: ratio,
                            validDays: YearMonth(2025, m).dayCount, source: SourceLocation(file: "hourly", line: m))
            }, rowsRead: 12)
        }
        let under2012 = try targets.evaluate("xicheng-2025", data: data(80.3))
        let under2026 = try targets.evaluate("xicheng-2025", data: data(76.1))
        let flips = under2026.flips(from: under2012, oldStandard: "HJ 633—2012", newStandard: "HJ 633—2026")
        XCTAssertEqual(flips.map(\.indicator), ["good_day_ratio"])
        XCTAssertEqual(flips.first?.old.verdict, .met)
        XCTAssertEqual(flips.first?.new.verdict, .missed)
        XCTAssertEqual(flips.first?.causes, [.standardChanged])
    }
}
