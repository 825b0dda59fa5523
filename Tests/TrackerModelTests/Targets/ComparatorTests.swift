import XCTest
import TrackerModel

/// Each comparator's semantics: boundaries, tolerance bands, polarity, margins.
final class ComparatorTests: XCTestCase {
    typealias C = TrackerModel.Comparator

    func outcome(_ c: C, _ v: Double, _ p: Polarity = .lowerIsBetter, baseline: Double? = nil) -> Assessment.Outcome? {
        c.assess(v, polarity: p, baseline: baseline)?.outcome
    }

    func testBoundsAreInclusiveOrStrictAsWritten() {
        XCTAssertEqual(outcome(.bound(.atMost, 29), 29), .met)
        XCTAssertEqual(outcome(.bound(.atMost, 29), 29.05), .missed)
        XCTAssertEqual(outcome(.bound(.below, 29), 29), .missed)
        XCTAssertEqual(outcome(.bound(.below, 29), 28.99), .met)
        XCTAssertEqual(outcome(.bound(.atLeast, 78, ), 78, .higherIsBetter), .met)
        XCTAssertEqual(outcome(.bound(.atLeast, 78), 77.9, .higherIsBetter), .missed)
        XCTAssertEqual(outcome(.bound(.above, 40), 40, .higherIsBetter), .missed)
        XCTAssertEqual(outcome(.bound(.above, 40), 40.1, .higherIsBetter), .met)
        XCTAssertEqual(outcome(.bound(.equal, 100), 100, .higherIsBetter), .met)
        XCTAssertEqual(outcome(.bound(.equal, 100), 99.5, .higherIsBetter), .missed)
    }

    func testFloatDustAtTheThresholdCountsAsOnIt() {
        // (28.7 + 29.3) / 2 is 29.000000000000004 in binary: it is 29, so ≤ 29 is met.
        let mean = (28.7 + 29.3) / 2
        XCTAssertEqual(outcome(.bound(.atMost, 29), mean), .met)
        XCTAssertEqual(outcome(.bound(.below, 29), 29 - 1e-12), .missed)
    }

    func testMarginsArePositiveWhenThereIsHeadroom() {
        XCTAssertEqual(C.bound(.atMost, 29).assess(27.5, polarity: .lowerIsBetter)?.margin, 1.5)
        XCTAssertEqual(C.bound(.atLeast, 78).assess(75, polarity: .higherIsBetter)?.margin, -3)
        XCTAssertEqual(C.bound(.atMost, 29).assess(29, polarity: .lowerIsBetter)?.margin, 0)
    }

    func testApproximateTargetHasAToleranceBandOnTheWorseSide() {
        let about = C.approximately(4.5, tolerance: 0.5)
        XCTAssertEqual(outcome(about, 4.5), .met)
        XCTAssertEqual(outcome(about, 4.2), .met)
        XCTAssertEqual(outcome(about, 4.8), .withinTolerance)
        XCTAssertEqual(outcome(about, 5.0), .withinTolerance)
        XCTAssertEqual(outcome(about, 5.01), .missed)
        // Higher-is-better: the band lies below the bound.
        let aboutRate = C.approximately(12, tolerance: 1)
        XCTAssertEqual(outcome(aboutRate, 12.5, .higherIsBetter), .met)
        XCTAssertEqual(outcome(aboutRate, 11.2, .higherIsBetter), .withinTolerance)
        XCTAssertEqual(outcome(aboutRate, 10.9, .higherIsBetter), .missed)
    }

    func testBetweenIsInclusive() {
        XCTAssertEqual(outcome(.between(29, 31), 29), .met)
        XCTAssertEqual(outcome(.between(29, 31), 31), .met)
        XCTAssertEqual(outcome(.between(29, 31), 31.1), .missed)
        XCTAssertEqual(outcome(.between(29, 31), 28.9), .missed)
    }

    func testReductionNeedsItsBaseline() {
        let minus30 = C.reduction(baselineYear: 2017, amount: 30, relative: true)
        XCTAssertNil(minus30.assess(5, polarity: .lowerIsBetter))
        XCTAssertEqual(outcome(minus30, 7, baseline: 10), .met)        // exactly −30 %
        XCTAssertEqual(outcome(minus30, 7.1, baseline: 10), .missed)
        let minus120t = C.reduction(baselineYear: 2020, amount: 120, relative: false)
        XCTAssertEqual(outcome(minus120t, 380, baseline: 500), .met)
        XCTAssertEqual(outcome(minus120t, 381, baseline: 500), .missed)
    }

    func testRankCountsFromTheBottom() {
        let notBottom30 = C.rank(notInBottom: 30, of: nil)
        XCTAssertEqual(outcome(notBottom30, 30, .higherIsBetter), .missed)
        XCTAssertEqual(outcome(notBottom30, 31, .higherIsBetter), .met)
    }

    func testAnyOfIsMetByAnyBranchAndCarriesConditions() {
        let land = C.anyOf([.init(.bound(.atLeast, 100)), .init(.bound(.atLeast, 95), condition: "当年依法处罚、整改到位")])
        let full = land.assess(100, polarity: .higherIsBetter)
        XCTAssertEqual(full?.outcome, .met)
        XCTAssertEqual(full?.conditions, [])
        let partial = land.assess(96, polarity: .higherIsBetter)
        XCTAssertEqual(partial?.outcome, .met)
        XCTAssertEqual(partial?.conditions, ["当年依法处罚、整改到位"])
        XCTAssertEqual(outcome(land, 94, .higherIsBetter), .missed)
    }

    func testDeferredAndNotApplicableCannotBeAssessed() {
        XCTAssertNil(C.deferred("达到市级要求").assess(1, polarity: .higherIsBetter))
        XCTAssertNil(C.notApplicable.assess(1, polarity: .higherIsBetter))
        XCTAssertFalse(C.notApplicable.isCheckable)
    }

    func testCodesAreTheStableJSONNames() {
        XCTAssertEqual([C.bound(.atMost, 1), .bound(.below, 1), .bound(.atLeast, 1), .bound(.above, 1), .bound(.equal, 1),
                        .approximately(1, tolerance: 0), .between(0, 1), .reduction(baselineYear: 2017, amount: 1, relative: true),
                        .rank(notInBottom: 1, of: nil), .anyOf([]), .deferred("x"), .notApplicable].map(\.code),
                       ["<=", "<", ">=", ">", "==", "approx", "between", "reduction", "rank", "any_of", "deferred", "not_applicable"])
    }

    func testStrictnessFollowsPolarity() {
        XCTAssertEqual(C.bound(.atMost, 31).strictness(comparedTo: .bound(.atMost, 32), polarity: .lowerIsBetter), .stricter)
        XCTAssertEqual(C.bound(.atLeast, 78).strictness(comparedTo: .bound(.atLeast, 75), polarity: .higherIsBetter), .stricter)
        XCTAssertEqual(C.bound(.atMost, 32).strictness(comparedTo: .bound(.atMost, 31), polarity: .lowerIsBetter), .looser)
        XCTAssertEqual(C.approximately(4.5, tolerance: 0.5).strictness(comparedTo: .bound(.atMost, 5), polarity: .lowerIsBetter), .stricter)
        XCTAssertEqual(C.approximately(4.5, tolerance: 0.3).strictness(comparedTo: .approximately(4.5, tolerance: 0.5), polarity: .lowerIsBetter), .stricter)
        XCTAssertEqual(C.bound(.atMost, 3).strictness(comparedTo: .between(1, 2), polarity: .lowerIsBetter), .incomparable)
    }

    func testAYearOnYearTargetHoldsTheChangeAndOrdersByHowFar() {
        // 同比减少10%: the change ≤ −10 %, whatever the indicator's polarity.
        XCTAssertEqual(outcome(.yearOnYear(.atMost, -10), -10), .met)
        XCTAssertEqual(outcome(.yearOnYear(.atMost, -10), -9.9, .higherIsBetter), .missed)
        XCTAssertEqual(C.yearOnYear(.atMost, -10).assess(-12.5, polarity: .lowerIsBetter)?.margin, 2.5)
        XCTAssertEqual(outcome(.yearOnYear(.below, 0), 0), .missed)
        XCTAssertEqual(C.yearOnYear(.atMost, -15).strictness(comparedTo: .yearOnYear(.atMost, -10), polarity: .lowerIsBetter), .stricter)
        XCTAssertEqual(C.yearOnYear(.atMost, 0).strictness(comparedTo: .yearOnYear(.below, 0), polarity: .lowerIsBetter), .looser)
        XCTAssertEqual(C.yearOnYear(.atMost, -10).strictness(comparedTo: .bound(.atMost, 30), polarity: .lowerIsBetter), .incomparable)
        XCTAssertEqual(C.yearOnYear(.atMost, -10).code, "year_on_year")
    }
}
