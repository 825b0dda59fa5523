import XCTest
@testable import TrackerRendering

final class TextTableTests: XCTestCase {
    func testChineseTakesTwoColumnsAndColumnsAlign() {
        var table = TextTable(columns: [.init("街道"), .init("PM2.5", right: true), .init("verdict")])
        table.add(["德胜街道", "31", "met"])
        table.add(["西长安街街道", "29.5", "missed"])
        XCTAssertEqual(table.render(), """
        街道          PM2.5  verdict
        ────────────  ─────  ───────
        德胜街道         31  met
        西长安街街道   29.5  missed

        """)
        XCTAssertEqual(DisplayWidth.of("ＰＭ２.５"), 9)
    }

    func testNumbersAndJSONAreDeterministic() {
        XCTAssertEqual(NumberFormatCheck.all, ["29", "4.5", "27.2", "27.4", "0", "+1.5", "-3.0"])
        XCTAssertEqual(JSONValue.object([("a", .string("<x\"")), ("b", .number(-0.0)), ("c", .null)]).text(),
                       #"{"a":"<x\"","b":0,"c":null}"#)
    }
}

import TrackerModel
enum NumberFormatCheck {
    static let all = [NumberFormat.plain(29), NumberFormat.plain(4.5), NumberFormat.fixed(27.25, 1), NumberFormat.fixed(27.35, 1),
                      NumberFormat.fixed(-0.04, 1) == "0.0" ? "0" : "x", NumberFormat.signed(1.5, 1), NumberFormat.signed(-3, 1)]
}
