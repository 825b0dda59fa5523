import XCTest
@testable import TrackerInput
import TrackerModel

/// The cell grammar of docs/targets.md, every notation.
final class CellTests: XCTestCase {
    func parse(_ text: String) -> Cell? { try? Cell.parse(text).get() }

    func testBareNumbersAndExplicitSigns() {
        XCTAssertEqual(parse("29"), .bound(nil, 29, percent: false))
        XCTAssertEqual(parse("≥29"), .bound(.atLeast, 29, percent: false))
        XCTAssertEqual(parse("≤ 29"), .bound(.atMost, 29, percent: false))
        XCTAssertEqual(parse("＞40%"), .bound(.above, 40, percent: true))
        XCTAssertEqual(parse("＜1"), .bound(.below, 1, percent: false))
        XCTAssertEqual(parse("≧７８"), .bound(.atLeast, 78, percent: false))
        XCTAssertEqual(parse(">=95"), .bound(.atLeast, 95, percent: false))
        XCTAssertEqual(parse("=100"), .bound(.equal, 100, percent: false))
        XCTAssertEqual(parse("１，２３４．５"), .bound(nil, 1234.5, percent: false))
    }

    func testChineseWordsForRelations() {
        XCTAssertEqual(parse("90%以上"), .bound(.atLeast, 90, percent: true))
        XCTAssertEqual(parse("不低于30%"), .bound(.atLeast, 30, percent: true))
        XCTAssertEqual(parse("达到97%"), .bound(.atLeast, 97, percent: true))
        XCTAssertEqual(parse("超过40%"), .bound(.above, 40, percent: true))
        XCTAssertEqual(parse("小于1"), .bound(.below, 1, percent: false))
        XCTAssertEqual(parse("低于1"), .bound(.below, 1, percent: false))
        XCTAssertEqual(parse("6以内"), .bound(.atMost, 6, percent: false))
        XCTAssertEqual(parse("不超过3"), .bound(.atMost, 3, percent: false))
        XCTAssertEqual(parse("控制在3"), .bound(.atMost, 3, percent: false))
    }

    func testApproximatelyBetweenReductionRank() {
        XCTAssertEqual(parse("4.5左右"), .approximately(4.5, tolerance: nil, percent: false, step: 0.1))
        XCTAssertEqual(parse("12 左右"), .approximately(12, tolerance: nil, percent: false, step: 1))
        XCTAssertEqual(parse("4.5左右±0.3"), .approximately(4.5, tolerance: 0.3, percent: false, step: 0.1))
        XCTAssertEqual(parse("29~31"), .between(29, 31, percent: false))
        XCTAssertEqual(parse("29—31"), .between(29, 31, percent: false))
        XCTAssertEqual(parse("较2017年下降30%"), .reduction(baselineYear: 2017, amount: 30, relative: true))
        XCTAssertEqual(parse("较2020年减少120"), .reduction(baselineYear: 2020, amount: 120, relative: false))
        XCTAssertEqual(parse("退出后30名"), .rank(30, of: nil))
        XCTAssertEqual(parse("退出全市后30名/333"), .rank(30, of: 333))
    }

    func testAlternativesCompoundDeferredDashes() {
        XCTAssertEqual(parse("100或≥95且当年依法处罚、整改到位"), .anyOf([
            .init(cell: .bound(nil, 100, percent: false), condition: nil),
            .init(cell: .bound(.atLeast, 95, percent: false), condition: "当年依法处罚、整改到位"),
        ]))
        XCTAssertEqual(parse("100(100,0)"), .compound(.bound(nil, 100, percent: false),
                                                     [.bound(nil, 100, percent: false), .bound(nil, 0, percent: false)]))
        XCTAssertEqual(parse("100 (100, 0)"), parse("100(100,0)"))
        XCTAssertEqual(parse("100（100，0）"), parse("100(100,0)"))
        XCTAssertEqual(parse("达到 市级要求"), .deferred("达到 市级要求"))
        XCTAssertEqual(parse("完成下达的目标"), .deferred("完成下达的目标"))
        for dash in ["—", "-", "——", "/", "－"] { XCTAssertEqual(parse(dash), .notApplicable, dash) }
        XCTAssertEqual(parse("^"), .ditto)
        XCTAssertEqual(parse("〃"), .ditto)
        XCTAssertEqual(parse(""), .empty)
    }

    func testWhatIsNotATargetIsRejectedWithAFix() {
        for bad in ["abc", "NaN", "1e400", "٣", "≥", "29左右±x", "较17年下降30%", "退出后名"] {
            guard case .failure(let problem) = Cell.parse(bad) else { return XCTFail("`\(bad)` must not parse") }
            XCTAssertFalse(problem.fix.isEmpty, bad)
        }
    }

    func testNumberText() {
        XCTAssertEqual(NumberText.parse("78%"), .init(value: 78, percent: true))
        XCTAssertEqual(NumberText.parse("1,234,567.5")?.value, 1_234_567.5)
        XCTAssertNil(NumberText.parse("1,23"))
        XCTAssertEqual(NumberText.parse("-0")?.value.sign, .plus)
        XCTAssertNil(NumberText.parse("inf"))
        XCTAssertNil(NumberText.parse(""))
    }
}
