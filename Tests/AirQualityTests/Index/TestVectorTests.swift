import AirQuality
import XCTest

/// Every vector of air-quality.md §10, at HJ 633—2012 and HJ 633—2026.
final class TestVectorTests: XCTestCase {
    private struct Vector {
        let item: IndexItem
        let concentration: Double
        let iaqi2012: Int
        let iaqi2026: Int
    }

    private let vectors: [Vector] = [
        Vector(item: .pm25, concentration: 35, iaqi2012: 50, iaqi2026: 50),
        Vector(item: .pm25, concentration: 35.5, iaqi2012: 52, iaqi2026: 52),
        Vector(item: .pm25, concentration: 60, iaqi2012: 82, iaqi2026: 100),
        Vector(item: .pm25, concentration: 75, iaqi2012: 100, iaqi2026: 114),
        Vector(item: .pm25, concentration: 75.4, iaqi2012: 100, iaqi2026: 114),
        Vector(item: .pm25, concentration: 75.6, iaqi2012: 102, iaqi2026: 115),
        Vector(item: .pm10, concentration: 150, iaqi2012: 100, iaqi2026: 112),
        Vector(item: .so2, concentration: 100, iaqi2012: 75, iaqi2026: 75),
        Vector(item: .co, concentration: 2.5, iaqi2012: 63, iaqi2026: 63),
    ]

    func testSingleItemVectorsBothVersions() {
        for v in vectors {
            let old = IndividualIndex(item: v.item, concentration: v.concentration, version: .hj633_2012)
            let new = IndividualIndex(item: v.item, concentration: v.concentration, version: .hj633_2026)
            XCTAssertEqual(old?.value, v.iaqi2012, "\(v.item) \(v.concentration) under 2012")
            XCTAssertEqual(new?.value, v.iaqi2026, "\(v.item) \(v.concentration) under 2026")
        }
    }

    func testRoundedConcentrationsOfTheVectors() {
        XCTAssertEqual(IndividualIndex(item: .pm25, concentration: 35.5, version: .hj633_2012)?.roundedConcentration, 36)
        XCTAssertEqual(IndividualIndex(item: .pm25, concentration: 75.4, version: .hj633_2012)?.roundedConcentration, 75)
        XCTAssertEqual(IndividualIndex(item: .pm25, concentration: 75.6, version: .hj633_2012)?.roundedConcentration, 76)
    }

    func testPM25At75IsAGoodDayUnder2012Only() {
        let values = concentrations([.pm25: 75])
        let old = DailyAQI(concentrations: values, version: .hj633_2012)
        let new = DailyAQI(concentrations: values, version: .hj633_2026)
        XCTAssertEqual(old.value, 100)
        XCTAssertTrue(old.isGoodDay)
        XCTAssertEqual(old.category, .good)
        XCTAssertEqual(new.value, 114)
        XCTAssertFalse(new.isGoodDay)
        let rounded = DailyAQI(concentrations: concentrations([.pm25: 75.4]), version: .hj633_2012)
        XCTAssertEqual(rounded.value, 100)
        XCTAssertTrue(rounded.isGoodDay)
    }

    func testOzoneAbove800() {
        let values = concentrations([.o3EightHour: 900, .o3OneHour: 1000])
        let old = DailyAQI(concentrations: values, version: .hj633_2012)
        let new = DailyAQI(concentrations: values, version: .hj633_2026)
        XCTAssertEqual(old.value, 400)
        XCTAssertEqual(old.index(of: .o3EightHour)?.value, 400)
        XCTAssertEqual(old.index(of: .o3EightHour)?.rule, .takenFromOneHour)
        XCTAssertEqual(new.value, 300)
        XCTAssertEqual(new.index(of: .o3EightHour)?.rule, .fixedAt300)
        XCTAssertNil(new.index(of: .o3OneHour), "2026 has no O3 1-h item")
        XCTAssertEqual(old.primaryPollutants, [.o3])
        XCTAssertEqual(old.primaryItems, [.o3OneHour, .o3EightHour])
    }
}
