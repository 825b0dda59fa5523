import XCTest
import TrackerTestSupport
@testable import TrackerCLI

/// The argument parser every command starts with: what a user may type and what it refuses.
final class ArgumentSpecTests: XCTestCase {
    let spec = ArgumentSpec(options: [
        .value("--plan"), .many("--data"), .flag("--strict"), .choice("--format", ScorecardFormat.self), .value("--offset"),
    ])

    func parse(_ words: [String]) -> Result<ParsedArguments, UsageError> { spec.parse(words) }

    func error(_ words: [String], file: StaticString = #filePath, line: UInt = #line) -> String? {
        guard case .failure(let e) = parse(words) else { XCTFail("parsed \(words)", file: file, line: line); return nil }
        return e.message
    }

    func testAnEqualsSignJoinsAValueToItsOption() throws {
        let parsed = try parse(["--plan=xicheng-2025", "--data=a.csv", "b.csv", "--format=JSON"]).get()
        XCTAssertEqual(parsed.value("--plan"), "xicheng-2025")
        XCTAssertEqual(parsed.all("--data"), ["a.csv", "b.csv"])
        XCTAssertEqual(parsed.choice("--format", ScorecardFormat.self), .json)
    }

    func testEverythingAfterADoubleDashIsPositional() throws {
        let parsed = try parse(["a", "--", "--plan", "-x", "--strict"]).get()
        XCTAssertEqual(parsed.positionals, ["a", "--plan", "-x", "--strict"])
        XCTAssertNil(parsed.value("--plan"))
        XCTAssertFalse(parsed.has("--strict"))
    }

    func testARepeatedListOptionCollectsAndARepeatedSingleOneIsRefused() throws {
        XCTAssertEqual(try parse(["--data", "a.csv", "--strict", "--data", "b.csv", "c.csv"]).get().all("--data"), ["a.csv", "b.csv", "c.csv"])
        XCTAssertEqual(error(["--plan", "a", "--plan", "b"]), "`--plan` is given twice")
        XCTAssertEqual(error(["--format", "csv", "--format=csv"]), "`--format` is given twice")
    }

    func testANegativeNumberIsAValueNotAnOption() throws {
        XCTAssertEqual(try parse(["--offset", "-5"]).get().value("--offset"), "-5")
        XCTAssertEqual(try parse(["--offset", "-0.5"]).get().value("--offset"), "-0.5")
        XCTAssertEqual(try parse(["-12", "3"]).get().positionals, ["-12", "3"])
        XCTAssertEqual(try parse(["--data", "-1", "x.csv"]).get().all("--data"), ["-1", "x.csv"])
    }

    func testAnUnknownOptionIsRefusedWithTheNearestName() {
        XCTAssertEqual(error(["--fromat", "json"]), "unknown option `--fromat`; did you mean `--format`?")
        XCTAssertEqual(error(["--hlep"]), "unknown option `--hlep`; did you mean `--help`?")
        XCTAssertEqual(error(["--zzzzzzzzzz"]), "unknown option `--zzzzzzzzzz`")
        XCTAssertEqual(error(["-q"]), "unknown option `-q`")
    }

    func testAMissingValueIsRefused() {
        XCTAssertEqual(error(["--plan"]), "`--plan` needs a value")
        XCTAssertEqual(error(["--plan", "--strict"]), "`--plan` needs a value")
        XCTAssertEqual(error(["--data"]), "`--data` needs at least one value")
        XCTAssertEqual(error(["--data", "--strict"]), "`--data` needs at least one value")
    }

    func testAFlagGivenAValueIsRefused() {
        XCTAssertEqual(error(["--strict=yes"]), "`--strict` takes no value")
    }

    func testAChoiceTakesItsWordsInAnyCaseAndListsThemWhenRefused() throws {
        XCTAssertEqual(try parse(["--format", "Markdown"]).get().value("--format"), "markdown")
        XCTAssertEqual(error(["--format", "yaml"]), "`--format` takes table, csv, json, markdown, html, xlsx, not `yaml`")
    }

    func testTooManyPositionalsAreRefused() {
        let two = ArgumentSpec(options: [], maxPositionals: 2)
        guard case .failure(let e) = two.parse(["a", "b", "c"]) else { return XCTFail("parsed") }
        XCTAssertEqual(e.message, "unexpected argument `c`")
    }
}

/// Every enumerated option is a `Choice`: the help's lists and the refusals come from its cases.
final class ChoiceTests: XCTestCase {
    func testWordsAliasesAndHelpLists() {
        XCTAssertEqual(InputEncoding.allowed, ["utf-8", "utf8", "gb18030", "gbk"])
        XCTAssertEqual(InputEncoding(choosing: "GBK"), .gb18030)
        XCTAssertEqual(OutputEncoding.allowed, ["utf-8-bom", "utf-8", "utf8", "gb18030"])
        XCTAssertEqual(StandardOption.helpList, "auto|2012|2026")
        XCTAssertEqual(FailOn.allowed, ["missed", "at_risk"])
        XCTAssertEqual(DiffFormat.helpList, "table|json|markdown|csv|xlsx")
        XCTAssertNil(TargetListFormat(choosing: "html"))
    }

    func testTheHelpListsTheCommandTable() {
        for command in Tracker.commands {
            XCTAssertTrue(Tracker.help.en.contains("  \(command.name)"), command.name)
        }
        var console = Console.capturing()
        XCTAssertEqual(Tracker.run(["aggregat"], console: &console), 2)
        XCTAssertTrue(console.errors.hasPrefix("error: unknown command `aggregat`; did you mean `aggregate`?\n"))
    }
}
