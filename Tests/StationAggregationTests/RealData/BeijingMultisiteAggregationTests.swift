@testable import StationAggregation
import AirQuality
import TrackerInput
import TrackerModel
import XCTest

/// The real shared files through the whole pipeline. Expected figures are those of
/// Tests/AirQualityTests/Reference/reference.py (independent, exact rational arithmetic):
///
///     == Xicheng (Guanyuan + Wanshouxigong) 2015
///     PM2.5 mean: 83.097442353829 valid_days=363 …  good_days=181 heavy_days=52 (of 363 valid AQI days)
///     == … 2015 (forced HJ 633-2026): good_days=154 heavy_days=52
///     == Wanshouxigong 2014: PM2.5 valid=False short_months=[(2, 24, 25)]
///
/// Here they must come out of the monthly rows, aggregated back over the year the way
/// `tracker evaluate` does (valid-day weighted means, summed counts).
final class BeijingMultisiteAggregationTests: XCTestCase {
    private func aggregate(_ options: AggregationOptions) throws -> AggregationResult {
        guard TestFiles.hasRealData else { throw XCTSkip("shared data not present at \(TestFiles.beijingMultisite.path)") }
        let result = HourlyAggregation.run(hourly: TestFiles.realFiles, stations: TestFiles.stationList, exclusions: nil,
                                           scopes: TestFiles.scopes, options: options)
        XCTAssertEqual(result.diagnostics, [])
        return result
    }

    private func year2015(_ standard: StandardChoice = .automatic) throws -> AggregationResult {
        try aggregate(AggregationOptions(standard: standard, from: YearMonth(2015, 1), to: YearMonth(2015, 12)))
    }

    private func rows(_ result: AggregationResult, _ scope: String, _ indicator: String) -> [TrackerModel.Measurement] {
        result.measurements.measurements.filter { $0.scope == scope && $0.indicator == indicator }
    }

    func testXicheng2015AnnualFiguresComeOutOfTheMonthlyRows() throws {
        let result = try year2015()
        let pm25 = rows(result, "西城区", "pm25_annual_mean")
        XCTAssertEqual(pm25.count, 12)
        let days = pm25.reduce(0) { $0 + $1.validDays! }
        let mean = pm25.reduce(0.0) { $0 + $1.value * Double($1.validDays!) } / Double(days)
        XCTAssertEqual(days, 363)
        XCTAssertEqual(mean, 83.097442353829, accuracy: 1e-9)

        let ratio = rows(result, "西城区", "good_day_ratio")
        let validAQIDays = ratio.reduce(0) { $0 + $1.validDays! }
        let good = ratio.reduce(0.0) { $0 + $1.value * Double($1.validDays!) / 100 }
        XCTAssertEqual(validAQIDays, 363)
        XCTAssertEqual(good, 181, accuracy: 1e-9)
        XCTAssertEqual(good / Double(validAQIDays) * 100, 49.862258953168, accuracy: 1e-9)
        XCTAssertEqual(rows(result, "西城区", "heavy_pollution_days").reduce(0) { $0 + $1.value }, 52)
        XCTAssertTrue(ratio.allSatisfy { $0.note?.hasPrefix("AQI by HJ 633—2012;") == true })
    }

    func testXicheng2015UnderForced2026RulesHasFewerGoodDays() throws {
        let result = try year2015(.forced(.hj633_2026))
        let ratio = rows(result, "西城区", "good_day_ratio")
        XCTAssertEqual(ratio.reduce(0.0) { $0 + $1.value * Double($1.validDays!) / 100 }, 154, accuracy: 1e-9)
        XCTAssertEqual(rows(result, "西城区", "heavy_pollution_days").reduce(0) { $0 + $1.value }, 52)
    }

    /// Month by month, the rows equal `PeriodStatistics` of the AirQuality module run on the
    /// reader's grids and `AreaAggregation` — the pipeline's fast paths change no number.
    func testMonthlyRowsEqualTheAirQualityModule() throws {
        let result = try year2015()
        var days = StationDayAccumulator()
        for file in TestFiles.realFiles { _ = HourlyReader().read(fileAt: URL(fileURLWithPath: file), into: &days) }
        func daily(_ station: String) -> [DailyValues] {
            days.days(of: station).map { entry in
                var series: [Pollutant: [Double?]] = [:]
                for pollutant in Pollutant.allCases {
                    series[pollutant] = entry.grid.series(pollutant).map { $0.isNaN ? nil : $0 }
                }
                return DailyValues(hours: HourlyDay(day: entry.date, series: series))
            }
        }
        let xicheng = AreaAggregation(stationCount: 2).combine(series: [daily("Guanyuan"), daily("Wanshouxigong")])
        let assessed = DailyAssessment.assess(xicheng, choice: .automatic)
        for month in DayRange.year(2015).months {
            let expected = PeriodStatistics(assessments: assessed, range: month.range)
            let period = Measurement.Period.month(month)
            let pm25 = try XCTUnwrap(rows(result, "西城区", "pm25_annual_mean").first { $0.period == period })
            let statistic = try XCTUnwrap(expected.statistic(.mean(.pm25)))
            XCTAssertEqual(pm25.value.bitPattern, statistic.value?.bitPattern, "\(month)")
            XCTAssertEqual(pm25.validDays, statistic.validity.validDays, "\(month)")
            let ratio = try XCTUnwrap(rows(result, "西城区", "good_day_ratio").first { $0.period == period })
            XCTAssertEqual(ratio.value, expected.days.goodDayRatio, "\(month)")
            XCTAssertEqual(ratio.validDays, expected.days.validAQIDays, "\(month)")
            let heavy = try XCTUnwrap(rows(result, "西城区", "heavy_pollution_days").first { $0.period == period })
            XCTAssertEqual(heavy.value, Double(expected.days.heavyPollutionDays), "\(month)")
        }
    }

    func testWanshouxigong2014FebruaryIsShortOfValidDays() throws {
        let result = try aggregate(AggregationOptions(from: YearMonth(2014, 1), to: YearMonth(2014, 12), includeStations: true))
        let pm25 = rows(result, "Wanshouxigong", "pm25_annual_mean")
        XCTAssertEqual(pm25.count, 12)
        XCTAssertEqual(pm25.reduce(0) { $0 + $1.validDays! }, 349)
        let short = pm25.filter { $0.validDays! < $0.period.lastMonth.minimumValidDays }
        XCTAssertEqual(short.map(\.period.description), ["2014-02"])
        XCTAssertEqual(short.first?.validDays, 24)
        XCTAssertEqual(short.first?.note,
                       "station 万寿西宫 (Wanshouxigong), not in the scope catalog; insufficient data: 2014-02: 24 valid days of 28, needs 25")
        let mean = pm25.reduce(0.0) { $0 + $1.value * Double($1.validDays!) } / 349
        XCTAssertEqual(mean, 87.570409625361, accuracy: 1e-9)
    }

    /// One core or two, whole files or many parts: the same rows to the last bit.
    func testCoresAndPartsDoNotChangeTheResult() throws {
        var one = AggregationOptions(includeStations: true, workers: 1)
        one.minimumPartBytes = .max
        var many = AggregationOptions(includeStations: true, workers: 2)
        many.minimumPartBytes = 64 << 10
        let (a, b) = (try aggregate(one), try aggregate(many))
        XCTAssertEqual(a.run.parts, 4)
        XCTAssertGreaterThanOrEqual(b.run.parts, 16)
        XCTAssertFalse(b.run.readAgainSequentially)
        XCTAssertEqual(a.measurements.measurements.count, b.measurements.measurements.count)
        for (x, y) in zip(a.measurements.measurements, b.measurements.measurements) {
            XCTAssertEqual(x.value.bitPattern, y.value.bitPattern, "\(x.scope) \(x.period) \(x.indicator)")
            XCTAssertEqual([x.validDays, x.note] as [AnyHashable?], [y.validDays, y.note] as [AnyHashable?])
        }
        XCTAssertEqual(a.areaDays, b.areaDays)
        XCTAssertEqual(a.files, b.files, "the same counts, problems and line numbers per file")
    }
}
