import Foundation
import XCTest
import TrackerTestSupport
@testable import TrackerCLI

/// The two defects of issue 12, each as a user met it: both fail on the code before the fix.
final class DefectRegressionTests: XCTestCase {
    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        var console = Console.capturing()
        let code = Tracker.run(arguments, console: &console)
        return (code, console.output, console.errors)
    }

    /// A 2020 baseline row is read and used for 较2020年下降5%; the header must not also call it
    /// "outside the plan period" (the reader and the evaluator once had two windows).
    func testABaselineRowTheVerdictUsesIsNotCountedOutsideThePlanPeriod() throws {
        let folder = try temporaryFolder("baseline")
        let data = folder.appendingPathComponent("ammonia.csv").path
        try "period,scope,indicator,value\n2020,北京市,livestock_ammonia_emissions,1000\n2025,北京市,livestock_ammonia_emissions,900\n"
            .write(toFile: data, atomically: true, encoding: .utf8)

        let result = run(["evaluate", "--targets", Fixtures.targets, "--plan", "beijing-2025", "--data", data, "--scope", "北京市"])
        XCTAssertEqual(result.code, 0, result.err)
        let lines = result.out.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("rows read 2, used 2, skipped 0"), lines.prefix(5).joined(separator: "\n"))
        XCTAssertFalse(result.out.contains("outside the plan period"))
        let ammonia = lines.first { $0.contains("规模养殖场氨排放总量") } ?? ""
        XCTAssertTrue(ammonia.contains("met"), ammonia)
    }

    /// `--as-of banana` with hourly data was dropped without a word (exit 0): a usage error now.
    func testDiffWithHourlyDataRefusesAMonthItCannotRead() {
        let result = run(["diff", Fixtures.path("Targets/xicheng-2025.targets"), Fixtures.path("Targets/xicheng-2025.targets"),
                          "--hourly", Fixtures.path("Tests/Fixtures/bad-input/hourly/hour-24.csv"),
                          "--stations", Fixtures.path("Tests/Fixtures/bad-input/hourly/stations.csv"), "--as-of", "banana"])
        XCTAssertEqual(result.code, 2, result.out + result.err)
        XCTAssertEqual(result.err, "error: `--as-of` takes a month YYYY-MM, not `banana`\n")
        XCTAssertEqual(result.out, "")
    }
}
