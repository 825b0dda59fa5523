import Foundation
import XCTest
@testable import TrackerInput
import TrackerModel
import TrackerTestSupport

/// Issue 18, one rule for 左右: the band is one unit of the last digit the cell prints, unless the
/// cell writes one (`±0.5`) or the plan states one (`tolerance`); the bundled plans state none, so
/// the same rule holds in every plan (29左右 ±1 in 2026 as 52左右 ±1 in 2018; 4.5左右 ±0.1).
final class ApproximateRuleTests: XCTestCase {
    static let set = TargetLoader.load(paths: [Fixtures.path("Targets")]).set

    func testTheBandIsOneUnitOfThePrintedDigit() {
        XCTAssertEqual(Cell.printedStep("4.5"), 0.1)
        XCTAssertEqual(Cell.printedStep("29"), 1)
        XCTAssertEqual(Cell.printedStep("74.7%"), 0.1)
        XCTAssertEqual(Cell.printedStep("0.25"), 0.01)
    }

    func testEveryBundledApproximateTargetFollowsTheRule() {
        var bands: [String: Double] = [:]
        for target in Self.set.allTargets {
            guard case .approximately(let value, let tolerance) = target.comparator else { continue }
            let printed = target.provenance.text
            bands["\(target.plan) \(target.indicator) \(NumberFormat.plain(value))"] = tolerance
            XCTAssertFalse(printed.isEmpty)
        }
        XCTAssertEqual(bands["xicheng-2018 pm25_annual_mean 52"], 1)
        XCTAssertEqual(bands["beijing-2026 pm25_annual_mean 29"], 1)
        XCTAssertEqual(bands["xicheng-2025 dustfall_monthly_mean 4.5"], 0.1)
        XCTAssertEqual(bands["beijing-2025 dustfall_monthly_mean 4.5"], 0.1)
        XCTAssertEqual(bands["beijing-2025 dustfall_monthly_mean 5"], 1)
        XCTAssertEqual(bands["xicheng-2023 green_travel_share 74.7"], 0.1)
        XCTAssertEqual(bands["xicheng-2023 co2_intensity_decline_vs_2020 12"], 1)
        for plan in Self.set.plans {
            let text = (try? String(contentsOfFile: plan.file, encoding: .utf8)) ?? ""
            XCTAssertFalse(text.split(separator: "\n").contains { $0.hasPrefix("tolerance ") }, "\(plan.id) overrides the rule")
        }
    }

    func testACellOrAPlanMayStillStateItsOwnBand() {
        XCTAssertEqual(try? Cell.parse("4.5左右±0.5").get(), .approximately(4.5, tolerance: 0.5, percent: false, step: 0.1))
        let band = TrackerModel.Comparator.approximately(4.5, tolerance: 0.1)
        XCTAssertEqual(band.assess(4.5, polarity: .lowerIsBetter)?.outcome, .met)
        XCTAssertEqual(band.assess(4.6, polarity: .lowerIsBetter)?.outcome, .withinTolerance)
        XCTAssertEqual(band.assess(4.65, polarity: .lowerIsBetter)?.outcome, .missed)
    }
}
