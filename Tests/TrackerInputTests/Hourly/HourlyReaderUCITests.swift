import Foundation
import TrackerInput
import TrackerModel
import XCTest

final class HourlyReaderUCITests: XCTestCase {
    private let header = #""No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN","wd","WSPM","station""#

    private func read(_ rows: [String], chunkSize: Int = 1 << 20, into days: inout StationDayAccumulator) -> HourlyReadSummary {
        let text = ([header] + rows).joined(separator: "\n") + "\n"
        return HourlyReader(chunkSize: chunkSize).read(data: Data(text.utf8), name: "uci.csv", into: &days)
    }

    func testRecognisesTheLayoutAndConvertsCOToMilligrams() throws {
        var days = StationDayAccumulator()
        let summary = read([
            #"1,2013,3,1,0,4,4,14,20,300,69,-0.7,1023,-18.8,0,"NNW",4.4,"Guanyuan""#,
            #"2,2013,3,1,1,NA,5,13,17,2250,72,-1.1,1023.2,-18.2,0,"N",4.7,"Guanyuan""#,
        ], into: &days)
        XCTAssertEqual(summary.layout, .uciBeijingMultiSite)
        XCTAssertEqual(summary.coUnit, .microgramsPerCubicMetre)
        XCTAssertEqual(summary.rowsStored, 2)
        XCTAssertEqual(summary.missingValues, 1)
        XCTAssertTrue(summary.problems.isEmpty)
        let date = try XCTUnwrap(CalendarDay(year: 2013, month: 3, day: 1))
        let grid = try XCTUnwrap(days.grid(station: "Guanyuan", date: date))
        XCTAssertEqual(grid.value(.co, hour: 0), 0.3, "300 µg/m³ is exactly 0.3 mg/m³")
        XCTAssertEqual(grid.value(.co, hour: 1), 2.25)
        XCTAssertEqual(grid.value(.pm25, hour: 0), 4)
        XCTAssertNil(grid.value(.pm25, hour: 1))
        XCTAssertEqual(grid.value(.o3, hour: 1), 72)
        XCTAssertEqual(grid.hoursWithRows, [0, 1])
        XCTAssertEqual(days.stations, ["Guanyuan"])
    }

    func testNegativeValuesAreInvalidAndReportedWithLocation() throws {
        var days = StationDayAccumulator()
        let summary = read([
            #"1,2013,3,1,0,-4,4,14,20,300,69,-0.7,1023,-18.8,0,"NNW",4.4,"Guanyuan""#,
        ], into: &days)
        XCTAssertEqual(summary.negativeValues, 1)
        XCTAssertEqual(summary.rowsStored, 1)
        let problem = try XCTUnwrap(summary.problems.first)
        XCTAssertEqual(problem.kind, .negativeValue)
        XCTAssertEqual(problem.line, 2)
        XCTAssertEqual(problem.column, 6)
        XCTAssertTrue(problem.message.contains("PM2.5 is negative (-4)"), problem.message)
        XCTAssertTrue(problem.description.hasPrefix("uci.csv:2:6: "))
        let date = try XCTUnwrap(CalendarDay(year: 2013, month: 3, day: 1))
        XCTAssertNil(days.grid(station: "Guanyuan", date: date)?.value(.pm25, hour: 0))
    }

    func testBadRowsAreRejectedAndTheRestRead() {
        var days = StationDayAccumulator()
        let summary = read([
            #"1,2013,3,1,0,4,4,14,20,300,69,-0.7,1023,-18.8,0,"NNW",4.4"#,                  // 17 fields
            #"2,2013,2,30,0,4,4,14,20,300,69,-0.7,1023,-18.8,0,"NNW",4.4,"Guanyuan""#,       // no such date
            #"3,2013,3,1,0,4,x,14,20,300,69,-0.7,1023,-18.8,0,"NNW",4.4,"Guanyuan""#,        // PM10 "x"
            #"4,2013,3,1,0,5,5,14,20,300,69,-0.7,1023,-18.8,0,"NNW",4.4,"Guanyuan""#,        // duplicate hour
        ], into: &days)
        XCTAssertEqual(summary.problems.map(\.kind), [.malformedRow, .invalidTime, .malformedValue, .duplicateHour])
        XCTAssertEqual(summary.problems.map(\.line), [2, 3, 4, 5])
        XCTAssertEqual(summary.rowsRead, 4)
        XCTAssertEqual(summary.rowsStored, 1)
        XCTAssertEqual(summary.rowsRejected, 3)
        XCTAssertEqual(summary.malformedValues, 1)
        XCTAssertEqual(summary.duplicateHours, 1)
        XCTAssertEqual(days.dayCount, 1)
    }

    func testProblemListIsCappedButCounted() {
        var days = StationDayAccumulator()
        let rows = (0..<24).map { #"\#($0),2013,3,1,\#($0),-1,4,14,20,300,69,0,0,0,0,"N",1,"S""# }
        let text = ([header] + rows).joined(separator: "\n")
        let summary = HourlyReader(problemLimit: 5).read(data: Data(text.utf8), name: "u.csv", into: &days)
        XCTAssertEqual(summary.problems.count, 5)
        XCTAssertEqual(summary.unlistedProblems, 19)
        XCTAssertEqual(summary.negativeValues, 24)
    }

    func testHeaderWithBOMAndCRLFIsStillRecognised() {
        var days = StationDayAccumulator()
        let text = "\u{FEFF}" + header + "\r\n" + #"1,2013,3,1,0,4,4,14,20,300,69,-0.7,1023,-18.8,0,"NNW",4.4,"Guanyuan""# + "\r\n"
        let summary = HourlyReader().read(data: Data(text.utf8), name: "bom.csv", into: &days)
        XCTAssertEqual(summary.layout, .uciBeijingMultiSite)
        XCTAssertEqual(summary.rowsStored, 1)
    }
}
