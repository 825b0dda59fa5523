@testable import StationAggregation
import AirQuality
import Foundation
import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// `tracker aggregate` over folders of the national daily files: the small fixture (five
/// stations, two days and an empty one) and, when ../shared is present, the real 2016 year
/// (732 files, 35 stations).
final class NationalFolderAggregationTests: XCTestCase {
    private let fixture = Fixtures.repository.appendingPathComponent("Tests/Fixtures/hourly-native")
    private let real = Fixtures.shared.appendingPathComponent("data/beijing-native")

    private func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    private func run(_ folder: URL, kinds: StationKinds = .assessment, workers: Int? = nil) -> AggregationResult {
        var options = AggregationOptions()
        options.stationKinds = kinds
        options.workers = workers
        return HourlyAggregation.run(hourly: files(in: folder.appendingPathComponent("2016")),
                                     stations: folder.appendingPathComponent("stations.csv").path,
                                     exclusions: nil, scopes: TestFiles.scopes, options: options)
    }

    func testAssessmentStationsMakeTheDistrictsAndTheOthersGetRowsOfTheirOwn() {
        let result = run(fixture)
        XCTAssertEqual(result.diagnostics.map { Fixtures.relative($0.description) }, [
            "Tests/Fixtures/hourly-native/stations.csv:5:1: note: 1 traffic station (前门) and 1 background station (定陵) are reported on their own, "
                + "not in district or city values; give --include-traffic or --include-background to count them for their areas",
            "Tests/Fixtures/hourly-native/2016/beijing_all_20160103.csv:1:1: warning: 2 empty files: beijing_all_20160103.csv, "
                + "beijing_extra_20160103.csv; the hours of their days are missing; get those days' files again from the source",
        ])
        let scopes = Set(result.measurements.measurements.map(\.scope))
        XCTAssertEqual(scopes, ["东城区", "西城区", "前门", "定陵"])
        XCTAssertEqual(Set(result.areaDays.map(\.area)), ["东城区", "西城区"])
        XCTAssertEqual(result.areaDays.first { $0.area == "东城区" }?.stationCount, 1, "东四 without 前门")
        let qianmen = result.measurements.measurements.first { $0.scope == "前门" }
        XCTAssertEqual(qianmen?.note?.contains("a traffic station (交通污染监控点), not in district or city values"), true)
        XCTAssertEqual(result.files.count, 6)
    }

    func testTrafficAndBackgroundStationsOnRequest() {
        let result = run(fixture, kinds: StationKinds(includeTraffic: true, includeBackground: true))
        XCTAssertEqual(result.diagnostics.filter { $0.code == .stationsOutsideAreas }, [])
        XCTAssertEqual(result.areaDays.first { $0.area == "东城区" }?.stationCount, 2, "东四 and 前门")
        XCTAssertEqual(Set(result.areaDays.map(\.area)), ["东城区", "西城区", "昌平区"])
        XCTAssertFalse(result.measurements.measurements.contains { $0.scope == "前门" })
    }

    func testOneCoreAndTwoGiveTheSameRows() {
        let one = run(fixture, workers: 1), two = run(fixture, workers: 2)
        XCTAssertEqual(one.measurements.measurements, two.measurements.measurements)
        XCTAssertEqual(one.areaDays, two.areaDays)
        XCTAssertEqual(two.run.workers, 2)
    }

    /// The issue's "done when": the 2016 folder with the station list gives monthly statistics for
    /// every district with assessment stations, and the city's rows formed from all of them.
    func testTheRealYearGivesEveryDistrictAndTheCity() throws {
        guard FileManager.default.fileExists(atPath: real.appendingPathComponent("2016").path) else {
            throw XCTSkip("shared data not present at \(real.path)")
        }
        let result = run(real)
        XCTAssertEqual(result.files.count, 732)
        XCTAssertFalse(result.diagnostics.hasErrors)
        XCTAssertEqual(result.diagnostics.map(\.code), [.stationsOutsideAreas, .hourlyFileCutShort, .hourlyFileCutShort,
                                                        .hourlyFileEmpty, .hourlyDerivedDisagrees])
        let districts = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区",
                         "昌平区", "大兴区", "平谷区", "怀柔区", "密云区", "延庆区", "北京经济技术开发区"]
        for scope in ["北京市"] + districts {
            let pm25 = result.measurements.measurements.filter { $0.scope == scope && $0.indicator == "pm25_annual_mean" }
            XCTAssertEqual(pm25.map(\.period.description), (1...12).map { String(format: "2016-%02d", $0) }, scope)
        }
        // HJ 663: the city's day from its 23 assessment stations at once, not from the districts.
        let jan1 = CalendarDay(year: 2016, month: 1, day: 1)!
        let city = try XCTUnwrap(result.areaDays.first { $0.area == "北京市" && $0.day == jan1 })
        XCTAssertEqual(city.stationCount, 23)
        var days = StationDayAccumulator()
        let folder = real.appendingPathComponent("2016")
        _ = NationalDayReader().read(day: ["beijing_all_20160101.csv", "beijing_extra_20160101.csv"].map {
            (folder.appendingPathComponent($0), $0)
        }, into: &days)
        let (list, _) = StationListReader.read(fileAt: real.appendingPathComponent("stations.csv").path, scopes: TestFiles.scopes)
        let means = list.stations.filter(\.kind.isAssessment).compactMap { station -> Double? in
            let hours = days.grid(station: station.id, date: jan1)!.series(.pm25).filter { !$0.isNaN }
            return hours.count >= 20 ? hours.reduce(0, +) / Double(hours.count) : nil
        }
        let cityPM25 = try XCTUnwrap(city.assessment.values.mean(.pm25))
        XCTAssertEqual(cityPM25, means.reduce(0, +) / Double(means.count), accuracy: 1e-9)
        let districtDays = result.areaDays.filter { $0.day == jan1 && $0.level == .district }
        let meanOfDistricts = districtDays.compactMap { $0.assessment.values.mean(.pm25) }.reduce(0, +) / Double(districtDays.count)
        XCTAssertNotEqual(cityPM25, meanOfDistricts, accuracy: 0.01, "the city is not the mean of its districts")
    }

    /// `china_sites_*` files name stations by national code; the list's `national_code` matches them.
    func testChinaSitesFilesAreMatchedByNationalCode() throws {
        let folder = try temporaryFolder("china-sites")
        var all = "date,hour,type,1006A,1001A,1003A,9999A\n"
        for hour in 0..<24 { all += "20160105,\(hour),PM2.5,\(40 + hour),\(50 + hour),60,1\n" }
        let file = try TestFiles.write(all, "china_sites_20160105.csv", in: folder)
        let result = HourlyAggregation.run(hourly: [file], stations: fixture.appendingPathComponent("stations.csv").path,
                                           exclusions: nil, scopes: TestFiles.scopes)
        let day = CalendarDay(year: 2016, month: 1, day: 5)!
        let xicheng = try XCTUnwrap(result.areaDays.first { $0.area == "西城区" && $0.day == day })
        // 官园 (1006A) 51.5 and 万寿西宫 (1001A) 61.5: the district's mean 56.5.
        XCTAssertEqual(xicheng.assessment.values.mean(.pm25), 56.5)
        XCTAssertEqual(result.areaDays.first { $0.area == "东城区" && $0.day == day }?.assessment.values.mean(.pm25), 60)
        XCTAssertTrue(result.diagnostics.contains { $0.code == .unlistedStation && $0.message.contains("`9999A`") })
    }

    /// A defect repeated in every day file is listed for the first three files, then counted.
    func testTheSameWarningInManyDayFilesIsListedThriceThenCounted() throws {
        let folder = try temporaryFolder("many-days")
        var files: [String] = []
        for day in 1...8 {
            let name = String(format: "beijing_all_201601%02d.csv", day)
            files.append(try TestFiles.write("date,hour,type,官园\n201601\(String(format: "%02d", day)),0,TEMP,1\n", name, in: folder))
        }
        let result = HourlyAggregation.run(hourly: files, stations: fixture.appendingPathComponent("stations.csv").path,
                                           exclusions: nil, scopes: TestFiles.scopes)
        let typeWarnings = result.diagnostics.filter { $0.code == .hourlyRowMalformed }
        XCTAssertEqual(typeWarnings.map { ($0.location!.file as NSString).lastPathComponent },
                       ["beijing_all_20160101.csv", "beijing_all_20160102.csv", "beijing_all_20160103.csv"])
        let note = try XCTUnwrap(result.diagnostics.first { $0.code == .moreProblemsNotListed })
        XCTAssertEqual(note.message, "5 more H105 warnings like those above in 5 more files: beijing_all_20160104.csv, "
                       + "beijing_all_20160105.csv, beijing_all_20160106.csv, beijing_all_20160107.csv, beijing_all_20160108.csv")
    }

    /// Stations of other cities in a `china_sites_*` file: five named, the others in one warning.
    func testManyUnlistedStationsAreOneWarningAfterFive() throws {
        let folder = try temporaryFolder("china-sites")
        let codes = (1...9).map { String(format: "%04dA", 2000 + $0) }
        let text = "date,hour,type,1006A," + codes.joined(separator: ",") + "\n20160105,0,PM2.5,40," + codes.map { _ in "1" }.joined(separator: ",") + "\n"
        let file = try TestFiles.write(text, "china_sites_20160105.csv", in: folder)
        let result = HourlyAggregation.run(hourly: [file], stations: fixture.appendingPathComponent("stations.csv").path,
                                           exclusions: nil, scopes: TestFiles.scopes)
        let unlisted = result.diagnostics.filter { $0.code == .unlistedStation }
        XCTAssertEqual(unlisted.count, 6)
        XCTAssertEqual(unlisted.first?.message, "4 more stations (`2006A`, `2007A`, `2008A`, `2009A`) have 4 hourly rows but are not in the station list; their rows are not used")
    }
}
