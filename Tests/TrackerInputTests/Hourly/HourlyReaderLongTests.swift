import Foundation
import TrackerInput
import TrackerModel
import XCTest

final class HourlyReaderLongTests: XCTestCase {
    private func read(_ text: String, chunkSize: Int = 1 << 20) -> (HourlyReadSummary, StationDayAccumulator) {
        var days = StationDayAccumulator()
        let summary = HourlyReader(chunkSize: chunkSize).read(data: Data(text.utf8), name: "long.csv", into: &days)
        return (summary, days)
    }

    private let date = CalendarDay(year: 2025, month: 1, day: 1)

    func testDeclaredMilligrams() throws {
        let (summary, days) = read("""
            station,time,PM2.5,PM10,SO2,NO2,CO(mg/m³),O3
            官园,2025-01-01T00:00,35,60,3,30,0.8,50
            官园,2025-01-01 01:00,36,61,3,31,0.9,52
            """)
        XCTAssertEqual(summary.layout, .long)
        XCTAssertEqual(summary.coUnit, .milligramsPerCubicMetre)
        XCTAssertEqual(summary.rowsStored, 2)
        let grid = try XCTUnwrap(days.grid(station: "官园", date: try XCTUnwrap(date)))
        XCTAssertEqual(grid.value(.co, hour: 0), 0.8)
        XCTAssertEqual(grid.value(.pm25, hour: 1), 36)
    }

    func testDeclaredMicrogramsAreConverted() throws {
        let (summary, days) = read("station,time,PM2.5,CO (ug/m3)\nA,2025-01-01T05:00,35,800\n")
        XCTAssertEqual(summary.coUnit, .microgramsPerCubicMetre)
        XCTAssertEqual(days.grid(station: "A", date: try XCTUnwrap(date))?.value(.co, hour: 5), 0.8)
    }

    func testColumnsInAnyOrderAndExtraColumnsIgnored() throws {
        let (summary, days) = read("time,note,O3,station,co[mg/m3]\n2025-01-01T02:00,x,90,B,1.1\n")
        XCTAssertTrue(summary.problems.isEmpty, summary.problems.description)
        let grid = try XCTUnwrap(days.grid(station: "B", date: try XCTUnwrap(date)))
        XCTAssertEqual(grid.value(.o3, hour: 2), 90)
        XCTAssertEqual(grid.value(.co, hour: 2), 1.1)
        XCTAssertNil(grid.value(.pm25, hour: 2), "no PM2.5 column: missing")
    }

    func testPollutantInMilligramsOtherThanCO() throws {
        let (_, days) = read("station,time,PM2.5(mg/m³),CO(mg/m³)\nA,2025-01-01T00:00,0.035,1\n")
        XCTAssertEqual(days.grid(station: "A", date: try XCTUnwrap(date))?.value(.pm25, hour: 0), 35)
    }

    func testCOWithoutAUnitIsAnErrorAskingForOne() throws {
        let (summary, days) = read("station,time,PM2.5,PM10,SO2,NO2,CO,O3\nA,2025-01-01T00:00,35,60,3,30,800,50\n")
        XCTAssertTrue(summary.stoppedReading)
        XCTAssertEqual(days.dayCount, 0)
        let problem = try XCTUnwrap(summary.problems.first)
        XCTAssertEqual(problem.kind, .missingUnit)
        XCTAssertEqual(problem.line, 1)
        XCTAssertEqual(problem.column, 7)
        XCTAssertTrue(problem.message.contains("CO(mg/m³) or CO(µg/m³)"), problem.message)
    }

    func testHeaderProblemsPointAtTheHeaderLine() {
        let (summary, _) = read("\n\nstation,time,PM2.5,CO\nA,2025-01-01T00:00,1,1\n")
        XCTAssertEqual(summary.problems.first?.line, 3)
        XCTAssertEqual(summary.problems.first?.column, 4)
        XCTAssertEqual(summary.problems.first?.description.hasPrefix("long.csv:3:4: the CO column declares no unit"), true)
    }

    func testUnknownUnitAndUnknownHeader() {
        let (unknown, _) = read("station,time,CO(ppm)\nA,2025-01-01T00:00,1\n")
        XCTAssertEqual(unknown.problems.map(\.kind), [.unknownUnit])
        XCTAssertTrue(unknown.stoppedReading)
        let (garbage, _) = read("a,b,c\n1,2,3\n")
        XCTAssertEqual(garbage.problems.map(\.kind), [.unrecognisedHeader])
        XCTAssertNil(garbage.layout)
        let (empty, _) = read("")
        XCTAssertEqual(empty.problems.map(\.kind), [.unrecognisedHeader])
        // A UCI-like header with a column renamed is read by its names but is not the UCI data
        // set, so its CO column must name its unit rather than be taken as µg/m³.
        let (nearUCI, _) = read(#""No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN","wd","WSPM","site""# + "\n")
        XCTAssertEqual(nearUCI.problems.first?.kind, .missingUnit)
        XCTAssertTrue(nearUCI.stoppedReading)
    }

    func testBadTimesAreReportedWithTheirFix() throws {
        let (summary, _) = read("""
            station,time,PM2.5
            A,2025-01-01T00:30,35
            A,2025-01-01T00:00Z,35
            ,2025-01-01T00:00,35
            """)
        XCTAssertEqual(summary.problems.map(\.kind), [.invalidTime, .invalidTime, .malformedRow])
        XCTAssertTrue(summary.problems[0].message.contains(":00"), summary.problems[0].message)
        XCTAssertTrue(summary.problems[1].message.contains("UTC+8"), summary.problems[1].message)
        XCTAssertEqual(summary.problems[0].column, 2)
        XCTAssertEqual(summary.rowsStored, 0)
    }

    func testChunkSizeDoesNotChangeTheResult() throws {
        var text = "station,time,PM2.5,CO(µg/m³),O3\n"
        for hour in 0..<24 { text += "\"S,1\",2025-01-01T\(hour < 10 ? "0" : "")\(hour):00,\(hour).5,\(hour * 100),NA\n" }
        let (whole, wholeDays) = read(text)
        for size in [1, 2, 3, 7, 64] {
            let (summary, days) = read(text, chunkSize: size)
            XCTAssertEqual(summary, whole, "chunk size \(size)")
            XCTAssertEqual(days.days(of: "S,1").map(\.grid), wholeDays.days(of: "S,1").map(\.grid))
        }
        XCTAssertEqual(whole.rowsStored, 24)
        let grid = try XCTUnwrap(wholeDays.grid(station: "S,1", date: try XCTUnwrap(date)))
        XCTAssertEqual(grid.value(.pm25, hour: 23), 23.5)
        XCTAssertEqual(grid.value(.co, hour: 23), 2.3)
    }
}
