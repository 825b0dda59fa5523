import Foundation
import XCTest
import TrackerInput
import TrackerModel
import TrackerTestSupport

/// The five plans in Targets/: they load cleanly, hold the expected number of targets, carry the
/// cells the plans print, and every target's seed line really carries its number or phrase.
final class BundledPlansTests: XCTestCase {
    static let loaded = TargetLoader.load(paths: [Fixtures.path("Targets")])
    var set: TargetSet { Self.loaded.set }

    func target(_ plan: String, _ scope: String, _ indicator: String) -> Target? {
        set.plan(plan)?.targets.first { $0.scope == scope && $0.indicator == indicator }
    }

    func testAllFivePlansLoadWithoutErrors() {
        XCTAssertEqual(Self.loaded.diagnostics.errors.map(\.description), [])
        XCTAssertEqual(set.plans.map(\.id), ["beijing-2025", "beijing-2026", "xicheng-2018", "xicheng-2023", "xicheng-2025"])
    }

    func testTheSeedsYearOnYearClausesAreYearOnYearTargets() {
        XCTAssertEqual(target("beijing-2025", "房山区", "petrochem_vocs_emissions")?.comparator, .yearOnYear(.atMost, -10))
        XCTAssertEqual(target("beijing-2026", "北京市", "grade_d_enterprises")?.comparator, .yearOnYear(.atMost, -25))
        XCTAssertEqual(target("beijing-2026", "北京市", "hazardous_waste_landfill_share")?.comparator, .yearOnYear(.below, 0))
        XCTAssertEqual(target("beijing-2026", "北京市", "manual_heavy_vehicle_inspections")?.comparator, .yearOnYear(.atLeast, 0))
        XCTAssertEqual(target("beijing-2026", "北京市", "manual_heavy_vehicle_inspections")?.provenance.seedLine, 110)
    }

    func testPerPlanCountsOfEncodedTargets() {
        let counts = Dictionary(uniqueKeysWithValues: set.plans.map { ($0.id, $0.targets.count) })
        // beijing-2026: 578, and its two year-on-year clauses without a number (l.110, l.236).
        XCTAssertEqual(counts, ["beijing-2025": 125, "beijing-2026": 580, "xicheng-2018": 27, "xicheng-2023": 196, "xicheng-2025": 99])
        // Table cells: 附件1 street table 15 × 2 in 2025; 附件2-2 16 × 7 in 2023; 附件4 17 areas in 2026.
        let streets2025 = set.plan("xicheng-2025")!.targets.filter { $0.scopeLevel == .street }
        XCTAssertEqual(streets2025.count, 30)
        let streets2023 = set.plan("xicheng-2023")!.targets.filter { $0.scopeLevel == .street && $0.provenance.text.contains(" · ") }
        XCTAssertEqual(streets2023.count, 15 * 7)
        let areas2026 = Set(set.plan("beijing-2026")!.targets.filter { $0.scopeLevel == .district }.map(\.scope))
        XCTAssertEqual(areas2026.count, 17)
    }

    func testTheCellsThePlansPrint() {
        XCTAssertEqual(target("xicheng-2025", "德胜街道", "pm25_annual_mean")?.comparator, .bound(.atMost, 31))
        XCTAssertEqual(target("xicheng-2025", "新街口街道", "pm25_annual_mean")?.comparator, .bound(.atMost, 30))
        XCTAssertEqual(target("xicheng-2023", "新街口街道", "pm25_annual_mean")?.comparator, .bound(.atMost, 29))
        XCTAssertEqual(target("xicheng-2023", "西城区", "pm25_annual_mean")?.comparator, .bound(.atMost, 31))
        XCTAssertEqual(target("xicheng-2025", "西城区", "pm25_annual_mean")?.comparator, .bound(.atMost, 32))
        XCTAssertEqual(target("xicheng-2023", "西城区", "good_day_ratio")?.comparator, .bound(.atLeast, 75))
        XCTAssertEqual(target("xicheng-2025", "西城区", "good_day_ratio")?.comparator, .bound(.atLeast, 78))
        XCTAssertEqual(target("xicheng-2023", "西城区", "heavy_pollution_day_ratio")?.comparator, .bound(.atMost, 1.7))
        XCTAssertEqual(target("xicheng-2025", "西城区", "heavy_pollution_days")?.comparator, .bound(.atMost, 3))
        XCTAssertEqual(target("xicheng-2025", "白纸坊街道", "dustfall_monthly_mean")?.comparator, .approximately(4.5, tolerance: 0.1))
        XCTAssertEqual(target("xicheng-2025", "西城区", "nox_cumulative_reduction")?.comparator, .bound(.atLeast, 1060))
        XCTAssertEqual(target("xicheng-2023", "西城区", "vocs_cumulative_reduction")?.comparator, .bound(.atLeast, 490))
        XCTAssertEqual(target("xicheng-2025", "西城区", "worse_than_v_share")?.comparator, .bound(.atMost, 0))
        XCTAssertEqual(target("xicheng-2025", "西城区", "nev_truck_bus_registration_share")?.comparator, .bound(.atLeast, 29))
        XCTAssertEqual(target("beijing-2026", "怀柔区", "pm25_annual_mean")?.comparator, .bound(.atMost, 26))
        XCTAssertEqual(target("beijing-2026", "怀柔区", "good_day_ratio")?.comparator, .bound(.atLeast, 80))
        XCTAssertEqual(target("beijing-2026", "朝阳区", "catering_upgrades")?.comparator, .bound(.atLeast, 200))
        if case .deferred = target("beijing-2026", "海淀区", "nox_cumulative_reduction")?.comparator {} else {
            XCTFail("beijing-2026 NOx cells are 达到市级要求 (merged down the column)")
        }
        XCTAssertEqual(target("xicheng-2023", "西城区", "co2_intensity_decline_vs_2020")?.comparator.code, "approx")
    }

    func testEveryTargetCitesASeedLineThatCarriesIt() throws {
        guard FileManager.default.fileExists(atPath: Fixtures.seeds) else {
            throw XCTSkip("shared/seeds not present at \(Fixtures.seeds)")
        }
        var seeds: [String: [String]] = [:]
        var problems: [String] = []
        for target in set.allTargets {
            let p = target.provenance
            if seeds[p.seedFile] == nil {
                let text = try String(contentsOf: URL(fileURLWithPath: Fixtures.seeds).appendingPathComponent(p.seedFile), encoding: .utf8)
                seeds[p.seedFile] = text.components(separatedBy: "\n")
            }
            let lines = seeds[p.seedFile]!
            guard (1...lines.count).contains(p.seedLine) else {
                problems.append("\(p.definedAt): line \(p.seedLine) is past the end of \(p.seedFile)"); continue
            }
            // The cited line and the few after it (cells and phrases break across lines and pages).
            let window = Self.fold(lines[(p.seedLine - 1)..<min(lines.count, p.seedLine + 16)].joined())
            if p.text.contains(" · ") {
                let cell = p.text.components(separatedBy: " · ").last!.replacingOccurrences(of: "（合并单元格）", with: "")
                for number in Self.numbers(in: cell) where !window.contains(number) && !p.text.hasSuffix("（合并单元格）") {
                    problems.append("\(p.definedAt): \(number) of `\(cell)` is not on \(p.seedFile):\(p.seedLine)")
                }
            } else {
                // A phrase may break across a page, with the next page's table header in between:
                // its start must be near the line, and its numbers within the window.
                let start = String(Self.fold(p.text).prefix(2))
                if !window.contains(start) {
                    problems.append("\(p.definedAt): “\(p.text.prefix(20))…” does not start near \(p.seedFile):\(p.seedLine)")
                }
                for number in Self.numbers(in: p.text) where !window.contains(number) {
                    problems.append("\(p.definedAt): \(number) of “\(p.text.prefix(20))…” is not near \(p.seedFile):\(p.seedLine)")
                }
            }
        }
        XCTAssertEqual(Array(Set(problems)).sorted(), [])
    }

    static func fold(_ s: String) -> String {
        String(NameKey(s).folded.filter { !$0.isWhitespace })
    }

    static func numbers(in s: String) -> [String] {
        let folded = Width.halfWidthString(s)
        var out: [String] = [], current = ""
        for ch in folded {
            if ch.isASCII && (ch.isNumber || (ch == "." && !current.isEmpty)) { current.append(ch) } else {
                if !current.isEmpty { out.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
