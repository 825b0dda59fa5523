import Foundation
import TrackerKit
import XCTest
import TrackerTestSupport

/// The use cases' rules and typed failures, as a program sees them.
final class UseCaseTests: XCTestCase {
    let targets = [Fixtures.path("Targets")]
    let sample = Fixtures.path("Samples/xicheng-2025-synthetic.csv")

    func usage(_ request: EvaluateRequest, file: StaticString = #filePath, line: UInt = #line) -> UsageProblem? {
        do throws(RunFailure) {
            _ = try request.run()
            XCTFail("ran", file: file, line: line)
        } catch .usage(let problem) {
            return problem
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
        return nil
    }

    /// One data window: a baseline row the reader keeps (and 较2020年下降5% uses) is not also
    /// counted outside the plan period.
    func testABaselineRowIsInsideThePlansDataWindow() throws {
        let folder = try temporaryFolder("window")
        let data = folder.appendingPathComponent("ammonia.csv").path
        try "period,scope,indicator,value\n2020,北京市,livestock_ammonia_emissions,1000\n2025,北京市,livestock_ammonia_emissions,900\n"
            .write(toFile: data, atomically: true, encoding: .utf8)
        let evaluation = try EvaluateRequest(targets: targets, plan: "beijing-2025", data: [data], scope: "北京市").run()
        XCTAssertEqual(evaluation.plan.dataWindow, Period(first: YearMonth(2020, 1), last: YearMonth(2025, 12)))
        XCTAssertEqual(evaluation.summary.rowsUsed, 2)
        XCTAssertEqual(evaluation.summary.rowsOutsidePeriod, 0)
        XCTAssertEqual(evaluation.scorecard.verdict(scope: "北京市", indicator: "livestock_ammonia_emissions"), .met)
    }

    func testUsageProblemsAreTyped() {
        XCTAssertEqual(usage(EvaluateRequest(targets: targets)), .noMeasurements)
        XCTAssertEqual(usage(EvaluateRequest(targets: targets, data: [sample])),
                       .plan(.ambiguous(loaded: ["beijing-2025", "beijing-2026", "xicheng-2018", "xicheng-2023", "xicheng-2025"])))
        XCTAssertEqual(usage(EvaluateRequest(targets: targets, plan: "xicheng-2018", data: [sample], year: 2016)),
                       .yearOfMultiYearPlan(plan: "xicheng-2018", period: .years(2018, 2020)))
        XCTAssertEqual(usage(EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [sample], asOf: YearMonth(2024, 12))),
                       .asOfBeforePlan(month: YearMonth(2024, 12), plan: "xicheng-2025", period: .year(2025)))
        XCTAssertEqual(usage(EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [sample], scope: "德盛街道")),
                       .unknownScope("德盛街道", suggestion: "德胜街道"))
        XCTAssertEqual(usage(EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [sample, sample])), .dataFileTwice(sample))
        guard case .scopeNotInPlan(let plan, let scope, let covered) = usage(
            EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [sample], scope: "朝阳区")) else { return XCTFail("no scope problem") }
        XCTAssertEqual([plan, scope], ["xicheng-2025", "朝阳区"])
        XCTAssertEqual(covered.first, "西城区")
    }

    func testAfterThePlanPeriodTheScorecardIsFinal() throws {
        let card = try EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [sample], asOf: YearMonth(2026, 3)).run().scorecard
        XCTAssertEqual(card.asOf, YearMonth(2025, 12))
        XCTAssertTrue(card.isFinal)
    }

    func testBadDataIsADataProblemWithItsPlace() {
        do throws(RunFailure) {
            _ = try EvaluateRequest(targets: targets, plan: "xicheng-2025", data: [Fixtures.path("Tests/Fixtures/bad-input/measurements/month-13.csv")]).run()
            XCTFail("ran")
        } catch .dataProblems(let diagnostics) {
            XCTAssertTrue(diagnostics.errors.allSatisfy { $0.location?.file.hasSuffix("month-13.csv") ?? false })
        } catch {
            XCTFail("\(error)")
        }
    }

    func testADiffSideWithSeveralPlansNamesItsSide() {
        do throws(RunFailure) {
            _ = try DiffRequest(old: targets[0], new: Fixtures.path("Targets/xicheng-2025.targets")).run()
            XCTFail("ran")
        } catch .usage(.sidePlan(let side, .ambiguous)) {
            XCTAssertEqual(side, .old)
        } catch {
            XCTFail("\(error)")
        }
    }

    func testScopeOrderAndSubtreeLiveInTheScopeDirectory() throws {
        let set = try TargetSet.load(targets[0])
        XCTAssertLessThan(set.scopes.rank(of: "西城区"), set.scopes.rank(of: "德胜街道"))
        XCTAssertEqual(set.scopes.rank(of: "nowhere"), .max)
        XCTAssertEqual(set.scopes.subtree(of: "西城区")?.count, 16)
        XCTAssertNil(set.scopes.subtree(of: "nowhere"))
        XCTAssertEqual(set.replacing(set.plan("xicheng-2023")!.rebased(toYear: 2025)).plan("xicheng-2023")?.period, .year(2025))
    }
}
