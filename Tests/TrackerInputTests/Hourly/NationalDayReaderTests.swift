import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// The national platform's daily files (`beijing_all_*`, `beijing_extra_*`): a day's files read
/// together, in any order and encoding, problems located, nothing read twice or lost silently.
/// The fixture files are cut from the real 2016 files (five stations, two days, an empty day;
/// the first `all` file has a UTF-8 BOM, the second is GB18030, the second `extra` has CRLF).
final class NationalDayReaderTests: XCTestCase {
    private let folder = Fixtures.repository.appendingPathComponent("Tests/Fixtures/hourly-native/2016")
    private let jan1 = CalendarDay(year: 2016, month: 1, day: 1)!
    private let jan2 = CalendarDay(year: 2016, month: 1, day: 2)!

    private func files(_ names: [String]) -> [(url: URL, name: String)] {
        names.map { (folder.appendingPathComponent($0), $0) }
    }

    private func read(_ names: [String]) -> (StationDayAccumulator, [HourlyReadSummary]) {
        var days = StationDayAccumulator()
        let summaries = NationalDayReader().read(day: files(names), into: &days)
        return (days, summaries)
    }

    func testAllAndExtraOfADayMakeWholeStationHours() {
        let (days, summaries) = read(["beijing_all_20160101.csv", "beijing_extra_20160101.csv"])
        XCTAssertEqual(summaries.flatMap(\.problems), [])
        XCTAssertEqual(days.stations, ["万寿西宫", "东四", "前门", "官园", "定陵"])
        let dongsi = days.grid(station: "东四", date: jan1)!
        // The first data rows of the two files: 20160101,0,PM2.5,200,… and 20160101,0,CO,…
        XCTAssertEqual(dongsi.value(.pm25, hour: 0), 200)
        XCTAssertEqual(dongsi.value(.pm10, hour: 0), 209)
        XCTAssertEqual(dongsi.hoursWithRows, Array(0..<24))
        for pollutant in Pollutant.allCases {
            XCTAssertNotNil(dongsi.series(pollutant).first { !$0.isNaN }, "\(pollutant) read")
        }
        XCTAssertEqual(summaries.map(\.layout), [.nationalDaily, .nationalDaily])
        XCTAssertEqual(summaries[0].rowsRead, 24 * 5, "AQI, PM2.5, PM2.5_24h, PM10, PM10_24h")
        XCTAssertEqual(summaries[0].rowsStored, 48, "the hourly rows: PM2.5 and PM10")
    }

    func testCOStaysInMilligramsAsTheFilesGiveIt() throws {
        let (days, _) = read(["beijing_extra_20160101.csv"])
        let text = try String(contentsOf: folder.appendingPathComponent("beijing_extra_20160101.csv"), encoding: .utf8)
        let coRow = text.split(separator: "\n").first { $0.hasPrefix("20160101,0,CO,") }!
        let written = Double(coRow.split(separator: ",", omittingEmptySubsequences: false)[3])!
        XCTAssertEqual(days.grid(station: "东四", date: jan1)?.value(.co, hour: 0), written)
    }

    func testOrderOfFilesAndEncodingsDoNotMatter() throws {
        let (inOrder, _) = read(["beijing_all_20160102.csv", "beijing_extra_20160102.csv"])
        let (reversed, problems) = read(["beijing_extra_20160102.csv", "beijing_all_20160102.csv"])
        XCTAssertEqual(problems.flatMap(\.problems), [])
        // The GB18030 file against a UTF-8 copy of it.
        let temp = try temporaryFolder("national")
        let gb = try Data(contentsOf: folder.appendingPathComponent("beijing_all_20160102.csv"))
        let decoded = try TextDecoding.decode(gb, file: "gb").get()
        XCTAssertEqual(decoded.encoding, .gb18030)
        let text = decoded.text
        XCTAssertTrue(text.hasPrefix("date,hour,type,东四,官园"))
        try Data(text.utf8).write(to: temp.appendingPathComponent("beijing_all_20160102.csv"))
        var utf8 = StationDayAccumulator()
        _ = NationalDayReader().read(day: [(temp.appendingPathComponent("beijing_all_20160102.csv"), "a"),
                                           (folder.appendingPathComponent("beijing_extra_20160102.csv"), "b")], into: &utf8)
        for station in inOrder.stations {
            XCTAssertEqual(inOrder.grid(station: station, date: jan2), reversed.grid(station: station, date: jan2), station)
            XCTAssertEqual(inOrder.grid(station: station, date: jan2), utf8.grid(station: station, date: jan2), station)
        }
        XCTAssertEqual(inOrder.grid(station: "官园", date: jan2)?.hoursWithRows.count, 24)
    }

    func testAnEmptyFileIsAWarningNotAStop() {
        let (days, summaries) = read(["beijing_all_20160103.csv"])
        XCTAssertEqual(days.dayCount, 0)
        XCTAssertEqual(summaries[0].problems.map(\.kind), [.emptyFile])
        XCTAssertFalse(summaries[0].stoppedReading)
        XCTAssertTrue(summaries[0].isEmpty)
        XCTAssertEqual(summaries[0].problems[0].kind.code, .hourlyFileEmpty)
    }

    func testAFileCutInItsLastRowLosesThatRowOnlyAndSaysSo() throws {
        let temp = try temporaryFolder("national")
        let url = temp.appendingPathComponent("beijing_all_20160724.csv")
        try "date,hour,type,东四,官园,万寿西宫\n20160724,0,PM2.5,10,11,12\n20160724,1,PM2.5,13,1".write(to: url, atomically: true, encoding: .utf8)
        var days = StationDayAccumulator()
        let summary = NationalDayReader().read(day: [(url, "beijing_all_20160724.csv")], into: &days)[0]
        XCTAssertEqual(summary.problems.map(\.description), [
            "beijing_all_20160724.csv:3: the file ends in the middle of a row (5 of 6 fields); the row is not read — "
                + "the file was cut short when it was copied or downloaded",
        ])
        XCTAssertEqual(summary.problems.map(\.kind.code), [.hourlyFileCutShort])
        let day = CalendarDay(year: 2016, month: 7, day: 24)!
        XCTAssertEqual(days.grid(station: "官园", date: day)?.value(.pm25, hour: 0), 11)
        XCTAssertEqual(days.grid(station: "官园", date: day)?.hoursWithRows, [0])
    }

    func testBadCellsTypesAndTimesAreLocated() throws {
        let temp = try temporaryFolder("national")
        let url = temp.appendingPathComponent("beijing_extra_20160105.csv")
        try """
            date,hour,type,东四,官园
            20160105,0,SO2,x,-3
            20160105,0,TEMP,1,2
            20160105,0,TEMP,1,2
            20160132,1,SO2,1,2
            20160105,1,SO2,4,5
            20160105,1,SO2,6,7

            """.write(to: url, atomically: true, encoding: .utf8)
        var days = StationDayAccumulator()
        let summary = NationalDayReader().read(day: [(url, "e.csv")], into: &days)[0]
        XCTAssertEqual(summary.problems.map(\.description), [
            "e.csv:2:4: SO2 value \"x\" is not a number; write a number, or leave the cell empty for a missing hour",
            "e.csv:2:5: SO2 is negative (-3) and counted as invalid; correct the value, or leave the cell empty",
            "e.csv:3:3: type `TEMP` is not a type of the national daily files; its rows are not read (hourly types: PM2.5, PM10, SO2, NO2, O3, CO)",
            "e.csv:5:1: date \"20160132\" hour \"1\" is not a real date (YYYYMMDD) and hour 0–23; correct the date and hour columns",
            "e.csv:7:3: a second SO2 row for 2016-01-05 hour 1; the first is kept — remove the duplicate",
        ])
        XCTAssertEqual(days.grid(station: "官园", date: CalendarDay(year: 2016, month: 1, day: 5)!)?.value(.so2, hour: 1), 5)
    }

    func testAnUnreadableDayFileIsAWarningAndTheOtherFileIsRead() throws {
        let extra = try Data(contentsOf: folder.appendingPathComponent("beijing_extra_20160101.csv"))
        let broken = Data("date,hour,type,东四\n20160101,0,PM2.5,".utf8) + Data([0xFF, 0xFF, 0xFF, 0x0A])
        var days = StationDayAccumulator()
        let summaries = NationalDayReader().read(dayData: [(broken, "a.csv"), (extra, "b.csv")], into: &days)
        XCTAssertEqual(summaries[0].problems.map(\.kind), [.unreadableDayFile])
        XCTAssertFalse(summaries[0].stoppedReading)
        XCTAssertEqual(summaries[0].problems[0].kind.code, .fileUnreadable)
        XCTAssertTrue(summaries[0].problems[0].message.hasSuffix("; the hours it holds are missing"), summaries[0].problems[0].message)
        XCTAssertEqual(days.grid(station: "东四", date: jan1)?.hoursWithRows.count, 24, "the extra file's hours")
    }

    func testThe24HourRowsCrossCheckTheHourlyValues() {
        let (_, summaries) = read(["beijing_all_20160101.csv", "beijing_extra_20160101.csv"])
        // Every station-day with all 24 hours of a pollutant and a P_24h value at hour 23 is checked.
        XCTAssertGreaterThan(summaries[0].derivedChecked + summaries[1].derivedChecked, 10)
        XCTAssertEqual(summaries[0].derivedDisagreements + summaries[1].derivedDisagreements, 0)
    }

    func testFileNamesAndHeadersSayWhatIsNational() {
        XCTAssertEqual(NationalDayFile.day(ofName: "2016/beijing_extra_20160315.csv"), CalendarDay(year: 2016, month: 3, day: 15))
        XCTAssertTrue(NationalDayFile.isNationalName("x/china_sites_20160101.csv"))
        XCTAssertFalse(NationalDayFile.isNationalName("PRSA_Data_Guanyuan_20130301-20170228.csv"))
        XCTAssertEqual(NationalDayFile.sniff(folder.appendingPathComponent("beijing_all_20160101.csv")), .national, "BOM")
        XCTAssertEqual(NationalDayFile.sniff(folder.appendingPathComponent("beijing_all_20160102.csv")), .national, "GB18030")
        XCTAssertEqual(NationalDayFile.sniff(folder.appendingPathComponent("beijing_all_20160103.csv")), .empty)
    }
}
