import Foundation
import TrackerKit
import XCTest
import TrackerTestSupport
import TrackerModel

/// `RankRequest` on the districts aggregated from the real UCI Beijing data
/// (Samples/dongcheng-xicheng-2014-2016.csv): every month of 2014–2016, alone and cumulative,
/// against the independent computation in Tests/Fixtures/rankings/expected.py.
final class RankRequestTests: XCTestCase {
    let targets = [Fixtures.path("Targets")]
    let sample = Fixtures.path("Samples/dongcheng-xicheng-2014-2016.csv")

    /// The lines of Tests/Fixtures/rankings/expected.csv, from measurements: PM2.5 and 优良天数比率,
    /// every month of 2014–2016, alone and cumulative.
    func lines(_ measurements: [TrackerModel.Measurement], indicators: IndicatorCatalog,
               check: (String, YearMonth, Ranking) throws -> Void = { _, _, _ in }) rethrows -> [String] {
        var lines = ["indicator,period,cumulative,scope,displayed,rank,previous_displayed,change_pct,change_rank"]
        for (indicator, short) in [("PM2.5年均浓度", "pm25"), ("优良天数比率", "good")] {
            for year in 2014...2016 {
                for month in 1...12 {
                    for cumulative in [false, true] {
                        let ranking = Ranking.make(measurements, indicator: indicators.resolve(indicator)!,
                                                   month: YearMonth(year, month), cumulative: cumulative, scopes: ["东城区", "西城区"])
                        XCTAssertEqual(ranking.entries.count, 2)
                        if cumulative { try check(indicator, YearMonth(year, month), ranking) }
                        for e in ranking.entries {
                            lines.append([short, YearMonth(year, month).description, cumulative ? "cumulative" : "month", e.scope,
                                          e.displayed.map { NumberFormat.fixed($0, ranking.decimals) } ?? "",
                                          e.rank.map(String.init) ?? "",
                                          e.previousDisplayed.map { NumberFormat.fixed($0, ranking.previousDecimals) } ?? "",
                                          e.changePercent.map { NumberFormat.fixed($0, 1) } ?? "",
                                          e.changeRank.map(String.init) ?? ""].joined(separator: ","))
                        }
                    }
                }
            }
        }
        return lines
    }

    func assertExpected(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try Fixtures.read("Tests/Fixtures/rankings/expected.csv").split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, expected.count, file: file, line: line)
        for (got, want) in zip(lines, expected) { XCTAssertEqual(got, want, file: file, line: line) }
    }

    /// The use case once per indicator (December, cumulative); every other period through
    /// `Ranking.make` on the same rows, so that the catalogs and the file are read once.
    func testRanksAndYearOnYearChangesEqualTheIndependentComputation() throws {
        let set = try TargetSet.load(Fixtures.path("Targets"))
        let data = try set.measurements(sample)
        let lines = try lines(data.measurements, indicators: set.indicators) { indicator, month, ranking in
            guard month == YearMonth(2016, 12) else { return }
            var request = RankRequest(targets: targets, data: [sample], indicator: indicator, month: month)
            request.cumulative = true
            XCTAssertEqual(try request.run().ranking, ranking)
        }
        try assertExpected(lines)
    }

    /// The same from the real hourly files (../shared/data/beijing-multisite) through `aggregate`,
    /// not the committed sample: skipped where the shared data are not beside the checkout.
    func testRanksFromTheRealHourlyDataThroughAggregate() throws {
        let folder = Fixtures.beijingMultisite.path
        guard FileManager.default.fileExists(atPath: folder) else { throw XCTSkip("no \(folder)") }
        let files = try HourlyFiles.expand([folder])
        let options = AggregationOptions(from: YearMonth(2014, 1), to: YearMonth(2016, 12))
        let aggregated = try AggregateRequest(hourly: files, stations: Fixtures.path("Samples/beijing-multisite-stations.csv"),
                                              targets: Fixtures.path("Targets"), options: options).run()
        let set = try TargetSet.load(Fixtures.path("Targets"))
        try assertExpected(lines(aggregated.measurements.measurements, indicators: set.indicators))
    }

    /// The scorecard's 同比 is the ranking's: 西城区 2016 against 2015, PM2.5 78 on 83 (−6.0 %) and
    /// 优良天数比率 49.3 on 49.9 (−1.2 %), as the independent computation has them.
    func testTheScorecardsYearOnYearIsTheRankingsOne() throws {
        let evaluation = try EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [sample], year: 2016, scope: "西城区").run()
        let pm25 = try XCTUnwrap(evaluation.scorecard.row(scope: "西城区", indicator: "pm25_annual_mean")?.yearOnYear)
        XCTAssertEqual([pm25.displayed, pm25.lastYearDisplayed, pm25.changePercent], [78, 83, -6.0])
        XCTAssertEqual([pm25.from, pm25.to], [YearMonth(2015, 1), YearMonth(2015, 12)])
        let good = try XCTUnwrap(evaluation.scorecard.row(scope: "西城区", indicator: "good_day_ratio")?.yearOnYear)
        XCTAssertEqual([good.displayed, good.lastYearDisplayed, good.changePercent], [49.3, 49.9, -1.2])
        // As of March: January–March of both years.
        var march = EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [sample], year: 2016, scope: "西城区")
        march.asOf = YearMonth(2016, 3)
        let q1 = try XCTUnwrap(try march.run().scorecard.row(scope: "西城区", indicator: "pm25_annual_mean")?.yearOnYear)
        XCTAssertEqual([q1.displayed, q1.lastYearDisplayed, q1.changePercent], [71, 94, -24.5])
        XCTAssertEqual(q1.to, YearMonth(2015, 3))
    }

    /// Streets of one district, and a street level with no streets in the data.
    func testStreetsWithinADistrictAndAnEmptyLevel() throws {
        var request = RankRequest(targets: targets, data: [Fixtures.path("Samples/xicheng-2025-synthetic.csv")],
                                  indicator: "PM2.5", month: YearMonth(2025, 6))
        request.level = .street
        request.within = "西城区"
        let streets = try request.run().ranking
        XCTAssertEqual(streets.entries.count, 15)
        XCTAssertEqual(streets.decimals, 1)
        XCTAssertEqual(streets.entries.first?.scope, "天桥街道")
        // 椿树街道 and 白纸坊街道 both show 24.2: both 10th, the next is 12th.
        XCTAssertEqual(streets.entries.map(\.rank), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 12, 13, 14, 15])

        var districts = RankRequest(targets: targets, data: [sample], indicator: "PM2.5", month: YearMonth(2016, 3))
        districts.level = .street
        XCTAssertEqual(try districts.run().ranking.entries, [])
    }

    func testAnUnknownIndicatorOrScopeIsAUsageProblem() {
        func problem(_ request: RankRequest) -> UsageProblem? {
            do throws(RunFailure) { _ = try request.run() } catch .usage(let p) { return p } catch { XCTFail("\(error)") }
            return nil
        }
        if case .unknownIndicator("PM25x", _)? = problem(RankRequest(targets: targets, data: [sample], indicator: "PM25x",
                                                                     month: YearMonth(2016, 3))) {} else { XCTFail("no unknown indicator") }
        var within = RankRequest(targets: targets, data: [sample], indicator: "PM2.5", month: YearMonth(2016, 3))
        within.within = "西域区"
        if case .unknownScope("西域区", _)? = problem(within) {} else { XCTFail("no unknown scope") }
    }
}
