@testable import TrackerInput
import XCTest

final class HourlyLocalTimeTests: XCTestCase {
    private func parse(_ text: String) -> Result<HourlyLocalTime, HourlyLocalTime.Failure> {
        HourlyLocalTime.parse(Array(text.utf8)[...])
    }

    private func hour(_ text: String) -> Int? {
        if case .success(let time) = parse(text) { return time.hour }
        return nil
    }

    func testAcceptedForms() throws {
        XCTAssertEqual(hour("2025-01-01T00:00"), 0)
        XCTAssertEqual(hour("2025-01-01 13:00"), 13)
        XCTAssertEqual(hour("2025-01-01T23:00:00"), 23)
        XCTAssertEqual(hour("2025-01-01T05:00+08:00"), 5)
        XCTAssertEqual(hour(" 2025-01-01T05:00 "), 5)
        guard case .success(let time) = parse("2024-02-29T01:00") else { return XCTFail("leap day") }
        XCTAssertEqual(time.date.description, "2024-02-29")
    }

    func testRejectedForms() {
        XCTAssertEqual(try? parse("2025-01-01T00:30").get(), nil)
        if case .failure(let f) = parse("2025-01-01T00:30") { XCTAssertEqual(f, .notOnTheHour) }
        if case .failure(let f) = parse("2025-01-01T24:00") { XCTAssertEqual(f, .outOfRange) }
        if case .failure(let f) = parse("2025-02-29T01:00") { XCTAssertEqual(f, .outOfRange) }
        if case .failure(let f) = parse("2025-01-01T00:00Z") { XCTAssertEqual(f, .notBeijingTime) }
        if case .failure(let f) = parse("2025-01-01T00:00+09:00") { XCTAssertEqual(f, .notBeijingTime) }
        if case .failure(let f) = parse("2025/01/01 00:00") { XCTAssertEqual(f, .notISO) }
        if case .failure(let f) = parse("2025-01-01") { XCTAssertEqual(f, .notISO) }
    }
}
