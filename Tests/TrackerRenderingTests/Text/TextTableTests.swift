import XCTest
@testable import TrackerRendering

final class TextTableTests: XCTestCase {
    func testChineseTakesTwoColumnsAndColumnsAlign() {
        var table = TextTable(columns: [.init("街道"), .init("PM2.5", right: true), .init("verdict")])
        table.add(["德胜街道", "31", "met"])
        table.add(["西长安街街道", "29.5", "missed"])
        XCTAssertEqual(table.render(), """
        街道          PM2.5  verdict
        ------------  -----  -------
        德胜街道         31  met
        西长安街街道   29.5  missed

        """)
        XCTAssertEqual(DisplayWidth.of("ＰＭ２.５"), 9)
    }

    func testANarrowTableMovesLowPriorityColumnsToADetailLineAndWrapsLongNames() {
        var table = TextTable(columns: [.init("scope"), .init("indicator", wraps: true), .init("observed", right: true),
                                        .init("source", priority: 5)])
        table.add(["德胜街道", "单位地区生产总值二氧化碳排放较2020年累计下降率", "20.2", "附件6 第3245行"])
        XCTAssertEqual(table.render(in: TableLayout(width: 40)), """
        scope     indicator             observed
        --------  --------------------  --------
        德胜街道  单位地区生产总值二氧      20.2
                  化碳排放较2020年累计
                  下降率
            source: 附件6 第3245行

        """)
        // Without a limit nothing moves.
        XCTAssertEqual(table.render(in: .unlimited).split(separator: "\n").count, 3)
    }

    func testEveryLineFitsUnderBothAssumptionsForAmbiguousCharacters() {
        var table = TextTable(columns: [.init("指标", wraps: true), .init("目标", wraps: true), .init("单位"), .init("出处", priority: 3)])
        for i in 0..<5 {
            table.add(["降尘量\(i)", "≈ 4.5 ±0.5 · 年均 ≤ 32 µg/m³ — 左右", "t/km²·月", "附件1 第1554行"])
        }
        for wide in [false, true] {
            let layout = TableLayout(width: 36, ambiguousWide: wide)
            let lines = table.render(in: layout).split(separator: "\n").map(String.init)
            for line in lines { XCTAssertLessThanOrEqual(layout.width(of: line), 36, "wide=\(wide): \(line)") }
            // Columns align under the assumption they were laid out with: the unit column
            // starts at one display column on every row that has it.
            let starts = Set(lines.filter { $0.contains("t/km²·月") }.map { line in
                layout.width(of: String(line[..<line.range(of: "t/km²·月")!.lowerBound]))
            })
            XCTAssertEqual(starts.count, 1, "wide=\(wide)")
        }
        XCTAssertEqual(DisplayWidth.of("≈±·²µ—≤→─"), 9)
        XCTAssertEqual(DisplayWidth.of("≈±·²µ—≤→─", ambiguousWide: true), 18)
        XCTAssertEqual(DisplayWidth.of("德胜 PM2.5", ambiguousWide: true), 10)
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
