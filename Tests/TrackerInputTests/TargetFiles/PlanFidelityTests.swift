import Foundation
import XCTest
import TrackerInput
import TrackerModel
import TrackerTestSupport

/// Issue 18, the target files: statements left out beside encoded siblings are now encoded the
/// way their siblings are, the same kind of target carries the same period, and every comment
/// that names a catalog names one that exists.
final class PlanFidelityTests: XCTestCase {
    static let loaded = TargetLoader.load(paths: [Fixtures.path("Targets")])
    var set: TargetSet { Self.loaded.set }

    func targets(_ plan: String, _ indicator: String) -> [Target] {
        set.plan(plan)?.targets.filter { $0.indicator == indicator } ?? []
    }

    func testWaterWellsAreACountThatMustBeZeroInAllThreePlans() {
        for (plan, line) in [("xicheng-2025", 1624), ("xicheng-2023", 222), ("beijing-2026", 120)] {
            let t = targets(plan, "water_source_well_pollution_sources")
            XCTAssertEqual(t.map(\.comparator), [.bound(.atMost, 0)], plan)
            XCTAssertEqual(t.map(\.provenance.seedLine), [line], plan)
            XCTAssertEqual(t.map { if case .ongoing = $0.deadline { true } else { false } }, [true], plan)
        }
    }

    func testLeftOutStatementsOfThe2018And2026PlansAreEncodedLikeTheirSiblings() {
        // Line 66 beside line 59 (与全市同步 → deferred); 476/486 and 596 beside 580 (deferred).
        let streets = targets("xicheng-2018", "pm25_annual_decline")
        XCTAssertEqual(streets.count, 15)
        XCTAssertTrue(streets.allSatisfy { if case .deferred = $0.comparator { true } else { false } })
        for indicator in ["permit_issuance_completion", "vocs_clean_production_audits", "catering_joint_inspections"] {
            let t = targets("xicheng-2018", indicator)
            XCTAssertEqual(t.count, 1, indicator)
            if case .deferred = t.first?.comparator {} else { XCTFail("\(indicator) is deferred like line 580") }
        }
        let inventories = targets("beijing-2026", "district_ghg_inventories")
        XCTAssertEqual(inventories.count, 17, "各区: 16 districts and the development zone")
        XCTAssertTrue(inventories.allSatisfy { $0.comparator == .bound(.atLeast, 3) })
    }

    func testCumulativeReductionsCarryThePlanYearEverywhere() {
        for plan in ["beijing-2025", "xicheng-2025", "xicheng-2023", "beijing-2026"] {
            for indicator in ["nox_cumulative_reduction", "vocs_cumulative_reduction", "public_building_energy_retrofit_area"] {
                for t in targets(plan, indicator) {
                    XCTAssertEqual(t.period.first.year, t.period.last.year, "\(plan) \(indicator) \(t.scope): one year, the plan year")
                }
            }
        }
    }

    func testEveryCatalogACommentNamesExists() throws {
        let folder = Fixtures.path("Targets")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        let regex = try NSRegularExpression(pattern: "[A-Za-z0-9_-]+\\.catalog")
        var missing: [String] = []
        for file in files.sorted() {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for (n, line) in text.components(separatedBy: "\n").enumerated() where line.contains("#") {
                let comment = String(line[line.firstIndex(of: "#")!...])
                for m in regex.matches(in: comment, range: NSRange(comment.startIndex..., in: comment)) {
                    let name = (comment as NSString).substring(with: m.range)
                    if !files.contains(name) { missing.append("\(file):\(n + 1): \(name)") }
                }
            }
        }
        XCTAssertEqual(missing, [])
    }
}
