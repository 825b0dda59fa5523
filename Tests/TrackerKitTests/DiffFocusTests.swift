import Foundation
import TrackerKit
import TrackerTestSupport
import XCTest

/// `DiffRequest.scope` and `.indicators` (issue 15): a comparison narrowed to what a person asked,
/// names checked before anything is compared.
final class DiffFocusTests: XCTestCase {
    func request() -> DiffRequest {
        var request = DiffRequest(old: Fixtures.path("Targets/xicheng-2023.targets"), new: Fixtures.path("Targets/xicheng-2025.targets"))
        request.data = [Fixtures.path("Samples/xicheng-2025-synthetic.csv")]
        return request
    }

    func testScopeAndIndicatorsNarrowChangesAndFlips() throws {
        var request = request()
        request.scope = "德胜街道"
        request.indicators = ["降尘量", "pm25_annual_mean"]
        let result = try request.run()
        XCTAssertEqual(result.diff.changes.map(\.kind), [.tightened, .loosened])
        XCTAssertEqual(Set(result.diff.changes.map(\.scope)), ["德胜街道"])
        XCTAssertEqual(result.comparison?.flips.map(\.indicator), ["dustfall_monthly_mean"])
    }

    func testEitherNameOfARedefinedIndicatorFindsThePair() throws {
        for name in ["重污染天数", "重污染天数比率"] {
            var request = request()
            request.indicators = [name]
            let kinds = try request.run().diff.changes.map(\.kind)
            XCTAssertTrue(kinds.contains(.definitionChanged), "\(name): \(kinds)")
        }
    }

    func testAMisspeltIndicatorIsAUsageErrorWithASuggestion() {
        var request = request()
        request.indicators = ["降尘两"]
        XCTAssertThrowsError(try request.run()) { error in
            guard case .usage(let problem)? = error as? RunFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(problem, .unknownIndicator("降尘两", suggestion: "降尘量"))
        }
    }
}
