@testable import StationAggregation
import AirQuality
import TrackerModel
import TrackerTestSupport
import XCTest

/// The fast station-day kernel and the exact area sums give the very numbers of the AirQuality
/// types they stand in for (`DailyValues(hours:)`, `AreaAggregation.combine`), on random grids:
/// a fresh seed each run (printed on failure), or `TRACKER_TEST_SEED` to repeat one.
final class StationDayReductionTests: XCTestCase {
    private let day = CalendarDay(year: 2015, month: 6, day: 1)!

    /// Random grids with missing hours around the 20-hour and 6-of-8 thresholds.
    private func randomGrid(_ generator: inout SeededGenerator, missing: Double) -> [Double] {
        (0..<144).map { _ in
            Double.random(in: 0..<1, using: &generator) < missing ? .nan : Double(Int.random(in: 0...3000, using: &generator)) / 10
        }
    }

    private func hourlyDay(_ grid: [Double]) -> HourlyDay {
        var series: [Pollutant: [Double?]] = [:]
        for (index, pollutant) in Pollutant.allCases.enumerated() {
            series[pollutant] = (0..<24).map { grid[index * 24 + $0].isNaN ? nil : grid[index * 24 + $0] }
        }
        return HourlyDay(day: day, series: series)
    }

    func testKernelEqualsDailyValuesBitForBit() {
        withSeededGenerator { generator in
            for trial in 0..<2000 {
                let grid = randomGrid(&generator, missing: [0, 0.1, 0.2, 0.3, 0.5][trial % 5])
                let expected = DailyValues(hours: hourlyDay(grid))
                let reduction = grid.withUnsafeBufferPointer { StationDayReduction(grid: $0.baseAddress!) }
                let actual = reduction.dailyValues(on: day)
                XCTAssertEqual(actual, expected, "trial \(trial)")
                for pollutant in Pollutant.twentyFourHourMeans {
                    XCTAssertEqual(reduction.mean(pollutant)?.bitPattern, expected.mean(pollutant)?.bitPattern)
                }
            }
        }
    }

    func testAreaSumsEqualAreaAggregation() {
        withSeededGenerator { generator in
            for trial in 0..<500 {
                let stationCount = 1 + trial % 4
                let grids = (0..<stationCount).map { _ in randomGrid(&generator, missing: 0.15) }
                let stations = grids.map { DailyValues(hours: hourlyDay($0)) }
                let expected = AreaAggregation(stationCount: stationCount).combine(day: day, stations: stations)
                var sums = AreaDaySums()
                for grid in grids.reversed() {  // another order than AreaAggregation's
                    sums.add(area: 0, day: day.ordinal,
                             station: grid.withUnsafeBufferPointer { StationDayReduction(grid: $0.baseAddress!) })
                }
                let slots = sums.slots(area: 0, day: day.ordinal, requiredStations: (stationCount + 1) / 2)!
                let actual = StationDayReduction.dailyValues(slots, on: day)
                if stationCount <= 2 {
                    XCTAssertEqual(actual, expected, "one or two stations: the same bits (trial \(trial))")
                } else {
                    for pollutant in Pollutant.allCases {
                        let (a, e) = (actual.dailyValue(pollutant), expected.dailyValue(pollutant))
                        XCTAssertEqual(a == nil, e == nil, "\(pollutant) validity, trial \(trial)")
                        if let a, let e { XCTAssertEqual(a, e, accuracy: 1e-12 * max(1, e)) }
                    }
                }
            }
        }
    }

    func testExactSumDoesNotDependOnOrder() {
        let values = [0.1, 0.2, 0.3, 83.041666666666671, 1e-5, 254.125, 0.7]
        var forward = ExactSum(), backward = ExactSum()
        for v in values { forward.add(v) }
        for v in values.reversed() { backward.add(v) }
        XCTAssertEqual(forward.value.bitPattern, backward.value.bitPattern)
        var a = ExactSum(), b = ExactSum()
        for v in values.prefix(3) { a.add(v) }
        for v in values.dropFirst(3) { b.add(v) }
        a.add(b)
        XCTAssertEqual(a.value.bitPattern, forward.value.bitPattern, "merging partial sums is exact too")
        var tenth = ExactSum()
        for v in [0.1, 0.2, 0.3] { tenth.add(v) }
        XCTAssertEqual(tenth.value, 0.6, "0.1 + 0.2 + 0.3 rounded once")
    }
}
