import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// 平方千米 (the official bulletins' word) wherever 平方公里 is accepted, and `km2` for `km²`: in a
/// data file's `unit` column and headers, and in a catalog.
final class UnitSpellingTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    func testDustfallUnitsInTheUnitColumn() {
        let (set, diagnostics) = Support.read("""
            period,scope,indicator,value,unit
            2025-01,德胜街道,降尘量,4.1,吨/平方千米·月
            2025-02,德胜街道,降尘量,4.2,吨/(平方千米·月)
            2025-03,德胜街道,降尘量,4.3,吨/平方千米.月
            2025-04,德胜街道,降尘量,4.4,t/(km2·月)
            2025-05,德胜街道,降尘量,4.5,T/KM2·月
            2025-06,德胜街道,降尘量,4.6,t/km2·month

            """)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.value), [4.1, 4.2, 4.3, 4.4, 4.5, 4.6])
    }

    func testDustfallUnitInAWideHeader() {
        let (set, diagnostics) = Support.read("period,scope,降尘量（吨/平方千米·月）,PM2.5\n2025-01,西城区,4.2,42.9\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(set.measurements.map(\.indicator), ["dustfall_monthly_mean", "pm25_annual_mean"])
        XCTAssertEqual(set.measurements.map(\.value), [4.2, 42.9])
    }

    func testDustfallUnitInACatalog() {
        var reader = CatalogReader()
        reader.read("""
            [indicator dustfall_monthly_mean]
            zh         降尘量
            en         Dustfall
            unit       吨/平方千米·月
            polarity   lower
            kind       monthly_mean
            precision  1

            """, file: "c.catalog")
        XCTAssertEqual(reader.diagnostics, [])
        XCTAssertEqual(reader.indicators["dustfall_monthly_mean"]?.unit, .tonnePerSquareKilometreMonth)
    }
}
