import Foundation
import XCTest
@testable import TrackerCLI
import TrackerTestSupport

/// `tracker evaluate` on the bundled plan and sample: exact output, formats, exit codes, output files.
final class EvaluateCommandTests: XCTestCase {
    let sample = Fixtures.path("Samples/xicheng-2025-synthetic.csv")

    func run(_ arguments: [String]) -> CommandOutcome { TrackerCommand.run(arguments).relative }

    func evaluate(_ extra: [String]) -> CommandOutcome {
        run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", sample] + extra)
    }

    /// Golden files: regenerate with the command in their test, after reading the change.
    func assertGolden(_ actual: String, _ golden: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try Fixtures.read("Tests/Fixtures/scorecards/\(golden)")
        if actual != expected {
            let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            XCTFail("\(golden) differs at line \(first + 1):\n  expected: \(first < e.count ? e[first] : "<end>")\n  actual:   \(first < a.count ? a[first] : "<end>")", file: file, line: line)
        }
    }

    func testTheXicheng2025ScorecardIsExactlyTheGoldenOne() throws {
        // tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv
        let result = evaluate([])
        XCTAssertEqual(result.code, 0, result.err)
        try assertGolden(result.out, "xicheng-2025.txt")
    }

    func testMidYearJSONForOneStreetIsExactlyTheGoldenOne() throws {
        // … --as-of 2025-06 --scope 德胜街道 --format json
        let result = evaluate(["--as-of", "2025-06", "--scope", "德胜街道", "--format", "json"])
        XCTAssertEqual(result.code, 0, result.err)
        try assertGolden(result.out, "xicheng-2025-06-desheng.json")
    }

    func testOutputIsDeterministic() {
        XCTAssertEqual(evaluate(["--format", "csv"]).out, evaluate(["--format", "csv"]).out)
        XCTAssertEqual(evaluate(["--format", "markdown"]).out, evaluate(["--format", "markdown"]).out)
    }

    func testFailOnSetsTheExitCode() {
        XCTAssertEqual(evaluate(["--fail-on", "missed"]).code, 1)
        XCTAssertEqual(evaluate(["--fail-on", "missed", "--scope", "展览路街道"]).code, 0)
        XCTAssertEqual(evaluate(["--fail-on", "at_risk", "--as-of", "2025-06"]).code, 1)
    }

    func testOutputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let dir = try temporaryFolder("tracker-eval")
        let out = dir.appendingPathComponent("card.json").path
        let result = evaluate(["--format", "json", "--output", out])
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), evaluate(["--format", "json"]).out)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["card.json"], "no temporary file left")
        let clobber = evaluate(["--output", sample])
        XCTAssertEqual(clobber.code, 2)
        XCTAssertEqual(clobber.err, "error: `--output Samples/xicheng-2025-synthetic.csv` is one of the input files; choose another name\n")
    }

    func testUsageErrors() {
        XCTAssertEqual(run(["evaluate", "--targets", Fixtures.targets, "--data", sample]).err,
                       "error: several plans are loaded (beijing-2025, beijing-2026, xicheng-2018, xicheng-2023, xicheng-2025); choose one with `--plan ID`\n")
        XCTAssertEqual(evaluate(["--as-of", "2024-12"]).err, "error: `--as-of 2024-12` is before the plan period 2025 of xicheng-2025\n")
        // After the period: the final scorecard.
        XCTAssertEqual(evaluate(["--as-of", "2026-03", "--format", "json"]).out, evaluate(["--as-of", "2025-12", "--format", "json"]).out)
        // A file written is never an input, whether by --output or by --expect --update-expected.
        let expectInput = evaluate(["--expect", sample, "--update-expected"])
        XCTAssertEqual(expectInput.code, 2)
        XCTAssertEqual(expectInput.err, "error: `--expect Samples/xicheng-2025-synthetic.csv` is one of the input files; choose another name\n")
        XCTAssertEqual(evaluate(["--expect", Fixtures.path("Targets/xicheng-2025.targets"), "--update-expected"]).code, 2)
        // The same file twice would make each row its own duplicate.
        XCTAssertEqual(run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", sample, sample]).err,
                       "error: `Samples/xicheng-2025-synthetic.csv` is given twice in --data; give each file once\n")
        XCTAssertEqual(run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2052", "--data", sample]).err,
                       "error: no plan `xicheng-2052` in the target files; did you mean `xicheng-2025`? (loaded: beijing-2025, beijing-2026, xicheng-2018, xicheng-2023, xicheng-2025)\n")
        XCTAssertEqual(run(["evaluate", "--targets", Fixtures.targets]).code, 2)
        XCTAssertEqual(run(["evalute"]).err.components(separatedBy: "\n").first, "error: unknown command `evalute`; did you mean `evaluate`?")
    }

    func testColourOnlyOnATerminalAndNeverWithNoColor() {
        let arguments = ["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", sample]
        let tty = TrackerCommand.run(arguments, isTerminal: true)
        XCTAssertTrue(tty.out.contains("\u{1B}[32m✔ met\u{1B}[0m"))
        let noColour = TrackerCommand.run(arguments, environment: ["NO_COLOR": "1"], isTerminal: true)
        XCTAssertFalse(noColour.out.contains("\u{1B}["))
        XCTAssertFalse(evaluate([]).out.contains("\u{1B}["))
    }
}

/// `--lenient`: bad rows are skipped and listed, and the counts say so.
final class LenientEvaluationTests: XCTestCase {
    func testBadRowsStopTheRunUnlessLenientWhichListsThem() {
        let data = Fixtures.path("Tests/Fixtures/measurements/lenient.csv")
        let strict = TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", data]).relative
        XCTAssertEqual(strict.code, 65)
        XCTAssertEqual(strict.out, "")
        XCTAssertEqual(strict.err, """
        Tests/Fixtures/measurements/lenient.csv:3:30: error: `abc` is not a number; write a number such as `48.2`; `78%`, `1,234.5` and full-width digits are accepted
        Tests/Fixtures/measurements/lenient.csv:4:9: error: unknown scope `德盛街道`; did you mean `德胜街道`?
        2 problems in the data; nothing was evaluated. Fix them, or pass --lenient to skip the bad rows (each is listed).

        """)
        let lenient = TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", data,
                                          "--lenient", "--scope", "西城区"]).relative
        XCTAssertEqual(lenient.code, 0)
        let out = lenient.out
        XCTAssertTrue(out.contains("rows read 4, used 2, skipped 2\n"), out)
        XCTAssertTrue(out.contains("skipped: Tests/Fixtures/measurements/lenient.csv:3:30: warning: `abc` is not a number"), out)
        XCTAssertTrue(out.contains("skipped: Tests/Fixtures/measurements/lenient.csv:4:9: warning: unknown scope `德盛街道`"), out)
    }

    func testEveryFormatSaysWhichRowsWereSkipped() {
        let data = Fixtures.path("Tests/Fixtures/measurements/lenient.csv")
        func run(_ format: String) -> CommandOutcome {
            TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", data,
                                "--lenient", "--scope", "西城区", "--format", format]).relative
        }
        let markdown = run("markdown").out
        XCTAssertTrue(markdown.contains("Rows read 4, used 2, skipped 2\n"), markdown)
        XCTAssertTrue(markdown.contains("**Skipped rows**\n\n- `Tests/Fixtures/measurements/lenient.csv:3:30: warning: 'abc' is not a number"), markdown)
        XCTAssertTrue(markdown.contains("**Notes**\n\n- 西城区 "), markdown)
        // CSV has no place for them in the file: standard error has them.
        let csv = run("csv")
        XCTAssertFalse(csv.out.contains("skipped"))
        XCTAssertEqual(csv.err.components(separatedBy: "\n").filter { $0.hasPrefix("skipped: Tests/Fixtures/measurements/lenient.csv:") }.count, 2, csv.err)
    }

    func testAMissingFileSaysOnlyThatItIsMissing() {
        for lenient in [[], ["--lenient"]] {
            let missing = Fixtures.path("Tests/Fixtures/no-such-file.csv")
            let outcome = TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", missing] + lenient)
            XCTAssertEqual(outcome.code, 65)
            XCTAssertEqual(outcome.err, "error: no such file: \(missing); check the path\n")
        }
    }

    func testAScopeThePlanDoesNotCoverIsAUsageErrorNotAnEmptyPass() {
        let outcome = TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--scope", "东城区",
                                          "--data", Fixtures.path("Samples/xicheng-2025-synthetic.csv"), "--fail-on", "missed"])
        XCTAssertEqual(outcome.code, 2)
        XCTAssertTrue(outcome.err.hasPrefix("error: plan xicheng-2025 has no targets for `东城区`; its scopes: 西城区, 德胜街道"), outcome.err)
    }

    func testAnUnwritableOutputSaysWhy() throws {
        let outcome = TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025",
                                          "--data", Fixtures.path("Samples/xicheng-2025-synthetic.csv"), "--output", "/nonexistent-tracker-dir/card.csv"])
        XCTAssertEqual(outcome.code, 73)
        XCTAssertEqual(outcome.err, "error: cannot write /nonexistent-tracker-dir/card.csv: the folder /nonexistent-tracker-dir does not exist; create it or choose another\n")
        let folder = FileManager.default.temporaryDirectory.path
        let intoFolder = TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025",
                                             "--data", Fixtures.path("Samples/xicheng-2025-synthetic.csv"), "--output", folder])
        XCTAssertEqual(intoFolder.code, 73)
        XCTAssertTrue(intoFolder.err.hasPrefix("error: cannot write \(folder): it is a folder; give a file name"), intoFolder.err)
    }
}
