import Foundation
import XCTest
import TrackerTestSupport

/// `tracker aggregate` over the real 2016 folder of national daily files (732 files) with its
/// station list: monthly rows for every district with assessment stations and for 北京市, one
/// warning per kind of defect, one line of counts for all files.
final class AggregateNationalCommandTests: XCTestCase {
    private let native = Fixtures.shared.appendingPathComponent("data/beijing-native")

    func testTheRealYearFolder() throws {
        guard FileManager.default.fileExists(atPath: native.appendingPathComponent("2016").path) else {
            throw XCTSkip("shared data not present at \(native.path)")
        }
        let result = TrackerCommand.run(["aggregate", "--stations", native.appendingPathComponent("stations.csv").path,
                                         native.appendingPathComponent("2016").path, "--targets", Fixtures.targets])
        XCTAssertEqual(result.code, 0, result.err)
        let stderr = result.err.split(separator: "\n")
        XCTAssertEqual(stderr.count, 6, result.err)
        XCTAssertTrue(stderr.last?.hasSuffix("732 files: 113304 rows, 52299 stored, 2 rejected; values: 177420 missing, 0 negative, 0 malformed; 0 duplicate hours") == true,
                      result.err)
        let rows = result.out.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let pm25 = rows.filter { $0[2] == "pm25_annual_mean" }
        let scopes = Set(pm25.map { String($0[1]) })
        for scope in ["北京市", "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区",
                      "昌平区", "大兴区", "平谷区", "怀柔区", "密云区", "延庆区", "北京经济技术开发区"] {
            XCTAssertEqual(pm25.filter { $0[1] == scope }.count, 12, scope)
        }
        XCTAssertTrue(scopes.contains("前门"), "a traffic station on its own")
        XCTAssertEqual(scopes.count, 18 + 12, "17 districts, the city, 12 traffic and background stations")
    }

    /// `evaluate --hourly` takes the folder and the same choice of stations: with the traffic and
    /// background stations the city's 2016 PM2.5 is another figure.
    func testEvaluateHourlyWithTheFolderAndTheStationKinds() throws {
        guard FileManager.default.fileExists(atPath: native.appendingPathComponent("2016").path) else {
            throw XCTSkip("shared data not present at \(native.path)")
        }
        func cityPM25(_ extra: [String]) throws -> Double {
            let outcome = TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "beijing-2026", "--year", "2016",
                                              "--hourly", native.appendingPathComponent("2016").path,
                                              "--stations", native.appendingPathComponent("stations.csv").path, "--format", "json"] + extra)
            XCTAssertEqual(outcome.code, 0, outcome.err)
            let card = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
            let results = try XCTUnwrap(card["results"] as? [[String: Any]])
            let row = try XCTUnwrap(results.first { $0["scope"] as? String == "北京市" && $0["indicator"] as? String == "pm25_annual_mean" })
            return try XCTUnwrap(row["observed"] as? Double)
        }
        let assessment = try cityPM25([])
        XCTAssertEqual(assessment, 72.4, accuracy: 0.05, "23 assessment stations")
        let all = try cityPM25(["--include-traffic", "--include-background"])
        XCTAssertNotEqual(assessment, all, accuracy: 0.05)
    }
}
