import TrackerKit
import XCTest
import TrackerTestSupport

/// The Xicheng 2023 → 2025 target changes, through the library API as a program would use it.
final class PlanDiffTests: XCTestCase {
    func testXicheng2023To2025() throws {
        let targets = try TargetSet.load(Fixtures.path("Targets"))
        let diff = try targets.diff(from: "xicheng-2023", to: "xicheng-2025")

        func change(_ scope: String, _ indicator: String) throws -> TargetChange {
            try XCTUnwrap(diff.change(scope: scope, indicator: indicator), "\(scope) \(indicator)")
        }
        // District PM2.5 31 → 32: loosened.
        let pm25 = try change("西城区", "pm25_annual_mean")
        XCTAssertEqual(pm25.kind, .loosened)
        XCTAssertEqual(pm25.old?.comparator, .bound(.atMost, 31))
        XCTAssertEqual(pm25.new?.comparator, .bound(.atMost, 32))
        XCTAssertEqual(pm25.old?.provenance.seedFile, "001_8478d78b07e4ccd1.txt")
        XCTAssertEqual(pm25.new?.provenance.seedFile, "000_ca42086f4126cb0d.txt")

        // Every street's PM2.5 change, as the two tables print them.
        let streets: [(String, Double, Double)] = [
            ("德胜街道", 29, 31), ("什刹海街道", 30, 32), ("西长安街街道", 29, 31), ("大栅栏街道", 30, 32), ("天桥街道", 29, 32),
            ("新街口街道", 29, 30), ("金融街街道", 30, 31), ("椿树街道", 30, 32), ("陶然亭街道", 29, 31), ("展览路街道", 30, 31),
            ("月坛街道", 30, 31), ("广内街道", 30, 32), ("牛街街道", 30, 32), ("白纸坊街道", 31, 32), ("广外街道", 30, 32),
        ]
        for (street, old, new) in streets {
            let c = try change(street, "pm25_annual_mean")
            XCTAssertEqual(c.old?.comparator, .bound(.atMost, old), street)
            XCTAssertEqual(c.new?.comparator, .bound(.atMost, new), street)
            XCTAssertEqual(c.kind, .loosened, street)
        }

        // Good-day ratio 75 → 78 and dustfall ≤ 5 → about 4.5: tightened.
        XCTAssertEqual(try change("西城区", "good_day_ratio").kind, .tightened)
        let dust = try change("西城区", "dustfall_monthly_mean")
        XCTAssertEqual(dust.kind, .tightened)
        XCTAssertEqual(dust.old?.comparator, .bound(.atMost, 5))
        XCTAssertEqual(dust.new?.comparator, .approximately(4.5, tolerance: 0.1))
        XCTAssertEqual(try change("德胜街道", "dustfall_monthly_mean").kind, .tightened)

        // Cumulative reductions 640 → 1060 t and 490 → 820 t.
        let nox = try change("西城区", "nox_cumulative_reduction")
        XCTAssertEqual([nox.old?.comparator, nox.new?.comparator], [.bound(.atLeast, 640), .bound(.atLeast, 1060)])
        XCTAssertEqual(nox.kind, .tightened)
        let vocs = try change("西城区", "vocs_cumulative_reduction")
        XCTAssertEqual([vocs.old?.comparator, vocs.new?.comparator], [.bound(.atLeast, 490), .bound(.atLeast, 820)])
        XCTAssertEqual(vocs.kind, .tightened)

        // Heavy pollution: a share of days ≤ 1.7 % (2023) became a count ≤ 3 days (2025).
        let heavy = try change("西城区", "heavy_pollution_days")
        XCTAssertEqual(heavy.kind, .definitionChanged)
        XCTAssertEqual(heavy.old?.indicator, "heavy_pollution_day_ratio")
        XCTAssertEqual(heavy.old?.comparator, .bound(.atMost, 1.7))
        XCTAssertEqual(heavy.new?.comparator, .bound(.atMost, 3))
    }
}
