import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// Scopes written after the names of the scopes above them, as bureau sheets write them
/// (`北京市朝阳区`): read as that scope, never suggested as the city.
final class QualifiedScopeNameTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    private static let districts = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区",
                                    "通州区", "顺义区", "昌平区", "大兴区", "平谷区", "怀柔区", "密云区", "延庆区"]

    func testEveryDistrictAfterTheCityIsThatDistrict() {
        let rows = Self.districts.map { "2025-01,北京市\($0),降尘量,4.1" }.joined(separator: "\n")
        let (set, diagnostics) = Support.read("period,scope,indicator,value\n" + rows + "\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.scope), Self.districts)
    }

    func testStreetsAfterTheirDistrictOrCity() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value
            2025-01,北京市西城区德胜街道,降尘量,4.1
            2025-02,西城区德胜街道,降尘量,4.2
            2025-03,西城区 德胜街道,降尘量,4.3
            2025-04,北京市德胜街道,降尘量,4.4
            2025-05,北京市西城区广安门内街道,降尘量,4.5
            2025-06,北京市北京经济技术开发区,降尘量,4.6

            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.scope), ["德胜街道", "德胜街道", "德胜街道", "德胜街道", "广内街道", "北京经济技术开发区"])
    }

    func testANameAfterAScopeItIsNotInIsUnknownAndMisspellingsAreSuggestedWithoutTheCity() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value
            2025-01,北京市朝阳县,降尘量,4.1
            2025-01,北京市德盛街道,降尘量,4.1
            2025-01,东城区德胜街道,降尘量,4.1
            2025-01,北京市北京市,降尘量,4.1

            """)
        XCTAssertEqual(diagnostics.map(\.description), [
            "m.csv:2:9: error: unknown scope `北京市朝阳县`; did you mean `朝阳区`?",
            "m.csv:3:9: error: unknown scope `北京市德盛街道`; did you mean `德胜街道`?",
            "m.csv:4:9: error: unknown scope `东城区德胜街道`; did you mean `德胜街道`?",
            "m.csv:5:9: error: unknown scope `北京市北京市`; did you mean `北京市`?",
        ])
        XCTAssertEqual(set.measurements, [])
    }
}
