import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// Headers recognised by their column names, not one exact layout: a UCI file without its
/// weather columns, quoted names with units, and long files stamped in UTC (`utc_time`, or
/// `--timezone`), whose hours move to Beijing time before days are formed.
final class HourlyHeaderByNameTests: XCTestCase {
    private let jan1 = CalendarDay(year: 2016, month: 1, day: 1)!

    private func read(_ text: String, units: [Pollutant: HourlyUnit] = [:], zone: HourlyTimeZone? = nil)
        -> (HourlyReadSummary, StationDayAccumulator) {
        var days = StationDayAccumulator()
        let summary = HourlyReader(units: units, timeZone: zone).read(data: Data(text.utf8), name: "h.csv", into: &days)
        return (summary, days)
    }

    func testAUCIFileWithoutTheWeatherColumnsIsRead() throws {
        let (summary, days) = read("""
            "No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","station"
            1,2016,1,1,0,183,244,54,118,5400,6,"Guanyuan"

            """)
        XCTAssertEqual(summary.problems, [])
        XCTAssertEqual(summary.layout, .uciBeijingMultiSite)
        XCTAssertEqual(summary.coUnit, .microgramsPerCubicMetre, "UCI's CO is µg/m³ by the data set's definition")
        XCTAssertEqual(days.grid(station: "Guanyuan", date: jan1)?.value(.co, hour: 0), 5.4)
    }

    func testQuotedNamesWithUnitsInAnyOrder() throws {
        let (summary, days) = read("""
            "站点","时间","备注","PM2.5(μg/m³)","CO(mg/m³)","O3"
            "官园","2016-01-01 03:00","",150,4.1,7

            """)
        XCTAssertEqual(summary.problems, [])
        let grid = try XCTUnwrap(days.grid(station: "官园", date: jan1))
        XCTAssertEqual(grid.value(.pm25, hour: 3), 150)
        XCTAssertEqual(grid.value(.co, hour: 3), 4.1)
        XCTAssertEqual(grid.value(.o3, hour: 3), 7)
    }

    func testUTCTimesMoveEightHoursToBeijingTime() throws {
        let (summary, days) = read("""
            stationId,utc_time,PM2.5,PM10,NO2,CO,O3,SO2
            guanyuan_aq,2015-12-31 16:00:00,183,244,118,5.4,6,54
            guanyuan_aq,2016-01-01T15:00:00Z,100,,,,,

            """, units: [.co: .milligramsPerCubicMetre])
        XCTAssertEqual(summary.problems, [])
        let grid = try XCTUnwrap(days.grid(station: "guanyuan_aq", date: jan1))
        XCTAssertEqual(grid.value(.pm25, hour: 0), 183, "16:00 UTC on Dec 31 is 00:00 on Jan 1 in Beijing")
        XCTAssertEqual(grid.value(.pm25, hour: 23), 100)
        XCTAssertNil(days.grid(station: "guanyuan_aq", date: CalendarDay(year: 2015, month: 12, day: 31)!))
    }

    func testTheZoneOptionForAColumnThatDoesNotNameOne() throws {
        let text = "station,time,PM2.5\nA,2016-01-01 20:00,50\n"
        let (_, utc) = read(text, zone: .utc)
        XCTAssertEqual(utc.grid(station: "A", date: CalendarDay(year: 2016, month: 1, day: 2)!)?.value(.pm25, hour: 4), 50)
        let (_, local) = read(text)
        XCTAssertEqual(local.grid(station: "A", date: jan1)?.value(.pm25, hour: 20), 50)
        let (conflict, _) = read("station,time(UTC+8),PM2.5\nA,2016-01-01 20:00,50\n", zone: .utc)
        XCTAssertEqual(conflict.problems.map(\.description), [
            "h.csv:1:2: the column time(UTC+8) gives times in UTC+8 but the option says UTC; drop --timezone or correct the header",
        ])
        XCTAssertTrue(conflict.stoppedReading)
    }

    func testZoneNames() {
        XCTAssertEqual(HourlyTimeZone(name: "UTC"), .utc)
        XCTAssertEqual(HourlyTimeZone(name: "+08:00"), .beijing)
        XCTAssertEqual(HourlyTimeZone(name: "UTC+8"), .beijing)
        XCTAssertEqual(HourlyTimeZone(name: "Asia/Shanghai"), .beijing)
        XCTAssertEqual(HourlyTimeZone(name: "-0500")?.hoursFromUTC, -5)
        XCTAssertNil(HourlyTimeZone(name: "Mars"))
        XCTAssertNil(HourlyTimeZone(name: "+05:30"), "whole hours only")
        XCTAssertEqual(HourlyTimeZone(columnName: "utc_time"), .utc)
        XCTAssertNil(HourlyTimeZone(columnName: "time"))
    }

    /// The UTC copy of the fixture's two days (官园 and 东四, made from the national files by
    /// moving each hour back eight hours) gives the national files' grids.
    func testTheUTCCopyEqualsTheNationalFiles() throws {
        let folder = Fixtures.repository.appendingPathComponent("Tests/Fixtures/hourly-native")
        var utc = StationDayAccumulator()
        let summary = HourlyReader(units: [.co: .milligramsPerCubicMetre])
            .read(fileAt: folder.appendingPathComponent("utc-long-20160101-02.csv"), into: &utc)
        XCTAssertEqual(summary.problems, [])
        var national = StationDayAccumulator()
        for day in ["20160101", "20160102"] {
            _ = NationalDayReader().read(day: ["all", "extra"].map {
                (folder.appendingPathComponent("2016/beijing_\($0)_\(day).csv"), $0)
            }, into: &national)
        }
        for (id, name) in [("guanyuan_aq", "官园"), ("dongsi_aq", "东四")] {
            for date in [jan1, CalendarDay(year: 2016, month: 1, day: 2)!] {
                XCTAssertEqual(utc.grid(station: id, date: date), national.grid(station: name, date: date), "\(name) \(date)")
            }
        }
    }
}
