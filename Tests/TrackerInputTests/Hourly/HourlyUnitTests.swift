import TrackerInput
import XCTest

final class HourlyUnitTests: XCTestCase {
    func testDeclarations() {
        for text in ["µg/m³", "μg/m³", "ug/m3", "UG/M3", "µg/m3", " ug / m3 "] {
            XCTAssertEqual(HourlyUnit(declaration: text), .microgramsPerCubicMetre, text)
        }
        for text in ["mg/m³", "mg/m3", "MG/M3"] {
            XCTAssertEqual(HourlyUnit(declaration: text), .milligramsPerCubicMetre, text)
        }
        XCTAssertNil(HourlyUnit(declaration: "ppm"))
        XCTAssertEqual(HourlyUnit.microgramsPerCubicMetre.factor(to: .milligramsPerCubicMetre), 0.001)
    }
}
