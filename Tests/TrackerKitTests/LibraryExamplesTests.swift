import Foundation
import TrackerKit
import XCTest
import TrackerTestSupport

/// The examples of docs/library.md, exactly as printed there, run from the repository's folder
/// (their paths are relative to it); and a check that the page shows no code these tests lack.
final class LibraryExamplesTests: XCTestCase {
    var previousDirectory = ""

    override func setUp() {
        previousDirectory = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(Fixtures.repository.path)
    }

    override func tearDown() {
        FileManager.default.changeCurrentDirectoryPath(previousDirectory)
    }

    func testEvaluate() throws {
        var request = EvaluateRequest(targets: ["Targets"], plan: "xicheng-2025", data: ["Samples/xicheng-2025-synthetic.csv"])
        request.asOf = YearMonth(2025, 6)
        request.scope = "德胜街道"
        let evaluation = try request.run()
        let card = evaluation.scorecard
        print(ScorecardText.table(card, colour: false))
        print(card.verdict(scope: "德胜街道", indicator: "pm25_annual_mean") == .onTrack)   // true
        print(evaluation.summary.rowsRead)

        XCTAssertEqual(card.verdict(scope: "德胜街道", indicator: "pm25_annual_mean"), .onTrack)
        XCTAssertEqual(Set(card.rows.map(\.scope)), ["德胜街道"])
        XCTAssertEqual(card.asOf, YearMonth(2025, 6))
        XCTAssertGreaterThan(evaluation.summary.rowsRead, 0)
    }

    func testEvaluateHourlyData() throws {
        let hourly = HourlySource(files: ["Tests/Fixtures/bad-input/hourly/hour-24.csv"],
                                  stations: "Tests/Fixtures/bad-input/hourly/stations.csv", standard: .forced(.hj633_2026))
        let sources = DataSources(files: [], encoding: .utf8, lenient: true, hourly: hourly)
        let fromHours = try EvaluateRequest(targets: ["Targets"], plan: "xicheng-2025", sources: sources).run()
        print(fromHours.diagnostics.count)   // the hour 24 that does not exist: a warning, not a stop

        XCTAssertEqual(fromHours.diagnostics.filter { $0.severity == .warning }.count, 1)
        XCTAssertEqual(fromHours.scorecard.plan, "xicheng-2025")
    }

    func testFailures() {
        var message = ""
        do throws(RunFailure) {
            _ = try EvaluateRequest(plan: "xicheng-2052", data: ["Samples/xicheng-2025-synthetic.csv"]).run()
        } catch .usage(.plan(.unknown(let id, let suggestion, _))) {
            message = "no plan \(id); did you mean \(suggestion ?? "?")"   // … did you mean xicheng-2025
        } catch .targetProblems(let diagnostics), .dataProblems(let diagnostics) {
            message = diagnostics.errors.map(\.description).joined(separator: "\n")
        } catch {
            message = "\(error)"
        }
        print(message)

        XCTAssertEqual(message, "no plan xicheng-2052; did you mean xicheng-2025")
    }

    func testDiff() throws {
        var diffRequest = DiffRequest(old: "Targets/xicheng-2023.targets", new: "Targets/xicheng-2025.targets")
        diffRequest.data = ["Samples/xicheng-2025-synthetic.csv"]
        let result = try diffRequest.run()
        print(result.diff.change(scope: "西城区", indicator: "pm25_annual_mean")?.kind == .loosened)   // true
        print(DiffText.table(result.diff, flips: result.comparison, indicators: result.indicators, showUnchanged: false))

        XCTAssertEqual(result.diff.change(scope: "西城区", indicator: "pm25_annual_mean")?.kind, .loosened)
        XCTAssertNotNil(result.comparison)
    }

    func testAggregate() throws {
        let files = try HourlyFiles.expand(["Tests/Fixtures/bad-input/hourly/hour-24.csv"])
        let aggregated = try AggregateRequest(hourly: files, stations: "Tests/Fixtures/bad-input/hourly/stations.csv").run()
        let monthly = MeasurementTable(aggregated.measurements.measurements)
        print(monthly.header)

        XCTAssertEqual(Array(monthly.header.prefix(4)), ["period", "scope", "indicator", "value"])
        XCTAssertFalse(monthly.rows.isEmpty)
    }

    func testRank() throws {
        var rankRequest = RankRequest(targets: ["Targets"], data: ["Samples/dongcheng-xicheng-2014-2016.csv"],
                                      indicator: "PM2.5", month: YearMonth(2016, 3))
        rankRequest.cumulative = true
        let ranking = try rankRequest.run().ranking
        print(ranking.entries.map { "\($0.rank!) \($0.scope) \($0.displayed!) \($0.changePercent!)" })   // ["1 东城区 70.0 -28.6", "2 西城区 71.0 -24.5"]
        XCTAssertEqual(ranking.entries.map { "\($0.rank!) \($0.scope) \($0.displayed!) \($0.changePercent!)" },
                       ["1 东城区 70.0 -28.6", "2 西城区 71.0 -24.5"])
    }

    func testReport() throws {
        var reportRequest = ReportRequest(EvaluateRequest(targets: ["Targets"], plan: "xicheng-2025",
                                                          data: ["Samples/xicheng-2025-synthetic.csv"], asOf: YearMonth(2025, 6)))
        reportRequest.ledger = nil   // or the folder `tracker evaluate … --record DIR` wrote: trend charts with the recorded months
        let report = try reportRequest.run()
        print(report.rankings.map { "\($0.ranking.indicator.id) \($0.within ?? "") \($0.ranking.worstFirst[0].scope)" }[0])   // pm25_annual_mean 西城区 牛街街道
        let html = HTMLReport.render(report.evaluation.scorecard, rankings: report.rankings, history: report.history)
        XCTAssertEqual(report.rankings.map { "\($0.ranking.indicator.id) \($0.within ?? "") \($0.ranking.worstFirst[0].scope)" }[0],
                       "pm25_annual_mean 西城区 牛街街道")
        XCTAssertTrue(html.contains("id=\"rankings\""))
        XCTAssertNil(report.history)
    }

    func testTargetsAndIndicators() throws {
        let listed = try TargetListRequest(paths: ["Targets"], plan: "xicheng-2025", scope: "德胜街道").run()
        print(TargetListing.csv(listed.targets, in: listed.set))
        let check = TargetCheck.run(paths: ["Targets"])
        print(check.diagnostics.errors.isEmpty)   // true
        let catalog = try IndicatorsRequest(folder: "Targets").run()
        print(catalog["pm25_annual_mean"]?.zh ?? "")   // PM2.5年均浓度

        XCTAssertTrue(listed.targets.allSatisfy { $0.plan == "xicheng-2025" && $0.scope == "德胜街道" })
        XCTAssertTrue(check.diagnostics.errors.isEmpty)
        XCTAssertEqual(catalog["pm25_annual_mean"]?.zh, "PM2.5年均浓度")
    }

    func testTheBundledTargetFiles() throws {
        let bundle = BundledFiles.locate()
        let info = BuildInfo.current(bundle: bundle)
        print(info.plans.count, info.targetsDigest)   // 5, and 16 hex digits

        XCTAssertEqual(info.plans.count, 5)
        XCTAssertEqual(info.targetsDigest.count, 16)
    }

    func testShorterForms() throws {
        let targets = try TargetSet.load("Targets")
        let data = try targets.measurements("Samples/xicheng-2025-synthetic.csv")
        let june = try targets.evaluate("xicheng-2025", data: data, asOf: "2025-06")
        print(june.rows.count)

        XCTAssertEqual(june.asOf, YearMonth(2025, 6))
    }

    /// Every ```swift block of docs/library.md is in this file, line for line (indentation aside).
    func testEveryExampleOfTheDocumentIsCompiledHere() throws {
        let page = try String(contentsOfFile: Fixtures.path("docs/library.md"), encoding: .utf8)
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let sourceLines = source.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let blocks = page.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        XCTAssertGreaterThanOrEqual(blocks.count, 6)
        for block in blocks {
            let lines = block.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let found = sourceLines.indices.contains { start in
                start + lines.count <= sourceLines.count && Array(sourceLines[start..<start + lines.count]) == lines
            }
            XCTAssertTrue(found, "docs/library.md shows code that no test compiles:\n\(block)")
        }
    }
}
