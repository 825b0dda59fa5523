import XCTest
@testable import TrackerCLI
import TrackerTestSupport

/// `tracker targets check|list` and `tracker indicators` on real files, exact output.
final class TargetsCommandTests: XCTestCase {
    func run(_ arguments: [String]) -> CommandOutcome { TrackerCommand.run(arguments).relative }

    func testEveryProblemOfABrokenFileIsReportedAtOnceWithItsPlace() throws {
        let result = run(["targets", "check", Fixtures.path("Tests/Fixtures/targets/broken.targets")])
        XCTAssertEqual(result.code, 65)
        let expected = try Fixtures.read("Tests/Fixtures/targets/broken.expected")
            .replacingOccurrences(of: "broken.targets:", with: "Tests/Fixtures/targets/broken.targets:")
        XCTAssertEqual(result.err, expected)
        XCTAssertEqual(result.out, "1 files, 0 plans, 0 targets (); 13 errors, 0 warnings\n")
    }

    func testTheCellGrammarFileListsAsTheDocumentSays() throws {
        let result = run(["targets", "list", Fixtures.path("Tests/Fixtures/targets/good.targets"), "--format", "csv"])
        XCTAssertEqual(result.code, 0, result.err)
        let lines = result.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 12)  // header + 11 targets
        XCTAssertEqual(lines[0], "plan,document,scope,scope_level,indicator,indicator_zh,comparator,value,tolerance,target,unit,period,deadline,source_file,source_line,attachment,source_text")
        XCTAssertTrue(lines.contains("good-2025,西政办发〔2025〕4号,德胜街道,street,dustfall_monthly_mean,降尘量,approx,4.5,0.5,≈ 4.5 ±0.5,t/km²·月,2025,年底前,000_test.txt,11,附件1,德胜街道 · 降尘量（吨/平方公里·月） · 4.5左右"), result.out)
        XCTAssertTrue(lines.contains("good-2025,西政办发〔2025〕4号,什刹海街道,street,dustfall_monthly_mean,降尘量,approx,4.5,0.5,≈ 4.5 ±0.5,t/km²·月,2025,年底前,000_test.txt,12,附件1,什刹海街道 · 降尘量（吨/平方公里·月） · 4.5左右（合并单元格）"), result.out)
        XCTAssertTrue(lines.contains("good-2025,西政办发〔2025〕4号,什刹海街道,street,pm25_annual_mean,PM2.5年均浓度,<=,32,,≤ 32,µg/m³,2025,年底前,000_test.txt,12,附件1,什刹海街道 · PM2.5年均浓度（微克/立方米） · ３２"), result.out)
        XCTAssertTrue(lines.contains("good-2025,西政办发〔2025〕4号,西城区,district,worse_than_v_share,劣Ⅴ类水体比例,<=,0,,≤ 0,%,2025,年底前,000_test.txt,21,附件6,\"西城区 · 断面水质达标率（%）（优良水体比例，劣Ⅴ类水体比例） · 100(100,0)\""), result.out)
        XCTAssertTrue(lines.contains("good-2025,西政办发〔2025〕4号,西城区,district,good_day_ratio,优良天数比率,deferred,,,达到市级要求,%,2025,年底前,000_test.txt,21,附件6,西城区 · 优良天数比率 · 达到市级要求"), result.out)
        XCTAssertTrue(lines.contains("good-2025,西政办发〔2025〕4号,西城区,district,good_day_ratio,优良天数比率,any_of,75,,≥ 75 或 ≥ 70（且完成整改）,%,2021..2025,年底前,000_test.txt,31,,优良天数比率75%，或70%以上且完成整改"), result.out)
    }

    func testAStreetsOwnTargetOverridesTheOneForEachStreet() {
        let result = run(["targets", "list", Fixtures.path("Tests/Fixtures/targets/good.targets"), "--format", "csv"])
        XCTAssertFalse(result.out.contains("不超过33"), "各街道 ≤ 33 must give way to the streets' own 31 and 32")
        let verbose = run(["targets", "check", Fixtures.path("Tests/Fixtures/targets/good.targets"), "--verbose"])
        XCTAssertTrue(verbose.err.contains("note: `德胜街道` has its own `pm25_annual_mean` target (Tests/Fixtures/targets/good.targets:13:"), verbose.err)
    }

    func testUsageErrorsExitTwoWithASuggestion() {
        let result = run(["targets", "lsit"])
        XCTAssertEqual(result.code, 2)
        XCTAssertEqual(result.err, "error: unknown subcommand `targets lsit`; did you mean `targets list`?\n")
        let option = run(["targets", "list", "--fromat", "json"])
        XCTAssertEqual(option.code, 2)
        XCTAssertEqual(option.err, """
            error: unknown option `--fromat`; did you mean `--format`?

            USAGE: tracker targets list  [FILES|DIRS …] [--plan ID] [--scope NAME] [--format table|csv|json]
                   tracker targets check [FILES|DIRS …] [--strict] [--verbose]
            See `tracker targets --help` for the options and examples.

            """, "the error stays on screen: the USAGE lines, not the whole help")
        let upper = run(["targets", "list", Fixtures.path("Tests/Fixtures/targets/good.targets"), "--format", "JSON"])
        XCTAssertEqual(upper.code, 0, "a choice is a word: JSON is json")
        XCTAssertEqual(upper.out, run(["targets", "list", Fixtures.path("Tests/Fixtures/targets/good.targets"), "--format", "json"]).out)
        let scope = run(["targets", "list", Fixtures.targets, "--scope", "德胜街"])
        XCTAssertEqual(scope.code, 2)
        XCTAssertEqual(scope.err, "error: unknown scope `德胜街`; did you mean `德胜街道`?\n")
    }

    /// 北京市西城区德胜街道 as official documents write it: in `--scope` and in a target file's `scope`.
    func testAScopeWrittenAfterItsParentsIsThatScope() throws {
        let good = Fixtures.path("Tests/Fixtures/targets/good.targets")
        let plain = run(["targets", "list", good, "--scope", "德胜街道"])
        XCTAssertEqual(plain.code, 0)
        XCTAssertEqual(run(["targets", "list", good, "--scope", "北京市西城区德胜街道"]).out, plain.out)
        XCTAssertEqual(run(["targets", "list", good, "--scope", "北京市西城区德盛街道"]).err,
                       "error: unknown scope `北京市西城区德盛街道`; did you mean `德胜街道`?\n", "suggested for the street, not the district")

        let dir = try temporaryFolder("qualified-scope")
        let text = try Fixtures.read("Tests/Fixtures/targets/good.targets")
        XCTAssertTrue(text.contains("scope      西城区\n"))
        try text.replacingOccurrences(of: "scope      西城区\n", with: "scope      北京市西城区\n")
            .write(to: dir.appendingPathComponent("good.targets"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Fixtures.path("Tests/Fixtures/targets/mini.catalog"),
                                         toPath: dir.appendingPathComponent("mini.catalog").path)
        let qualified = run(["targets", "list", dir.appendingPathComponent("good.targets").path, "--format", "csv"])
        XCTAssertEqual(qualified.code, 0, qualified.err)
        let original = run(["targets", "list", good, "--format", "csv"])
        XCTAssertEqual(qualified.out.replacingOccurrences(of: dir.path + "/", with: ""),
                       original.out.replacingOccurrences(of: "Tests/Fixtures/targets/", with: ""))
    }

    func testEveryCommandHasHelpWithExamples() {
        for command in [["targets", "list", "--help"], ["targets", "check", "--help"], ["indicators", "--help"], ["--help"]] {
            let result = run(command)
            XCTAssertEqual(result.code, 0)
            XCTAssertTrue(result.out.contains("USAGE"), command.joined(separator: " "))
        }
    }
}
