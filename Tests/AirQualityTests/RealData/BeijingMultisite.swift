import AirQuality
import Foundation
import TrackerInput
import TrackerTestSupport

/// The real UCI files read once for all real-data tests: Xicheng = 官园 Guanyuan + 万寿西宫
/// Wanshouxigong as an area (HJ 663), and Wanshouxigong alone.
struct BeijingMultisite: Sendable {
    let guanyuan: [DailyValues]
    let wanshouxigong: [DailyValues]
    let xicheng: [DailyValues]
    let problems: [HourlyProblem]

    /// ../shared/data/beijing-multisite beside the repository.
    static let folder = Fixtures.beijingMultisite

    static let files = [
        "PRSA_Data_Guanyuan_20130301-20170228.csv", "PRSA_Data_Wanshouxigong_20130301-20170228.csv",
    ]

    /// Nil when the shared data is not present (the tests then skip).
    static let loaded: BeijingMultisite? = {
        let urls = files.map { folder.appendingPathComponent($0) }
        guard urls.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else { return nil }
        var days = StationDayAccumulator()
        let problems = urls.flatMap { HourlyReader().read(fileAt: $0, name: $0.lastPathComponent, into: &days).problems }
        let guanyuan = HourlyBridge.dailyValues(days, station: "Guanyuan")
        let wanshouxigong = HourlyBridge.dailyValues(days, station: "Wanshouxigong")
        return BeijingMultisite(
            guanyuan: guanyuan, wanshouxigong: wanshouxigong,
            xicheng: AreaAggregation(stationCount: 2).combine(series: [guanyuan, wanshouxigong]),
            problems: problems)
    }()
}
