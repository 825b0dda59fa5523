import Foundation
import TrackerTestSupport
import XCTest

/// The built `tracker` run from a folder outside the checkout: it finds its bundled target files
/// and sample (issue 15), and `--version` says what it is.
final class InstallationTests: XCTestCase {
    func testTrackerStartedOutsideTheCheckoutPrintsTheBundledScorecard() throws {
        let elsewhere = try temporaryFolder("elsewhere")
        let outside = try TrackerCommand.runExecutable([], in: elsewhere)
        let inside = try TrackerCommand.runExecutable([])
        XCTAssertEqual(outside.code, 0, outside.err)
        // The same scorecard; only the data line names the sample by its full path.
        let dataLine = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("data: ") } }
        XCTAssertEqual(dataLine(outside.out), dataLine(inside.out))
        XCTAssertTrue(outside.out.contains("data: " + Fixtures.repository.path), outside.out)
    }

    func testVersionPrintsTheVersionCommitAndBundledPlans() throws {
        let outcome = try TrackerCommand.runExecutable(["--version"], in: try temporaryFolder("elsewhere"))
        XCTAssertEqual(outcome.code, 0)
        let lines = outcome.out.split(separator: "\n")
        XCTAssertTrue(lines.first?.hasPrefix("tracker 0.") == true, outcome.out)
        XCTAssertTrue(lines.last?.contains("5 plans: beijing-2025, beijing-2026, xicheng-2018, xicheng-2023, xicheng-2025") == true, outcome.out)
    }

    func testTheEnvironmentVariableChoosesTheTargetFolder() throws {
        let outcome = try TrackerCommand.runExecutable(["targets", "check"], environment: ["TRACKER_TARGETS": "/no/such/folder"])
        XCTAssertEqual(outcome.code, 65, outcome.out + outcome.err)
        XCTAssertTrue(outcome.err.contains("/no/such/folder"), outcome.err)
        XCTAssertTrue(outcome.err.contains("--targets FOLDER"), outcome.err)
    }
}
