import XCTest
import TrackerModel

final class NameKeyTests: XCTestCase {
    func testPrintedVariantsOfOneNameFoldTogether() {
        let key = NameKey("PM2.5年均浓度")
        XCTAssertEqual(NameKey("PM <sub>2.5</sub> 年均浓度"), key)
        XCTAssertEqual(NameKey("PM _{2.5} 年均浓度"), key)
        XCTAssertEqual(NameKey("ＰＭ２.５年均浓度"), key)
        XCTAssertEqual(NameKey("PM₂.₅年均浓度"), key)
        XCTAssertEqual(NameKey("劣Ⅴ类水体比例"), NameKey("劣V类水体比例"))
    }

    func testSuggestsNearMisses() {
        let names = ["PM2.5年均浓度", "优良天数比率", "重污染天数"]
        XCTAssertEqual(NameKey.closest(to: "PM25年均浓度", among: names), "PM2.5年均浓度")
        XCTAssertEqual(NameKey.closest(to: "优良天数", among: names), "优良天数比率")
        XCTAssertNil(NameKey.closest(to: "绿化覆盖率", among: names))
    }
}
