import XCTest
import TrackerModel

final class CalendarTests: XCTestCase {
    func testMonthsAndValidityMinimums() {
        XCTAssertEqual(YearMonth(parsing: "2025-02")?.dayCount, 28)
        XCTAssertEqual(YearMonth(parsing: "2024-02")?.dayCount, 29)
        XCTAssertEqual(YearMonth(parsing: "2025-02")?.minimumValidDays, 25)
        XCTAssertEqual(YearMonth(parsing: "2025-07")?.minimumValidDays, 27)
        XCTAssertEqual(YearMonth(parsing: "２０２５-０３"), YearMonth(2025, 3))
        XCTAssertEqual(YearMonth(parsing: "2025年3月"), YearMonth(2025, 3))
        XCTAssertNil(YearMonth(parsing: "2025-13"))
        XCTAssertNil(YearMonth(parsing: "2025"))
        XCTAssertEqual(YearMonth(2025, 12).advanced(by: 1), YearMonth(2026, 1))
    }

    func testPeriodsAndDeadlines() {
        XCTAssertEqual(Period(parsing: "2021..2025")?.months.count, 60)
        XCTAssertEqual(Period(parsing: "2018-2020")?.description, "2018..2020")
        XCTAssertEqual(Period(parsing: "2025")?.dayCount, 365)
        XCTAssertEqual(Deadline(parsing: "年底前", planYear: 2025)?.month, YearMonth(2025, 12))
        XCTAssertEqual(Deadline(parsing: "6月底前", planYear: 2025)?.month, YearMonth(2025, 6))
        XCTAssertEqual(Deadline(parsing: "2020年底前", planYear: 2018)?.month, YearMonth(2020, 12))
        XCTAssertEqual(Deadline(parsing: "长期实施", planYear: 2025), .ongoing(text: "长期实施"))
        XCTAssertEqual(Deadline(parsing: "按时间节点完成", planYear: 2025), .milestones(text: "按时间节点完成"))
        XCTAssertNil(Deadline(parsing: "尽快", planYear: 2025))
    }
}
