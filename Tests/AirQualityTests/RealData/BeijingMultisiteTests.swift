import AirQuality
import XCTest

/// Real hourly data → daily → area → AQI → annual statistics.
///
/// Expected figures are computed independently by Tests/AirQualityTests/Reference/reference.py
/// (pure python3, exact rational arithmetic with fractions.Fraction):
///
///     python3 Tests/AirQualityTests/Reference/reference.py
///
/// == Xicheng (Guanyuan + Wanshouxigong) 2015
/// PM2.5 mean: 83.097442353829 valid_days=363 valid=True short_months=[]
/// PM10 mean: 108.297443361675 … SO2 mean: 14.227480110120 … NO2 mean: 53.767933188204
/// CO P95: 3.551458333333 (n=363)   O3-8h P90: 196.819642857143 (n=363)
/// days=365 valid_aqi_days=363 good_days=181 heavy_days=52 good_ratio=49.862258953168
/// == … 2015 (forced HJ 633-2026): good_days=154 heavy_days=52 good_ratio=42.424242424242
/// == Wanshouxigong 2014
/// PM2.5 mean: 87.570409625361 valid_days=349 valid=False short_months=[(2, 24, 25)]
final class BeijingMultisiteTests: XCTestCase {
    private func data() throws -> BeijingMultisite {
        guard let data = BeijingMultisite.loaded else {
            throw XCTSkip("shared data not present at \(BeijingMultisite.folder.path)")
        }
        return data
    }

    func testFilesReadCleanly() throws {
        let data = try data()
        XCTAssertTrue(data.problems.isEmpty, data.problems.prefix(3).description)
        XCTAssertEqual(data.guanyuan.count, 1461)
        XCTAssertEqual(data.xicheng.count, 1461)
    }

    func testXicheng2015AnnualPM25GoodDaysAndHeavyDays() throws {
        let year = PeriodStatistics(assessments: DailyAssessment.assess(try data().xicheng, choice: .automatic),
                                    range: .year(2015))
        let pm25 = try XCTUnwrap(year.statistic(.mean(.pm25)))
        XCTAssertEqual(try XCTUnwrap(pm25.value), 83.097442353829, accuracy: 1e-9)
        XCTAssertEqual(pm25.reportedValue, 83.1)
        XCTAssertTrue(pm25.isValid)
        XCTAssertEqual(pm25.validity.validDays, 363)
        XCTAssertEqual(year.days.assessedDays, 365)
        XCTAssertEqual(year.days.validAQIDays, 363)
        XCTAssertEqual(year.days.goodDays, 181)
        XCTAssertEqual(year.days.heavyPollutionDays, 52)
        XCTAssertEqual(try XCTUnwrap(year.days.goodDayRatio), 49.862258953168, accuracy: 1e-9)
        XCTAssertEqual(year.standards.versionsUsed, [.hj633_2012])
        XCTAssertEqual(year.standards.dayCount(.hj633_2012), 365)
    }

    func testXicheng2015OtherIndicators() throws {
        let year = PeriodStatistics(assessments: DailyAssessment.assess(try data().xicheng, choice: .automatic),
                                    range: .year(2015))
        let expected: [(PeriodIndicator, Double)] = [
            (.mean(.pm10), 108.297443361675), (.mean(.so2), 14.227480110120), (.mean(.no2), 53.767933188204),
            (.percentile(.co, 95), 3.551458333333), (.percentile(.o3, 90), 196.819642857143),
        ]
        for (indicator, value) in expected {
            let statistic = try XCTUnwrap(year.statistic(indicator))
            XCTAssertEqual(try XCTUnwrap(statistic.value), value, accuracy: 1e-9, "\(indicator)")
            XCTAssertTrue(statistic.isValid, "\(indicator)")
            XCTAssertEqual(statistic.daysUsed, 363, "\(indicator)")
        }
    }

    func testXicheng2015UnderForced2026Rules() throws {
        let days = DailyAssessment.assess(try data().xicheng, choice: .forced(.hj633_2026))
        let year = PeriodStatistics(assessments: days, range: .year(2015))
        XCTAssertEqual(year.days.goodDays, 154)
        XCTAssertEqual(year.days.heavyPollutionDays, 52)
        XCTAssertEqual(try XCTUnwrap(year.days.goodDayRatio), 42.424242424242, accuracy: 1e-9)
        XCTAssertEqual(year.standards.versionsUsed, [.hj633_2026])
    }

    func testWanshouxigong2014PM25IsInsufficientData() throws {
        let year = PeriodStatistics(assessments: DailyAssessment.assess(try data().wanshouxigong, choice: .automatic),
                                    range: .year(2014))
        let pm25 = try XCTUnwrap(year.statistic(.mean(.pm25)))
        XCTAssertFalse(pm25.isValid)
        XCTAssertEqual(pm25.validity.validDays, 349)
        XCTAssertEqual(pm25.validity.shortMonths.map(\.month.description), ["2014-02"])
        XCTAssertEqual(pm25.validity.shortMonths.map(\.validDays), [24])
        XCTAssertEqual(pm25.validity.reasons, ["2014-02: 24 valid days of 28, needs 25"])
        XCTAssertEqual(try XCTUnwrap(pm25.value), 87.570409625361, accuracy: 1e-9, "value still shown, flagged")
    }
}
