import TrackerKit
import XCTest
import TrackerTestSupport

/// The XCTest example of docs/regression.md, as it is printed there (paths made absolute).
final class DocumentedExampleTests: XCTestCase {
    func testTheNewPlanLoosensPM25AndTightensGoodDays() throws {
        let targets = try TargetSet.load(Fixtures.path("Targets"))
        let diff = try targets.diff(from: "xicheng-2023", to: "xicheng-2025")
        XCTAssertEqual(diff.change(scope: "西城区", indicator: "pm25_annual_mean")?.kind, .loosened)
        XCTAssertEqual(diff.change(scope: "西城区", indicator: "good_day_ratio")?.kind, .tightened)
        XCTAssertEqual(diff.change(scope: "西城区", indicator: "heavy_pollution_days")?.kind, .definitionChanged)
    }

    func testDeshengIsOnTrackInJune() throws {
        let targets = try TargetSet.load(Fixtures.path("Targets"))
        let data = try targets.measurements(Fixtures.path("Samples/xicheng-2025-synthetic.csv"))
        let june = try targets.evaluate("xicheng-2025", data: data, asOf: "2025-06")
        XCTAssertEqual(june.verdict(scope: "德胜街道", indicator: "PM2.5年均浓度"), .onTrack)
        XCTAssertEqual(june.row(scope: "德胜街道", indicator: "pm25_annual_mean")?.requiredRest?.text,
                       "the remaining 184 days must average ≤ 32.0 µg/m³")
    }

    func testTheYearEndFlipsOnlyWhatTheDataMoved() throws {
        let targets = try TargetSet.load(Fixtures.path("Targets"))
        let data = try targets.measurements(Fixtures.path("Samples/xicheng-2025-synthetic.csv"))
        let june = try targets.evaluate("xicheng-2025", data: data, asOf: "2025-06")
        let december = try targets.evaluate("xicheng-2025", data: data, asOf: "2025-12")
        XCTAssertFalse(december.flips(from: june).isEmpty)
        for flip in december.flips(from: june) {
            XCTAssertFalse(flip.causes.contains(.targetChanged), "\(flip.scope) \(flip.indicatorZh)")
        }
    }

    func testLoadingReportsEveryProblem() {
        XCTAssertThrowsError(try TargetSet.load(Fixtures.path("Tests/Fixtures/targets/broken.targets"))) { error in
            XCTAssertEqual((error as? ProblemsFound)?.diagnostics.errors.count, 13)
        }
    }
}
