import AirQuality
import XCTest

final class AQICategoryTests: XCTestCase {
    func testBoundaries() {
        let cases: [(Int, AQICategory)] = [
            (0, .excellent), (50, .excellent), (51, .good), (100, .good), (101, .lightlyPolluted),
            (150, .lightlyPolluted), (151, .moderatelyPolluted), (200, .moderatelyPolluted),
            (201, .heavilyPolluted), (300, .heavilyPolluted), (301, .severelyPolluted), (500, .severelyPolluted),
        ]
        for (aqi, category) in cases { XCTAssertEqual(AQICategory(aqi: aqi), category, "AQI \(aqi)") }
    }

    func testNamesAndFlags() {
        XCTAssertEqual(AQICategory.allCases.map(\.rawValue), ["优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"])
        XCTAssertEqual(AQICategory.allCases.filter(\.isGood), [.excellent, .good])
        XCTAssertEqual(AQICategory.allCases.filter(\.isHeavy), [.heavilyPolluted, .severelyPolluted])
        XCTAssertEqual(AQICategory.moderatelyPolluted.level, "IV")
    }
}
