@testable import StationAggregation
import AirQuality
import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// The two copies of 2016 in ../shared: the national daily files (beijing-native, 35 stations)
/// and the UCI multi-site files (beijing-multisite: 东四, 天坛, 官园, 万寿西宫). Read by their own
/// readers, they hold the same value in every cell both have but eight (listed below, none of
/// PM2.5); kept to the cells both hold alike, each copy written back in its own layout and
/// aggregated gives the same daily and monthly statistics, value for value
/// (docs/hourly-formats.md, "The two copies of 2016").
final class NativeAgainstUCITests: XCTestCase {
    private let native = Fixtures.shared.appendingPathComponent("data/beijing-native/2016")
    private let stations = [("Dongsi", "东四"), ("Tiantan", "天坛"), ("Guanyuan", "官园"), ("Wanshouxigong", "万寿西宫")]

    private struct Cell: Hashable {
        let station: String
        let day: Int
        let hour: Int
        let pollutant: Int
    }

    func testBothCopiesGiveTheSameDailyAndMonthlyStatisticsOnTheHoursBothHold() throws {
        guard FileManager.default.fileExists(atPath: native.path), TestFiles.hasRealData else {
            throw XCTSkip("shared data not present at \(native.path) and \(TestFiles.beijingMultisite.path)")
        }
        // 1. Each copy through its own reader.
        let names = try FileManager.default.contentsOfDirectory(atPath: native.path).filter { $0.hasSuffix(".csv") }.sorted()
        var byDay: [CalendarDay: [(url: URL, name: String)]] = [:]
        for name in names { byDay[NationalDayFile.day(ofName: name)!, default: []].append((native.appendingPathComponent(name), name)) }
        var nativeDays = StationDayAccumulator()
        var numbers: [String: Int] = [:]
        for day in byDay.keys.sorted() { _ = NationalDayReader().read(day: byDay[day]!, into: &nativeDays, stationNumbers: &numbers) }
        var uciDays = StationDayAccumulator()
        for file in TestFiles.realFiles { _ = HourlyReader().read(fileAt: URL(fileURLWithPath: file), into: &uciDays) }

        // 2. The cells both hold: equal but for eight.
        var kept: Set<Cell> = []
        var differing: [String] = []
        var uciOnly = 0, nativeOnly = 0
        for (id, zh) in stations {
            for (date, uci) in uciDays.days(of: id) where date.year == 2016 {
                let other = nativeDays.grid(station: zh, date: date)
                for pollutant in Pollutant.allCases {
                    for hour in 0..<24 {
                        let a = uci.value(pollutant, hour: hour), b = other?.value(pollutant, hour: hour)
                        switch (a, b) {
                        case let (a?, b?) where a == b: kept.insert(Cell(station: zh, day: date.ordinal, hour: hour, pollutant: pollutant.index))
                        case let (a?, b?): differing.append("\(zh) \(date) \(hour):00 \(pollutant.rawValue) UCI \(a) national \(b)")
                        case (_?, nil): uciOnly += 1
                        case (nil, _?): nativeOnly += 1
                        default: break
                        }
                    }
                }
            }
        }
        XCTAssertEqual(differing.sorted(), [
            "万寿西宫 2016-05-19 10:00 O3 UCI 206.0 national 165.0",
            "东四 2016-05-19 10:00 O3 UCI 195.0 national 150.0",
            "东四 2016-05-25 17:00 SO2 UCI 2.0 national 270.0",
            "东四 2016-06-23 13:00 SO2 UCI 11.0 national 278.0",
            "东四 2016-12-28 15:00 SO2 UCI 6.0 national 263.0",
            "天坛 2016-05-19 10:00 O3 UCI 220.0 national 179.0",
            "天坛 2016-07-26 18:00 PM10 UCI 43.0 national 196.0",
            "官园 2016-05-19 10:00 O3 UCI 196.0 national 140.0",
        ])
        XCTAssertEqual(kept.filter { $0.station == "官园" && $0.pollutant == Pollutant.pm25.index }.count, 8467)
        XCTAssertEqual(kept.count, 192_932)
        XCTAssertEqual(uciOnly, 13_752, "the UCI copy has more hours: Dec 30–31, and PM10")
        XCTAssertEqual(nativeOnly, 176)

        // 3. Each copy kept to those cells, in its own layout, through the whole pipeline.
        let folder = try temporaryFolder("native-uci")
        let nativeFiles = try writeNative(kept, names: names, to: folder.appendingPathComponent("native"))
        let uciFiles = try writeUCI(kept, to: folder.appendingPathComponent("uci"))
        var options = AggregationOptions(from: YearMonth(2016, 1), to: YearMonth(2016, 12), includeStations: true)
        options.sourceLabel = "both"
        let a = HourlyAggregation.run(hourly: uciFiles, stations: TestFiles.stationList, exclusions: nil, scopes: TestFiles.scopes, options: options)
        let b = HourlyAggregation.run(hourly: nativeFiles, stations: TestFiles.stationList, exclusions: nil, scopes: TestFiles.scopes, options: options)
        XCTAssertFalse(a.diagnostics.hasErrors || b.diagnostics.hasErrors)
        XCTAssertEqual(a.measurements.measurements.count, 6 * 4 * 12, "东城区, 西城区 and four stations, four indicators, twelve months")
        XCTAssertEqual(a.measurements.measurements.count, b.measurements.measurements.count)
        for (x, y) in zip(a.measurements.measurements, b.measurements.measurements) where x != y {
            XCTFail("\(x.period) \(x.scope) \(x.indicator): UCI \(x.value) over \(x.validDays ?? -1), national \(y.value) over \(y.validDays ?? -1) \(x.note ?? "") | \(y.note ?? "")")
        }
        func assessed(_ days: [AreaDay]) -> [AreaDay] {
            days.filter { !$0.assessment.values.indexConcentrations.isEmpty }
        }
        XCTAssertEqual(assessed(a.areaDays).count, 708, "two districts, 2016 without Dec 30–31 and days with no valid value")
        XCTAssertEqual(assessed(a.areaDays).count, assessed(b.areaDays).count)
        for (x, y) in zip(assessed(a.areaDays), assessed(b.areaDays)) where x != y {
            XCTFail("\(x.day) \(x.area): UCI \(x.assessment.values.indexConcentrations) national \(y.assessment.values.indexConcentrations)")
        }
    }

    /// The national files again with four station columns, cells not in `kept` left empty.
    private func writeNative(_ kept: Set<Cell>, names: [String], to folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written: [String] = []
        for name in names {
            let text = try String(contentsOf: native.appendingPathComponent(name), encoding: .utf8)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard !lines.isEmpty else { continue }
            let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let columns = stations.map { header.firstIndex(of: $0.1)! }
            var out = "date,hour,type," + stations.map(\.1).joined(separator: ",") + "\n"
            for line in lines {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard fields.count == header.count, let date = NationalDayReader.date(fields[0]),
                      let hour = Int(fields[1]), let pollutant = Pollutant(headerName: fields[2]) else { continue }
                let cells = zip(stations, columns).map { station, column in
                    kept.contains(Cell(station: station.1, day: date.ordinal, hour: hour, pollutant: pollutant.index)) ? fields[column] : ""
                }
                out += "\(fields[0]),\(fields[1]),\(fields[2])," + cells.joined(separator: ",") + "\n"
            }
            let url = folder.appendingPathComponent(name)
            try out.write(to: url, atomically: true, encoding: .utf8)
            written.append(url.path)
        }
        return written
    }

    /// The UCI files' 2016 rows, cells not in `kept` written NA.
    private func writeUCI(_ kept: Set<Cell>, to folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written: [String] = []
        for (id, zh) in stations {
            let file = TestFiles.realFiles.first { $0.contains("PRSA_Data_\(id)_") }!
            let text = try String(contentsOfFile: file, encoding: .utf8)
            var lines = text.split(whereSeparator: \.isNewline).map(String.init)  // CRLF is one Character
            var out = lines.removeFirst() + "\n"
            let pollutants: [Pollutant] = [.pm25, .pm10, .so2, .no2, .co, .o3]
            for line in lines {
                var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard fields[1] == "2016", let date = CalendarDay(year: 2016, month: Int(fields[2])!, day: Int(fields[3])!) else { continue }
                let hour = Int(fields[4])!
                for (offset, pollutant) in pollutants.enumerated()
                where !kept.contains(Cell(station: zh, day: date.ordinal, hour: hour, pollutant: pollutant.index)) {
                    fields[5 + offset] = "NA"
                }
                out += fields.joined(separator: ",") + "\n"
            }
            let url = folder.appendingPathComponent((file as NSString).lastPathComponent)
            try out.write(to: url, atomically: true, encoding: .utf8)
            written.append(url.path)
        }
        return written
    }
}
