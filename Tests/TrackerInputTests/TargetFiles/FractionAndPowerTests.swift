import XCTest
@testable import TrackerInput
import TrackerModel
import TrackerTestSupport

/// Issue 18, the target files: exact fractions in cells (三分之一 compares exactly: 333 of 1000
/// misses, 334 meets) and power units as their own dimension (装机容量 420万千瓦 is not energy).
final class FractionAndPowerTests: XCTestCase {
    func parse(_ text: String) -> Cell? { try? Cell.parse(text).get() }

    func testFractionsAsPlansPrintThem() {
        XCTAssertEqual(parse("1/3"), .fraction(nil, Fraction(1, 3)!))
        XCTAssertEqual(parse("≥1/3"), .fraction(.atLeast, Fraction(1, 3)!))
        XCTAssertEqual(parse("三分之一"), .fraction(nil, Fraction(1, 3)!))
        XCTAssertEqual(parse("不少于三分之一"), .fraction(.atLeast, Fraction(1, 3)!))
        XCTAssertEqual(parse("三分之二以上"), .fraction(.atLeast, Fraction(2, 3)!))
        XCTAssertEqual(parse("十分之三"), .fraction(nil, Fraction(3, 10)!))
        XCTAssertEqual(parse("二十分之十一"), .fraction(nil, Fraction(11, 20)!))
        XCTAssertEqual(parse("1/0"), nil, "a zero denominator is not a fraction")
        XCTAssertEqual(parse("/"), .notApplicable, "a lone slash is still a dash")
    }

    func testAFractionComparesExactly() {
        let third = TrackerModel.Comparator.fraction(.atLeast, Fraction(1, 3)!)
        XCTAssertEqual(third.assess(33.3, polarity: .higherIsBetter)?.outcome, .missed, "333 of 1000 is less than a third")
        XCTAssertEqual(third.assess(33.4, polarity: .higherIsBetter)?.outcome, .met, "334 of 1000 is a third or more")
        XCTAssertEqual(third.assess(33.333333, polarity: .higherIsBetter)?.outcome, .missed)
        XCTAssertEqual(third.assess(100.0 / 3, polarity: .higherIsBetter)?.outcome, .met)
        XCTAssertEqual(Fraction(1, 3)!.compare(333, of: 1000), .orderedAscending)
        XCTAssertEqual(Fraction(1, 3)!.compare(334, of: 1000), .orderedDescending)
        XCTAssertEqual(Fraction(1, 3)!.compare(1000, of: 3000), .orderedSame)
        // The old encoding (≥ 33.3 %) passed 333 of 1000: that is the error the fraction removes.
        XCTAssertEqual(TrackerModel.Comparator.bound(.atLeast, 33.3).assess(33.3, polarity: .higherIsBetter)?.outcome, .met)
    }

    func testTheBundledPlansStateTheThirdAsAFraction() {
        let set = TargetLoader.load(paths: [Fixtures.path("Targets")]).set
        for plan in ["xicheng-2025", "beijing-2025"] {
            for indicator in ["permit_quality_review_share", "permit_report_review_share"] {
                let target = set.plan(plan)?.targets.first { $0.indicator == indicator }
                XCTAssertEqual(target?.comparator, .fraction(.atLeast, Fraction(1, 3)!), "\(plan) \(indicator)")
            }
        }
    }

    func testPowerIsNotEnergy() {
        XCTAssertEqual(Unit(parsing: "万千瓦"), .tenThousandKilowatts)
        XCTAssertEqual(Unit(parsing: "千瓦"), .kilowatt)
        XCTAssertEqual(Unit(parsing: "兆瓦"), .megawatt)
        XCTAssertEqual(Unit(parsing: "MW"), .megawatt)
        XCTAssertEqual(Unit(parsing: "万千瓦时"), .tenThousandKilowattHours)
        XCTAssertEqual(Unit.tenThousandKilowatts.convert(420, to: .megawatt), 4200)
        XCTAssertEqual(Unit.megawatt.convert(1, to: .kilowatt), 1000)
        XCTAssertNil(Unit.tenThousandKilowatts.convert(420, to: .tenThousandKilowattHours))
        XCTAssertNil(Unit.kilowattHour.convert(1, to: .kilowatt))
        let catalog = TargetLoader.load(paths: [Fixtures.path("Targets")]).set.indicators
        XCTAssertEqual(catalog["local_renewable_capacity"]?.unit, .tenThousandKilowatts)
    }
}
