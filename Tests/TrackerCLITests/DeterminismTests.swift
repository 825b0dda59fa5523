import Foundation
import TrackerTestSupport
import XCTest

/// The same command gives the same bytes in every process: run as the built executable several
/// times, under other time zones and locales, the scorecard as JSON, table, HTML and workbook
/// (and a diff) are byte-identical. An output that followed dictionary order, the clock, the
/// locale's decimal mark or the time zone would differ between these runs.
final class DeterminismTests: XCTestCase {
    /// The first two are the same environment: two processes with nothing changed between them.
    static let environments: [[String: String]] = [
        ["TZ": "UTC", "LC_ALL": "C.UTF-8"],
        ["TZ": "UTC", "LC_ALL": "C.UTF-8"],
        ["TZ": "Asia/Shanghai", "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"],
        ["TZ": "America/Los_Angeles", "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"],  // a decimal comma
        ["TZ": "Pacific/Kiritimati", "LC_ALL": "POSIX"],  // UTC+14: another calendar day than UTC
    ]

    static let scorecard = ["evaluate", "--targets", "Targets", "--plan", "xicheng-2025",
                            "--data", "Samples/xicheng-2025-synthetic.csv", "--as-of", "2025-09"]

    /// What one run gave: both streams, the exit code and the file it wrote, if any.
    struct Run: Equatable {
        var outcome: CommandOutcome
        var written: Data?
    }

    func runs(_ arguments: [String], writing file: URL? = nil) throws -> [Run] {
        try Self.environments.map { environment in
            if let file { try? FileManager.default.removeItem(at: file) }
            let outcome = try TrackerCommand.runExecutable(arguments, environment: environment)
            return Run(outcome: outcome, written: try file.map { try Data(contentsOf: $0) })
        }
    }

    func assertIdentical(_ runs: [Run], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let first = runs.first else { return XCTFail("no runs of \(what)", file: file, line: line) }
        XCTAssertEqual(first.outcome.code, 0, "\(what): \(first.outcome.err)", file: file, line: line)
        XCTAssertFalse(first.outcome.out.isEmpty && first.written == nil, "\(what) wrote nothing", file: file, line: line)
        for (run, environment) in zip(runs, Self.environments).dropFirst() where run != first {
            let lines = zip(first.outcome.out.components(separatedBy: "\n"), run.outcome.out.components(separatedBy: "\n"))
            let difference = lines.first { $0.0 != $0.1 }.map { "first different line:\n  \($0.0)\n  \($0.1)" } ?? "streams or file differ"
            XCTFail("\(what) under \(environment.sorted { $0.key < $1.key }) differs from the first run; \(difference)",
                    file: file, line: line)
        }
    }

    override func setUpWithError() throws {
        guard TrackerCommand.executable != nil else { throw XCTSkip(TrackerCommand.MissingExecutable().description) }
    }

    func testTheScorecardTableIsTheSameInEveryProcess() throws {
        assertIdentical(try runs(Self.scorecard), "the table")
    }

    func testTheScorecardJSONIsTheSameInEveryProcess() throws {
        assertIdentical(try runs(Self.scorecard + ["--format", "json"]), "the JSON scorecard")
    }

    func testTheHTMLReportIsTheSameInEveryProcess() throws {
        assertIdentical(try runs(Self.scorecard + ["--format", "html"]), "the HTML report")
    }

    func testTheWorkbookIsTheSameInEveryProcess() throws {
        let workbook = try temporaryFolder("determinism").appendingPathComponent("card.xlsx")
        let runs = try runs(Self.scorecard + ["--format", "xlsx", "--output", workbook.path], writing: workbook)
        assertIdentical(runs, "the workbook")
        XCTAssertEqual(runs.first?.written?.prefix(2), Data("PK".utf8), "a zip archive")
    }

    func testTheDiffIsTheSameInEveryProcess() throws {
        assertIdentical(try runs(["diff", "Targets/xicheng-2023.targets", "Targets/xicheng-2025.targets",
                                  "--data", "Samples/xicheng-2025-synthetic.csv", "--format", "json"]), "the diff")
    }
}
