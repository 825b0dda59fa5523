import XCTest
@testable import TrackerInput
import TrackerModel

/// Targets phrased as a change against the same period last year (docs/targets.md,
/// "Year-on-year targets"): the plans' phrasings, their polarity, and the malformed ones.
final class YearOnYearCellTests: XCTestCase {
    func parse(_ text: String) -> Result<Cell, Cell.Problem> { Cell.parse(text) }

    func testAFallOfNPercentIsAChangeOfAtMostMinusN() {
        for text in ["同比减少10%", "同比下降10%", "同比 减少 10 %", "较上年下降10%", "比上年降低10%", "较上一年度削减10%",
                     "同比减少10%以上", "同比下降不少于10%", "较去年同期减少１０％"] {
            XCTAssertEqual(try? parse(text).get(), .yearOnYear(.atMost, -10), text)
        }
        XCTAssertEqual(try? parse("同比下降超过10%").get(), .yearOnYear(.below, -10))
        XCTAssertEqual(try? parse("同比下降不超过10%").get(), .yearOnYear(.atLeast, -10))
    }

    func testARiseAndTheBareWords() {
        XCTAssertEqual(try? parse("同比增长5%").get(), .yearOnYear(.atLeast, 5))
        XCTAssertEqual(try? parse("较上年提高5%以上").get(), .yearOnYear(.atLeast, 5))
        XCTAssertEqual(try? parse("同比增长不超过5%").get(), .yearOnYear(.atMost, 5))
        XCTAssertEqual(try? parse("同比下降").get(), .yearOnYear(.below, 0))
        XCTAssertEqual(try? parse("同比增长").get(), .yearOnYear(.above, 0))
        XCTAssertEqual(try? parse("同比不增长").get(), .yearOnYear(.atMost, 0))
        XCTAssertEqual(try? parse("同比不下降").get(), .yearOnYear(.atLeast, 0))
        XCTAssertEqual(try? parse("不低于同期水平").get(), .yearOnYear(.atLeast, 0))
        XCTAssertEqual(try? parse("不超过上年同期").get(), .yearOnYear(.atMost, 0))
        // A baseline year stays a reduction from that year.
        XCTAssertEqual(try? parse("较2017年下降30%").get(), .reduction(baselineYear: 2017, amount: 30, relative: true))
    }

    func testMalformedPhrasingsHaveTheirCodes() {
        XCTAssertEqual(code("同比减少120"), .yearOnYearNotPercent)
        XCTAssertEqual(code("较上年提升5个百分点"), .yearOnYearNotPercent)
        XCTAssertEqual(code("同比持平10%"), .unreadableYearOnYear)
        XCTAssertEqual(code("同比下降很多"), .unreadableYearOnYear)
        XCTAssertEqual(code("同比不下降5%"), .unreadableYearOnYear)
    }

    func code(_ text: String) -> DiagnosticCode? {
        if case .failure(let p) = parse(text) { return p.code }
        return nil
    }
}
