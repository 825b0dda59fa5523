import Foundation
import XCTest
import TrackerTestSupport

/// `evaluate --record`, `history` and `changes`: three months of 德胜街道 recorded, April recorded
/// again from revised data (PM2.5 26.2 → 36.2, which `changes` names), the paths and changes exactly as expected
/// (Tests/Fixtures/ledger), and the files byte-identical when recorded again from the same inputs.
final class LedgerCommandTests: XCTestCase {
    func record(_ data: String, _ month: String, _ ledger: String) -> CommandOutcome {
        TrackerCommand.run(["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--scope", "德胜街道",
                            "--data", data, "--as-of", month, "--record", ledger])
    }

    func contents(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/xicheng-2025") {
            files[name] = FileManager.default.contents(atPath: folder + "/xicheng-2025/" + name)
        }
        return files
    }

    func testThreeMonthsOneRevisedGiveTheExpectedHistoryAndChanges() throws {
        let folder = try temporaryFolder("ledger")
        let data = folder.appendingPathComponent("monthly.csv").path
        let original = try Fixtures.read("Samples/xicheng-2025-synthetic.csv")
        try original.write(toFile: data, atomically: true, encoding: .utf8)
        let ledger = folder.appendingPathComponent("ledger").path
        for month in ["2025-03", "2025-04", "2025-05"] {
            let outcome = record(data, month, ledger)
            XCTAssertEqual(outcome.code, 0, outcome.err)
            XCTAssertTrue(outcome.err.contains("recorded \(ledger)/xicheng-2025/\(month).json"), outcome.err)
        }
        let first = try contents(ledger)
        XCTAssertEqual(first.keys.sorted(), ["2025-03.json", "2025-04.json", "2025-05.json"])

        // The same inputs again: nothing written, the bytes unchanged; a second ledger recorded
        // from the same inputs is byte for byte the first.
        XCTAssertTrue(record(data, "2025-04", ledger).err.contains("unchanged"))
        XCTAssertEqual(try contents(ledger), first)
        let again = folder.appendingPathComponent("again").path
        for month in ["2025-05", "2025-03", "2025-04"] { XCTAssertEqual(record(data, month, again).code, 0) }
        XCTAssertEqual(try contents(again), first)

        // April revised: 德胜街道's April PM2.5 was 26.2, the monitoring centre corrects it to 36.2.
        let revised = original.replacingOccurrences(of: "2025-04,德胜街道,pm25_annual_mean,26.2,30,,",
                                                    with: "2025-04,德胜街道,pm25_annual_mean,36.2,30,,")
        XCTAssertNotEqual(revised, original)
        try revised.write(toFile: data, atomically: true, encoding: .utf8)
        let revision = record(data, "2025-04", ledger)
        XCTAssertTrue(revision.err.contains("(revision 2)"), revision.err)
        let april = try XCTUnwrap(String(data: try contents(ledger)["2025-04.json"]!, encoding: .utf8))
        XCTAssertTrue(april.contains("\"revised\": true"))
        XCTAssertEqual(try contents(ledger)["2025-03.json"], first["2025-03.json"])

        for (name, arguments) in [("history", ["history", "--ledger", ledger]),
                                  ("changes", ["changes", "--ledger", ledger, "--since", "2025-04"]),
                                  ("zh-changes", ["changes", "--ledger", ledger, "--since", "2025-04", "--lang", "zh"])] {
            let outcome = TrackerCommand.run(arguments + ["--wide"])
            XCTAssertEqual(outcome.code, 0, outcome.err)
            XCTAssertEqual(outcome.err, "")
            let expected = try Fixtures.read("Tests/Fixtures/ledger/\(name).txt")
            XCTAssertEqual(outcome.out, expected, name)
            if outcome.out != expected, ProcessInfo.processInfo.environment["TRACKER_RECORD_LEDGER"] != nil {
                try outcome.out.write(toFile: Fixtures.path("Tests/Fixtures/ledger/\(name).txt"), atomically: true, encoding: .utf8)
            }
        }
    }

    /// Three months of 德胜街道: April recorded again from revised data, May under changed targets
    /// (PM2.5 31 → 32: a threshold; dustfall 4.5左右 → ≤ 4.5: a comparator, whose verdict does not move). `changes` gives each
    /// move the cause `tracker diff` names (data_changed with the values, target_changed with how),
    /// in both languages, exactly as in Tests/Fixtures/ledger/causes.txt; recorded twice, the
    /// ledger is byte for byte the same.
    func testATargetChangeAndARevisionGiveDiffsCauses() throws {
        let folder = try temporaryFolder("ledger-causes")
        let targets = folder.appendingPathComponent("Targets").path
        try FileManager.default.createDirectory(atPath: targets, withIntermediateDirectories: true)
        for name in ["xicheng-2025.targets", "beijing-2025.targets", "indicators.catalog", "scopes.catalog"] {
            try FileManager.default.copyItem(atPath: Fixtures.targets + "/" + name, toPath: targets + "/" + name)
        }
        let data = folder.appendingPathComponent("monthly.csv").path
        let original = try Fixtures.read("Samples/xicheng-2025-synthetic.csv")
        try original.write(toFile: data, atomically: true, encoding: .utf8)
        let run = { (month: String, ledger: String) in
            TrackerCommand.run(["evaluate", "--targets", targets, "--plan", "xicheng-2025", "--scope", "德胜街道",
                                "--data", data, "--as-of", month, "--record", ledger])
        }
        let ledgers = [folder.appendingPathComponent("ledger").path, folder.appendingPathComponent("again").path]
        let plan = try String(contentsOfFile: targets + "/xicheng-2025.targets", encoding: .utf8)
        for ledger in ledgers {
            try original.write(toFile: data, atomically: true, encoding: .utf8)
            try plan.write(toFile: targets + "/xicheng-2025.targets", atomically: true, encoding: .utf8)
            for month in ["2025-03", "2025-04"] { XCTAssertEqual(run(month, ledger).code, 0) }
            try original.replacingOccurrences(of: "2025-04,德胜街道,pm25_annual_mean,26.2,30,,", with: "2025-04,德胜街道,pm25_annual_mean,36.2,30,,")
                .write(toFile: data, atomically: true, encoding: .utf8)
            XCTAssertTrue(run("2025-04", ledger).err.contains("(revision 2)"))
            let changed = plan.replacingOccurrences(of: "德胜街道     | 31 | 4.5左右  @1554", with: "德胜街道     | 32 | ≤4.5  @1554")
            XCTAssertNotEqual(changed, plan)
            try changed.write(toFile: targets + "/xicheng-2025.targets", atomically: true, encoding: .utf8)
            XCTAssertEqual(run("2025-05", ledger).code, 0)
        }
        XCTAssertEqual(try contents(ledgers[0]), try contents(ledgers[1]))

        for (name, language) in [("causes", "en"), ("zh-causes", "zh")] {
            let outcome = TrackerCommand.run(["changes", "--ledger", ledgers[0], "--since", "2025-04", "--wide", "--lang", language])
            XCTAssertEqual(outcome.code, 0, outcome.err)
            let expected = try Fixtures.read("Tests/Fixtures/ledger/\(name).txt")
            XCTAssertEqual(outcome.out, expected, name)
            if outcome.out != expected, ProcessInfo.processInfo.environment["TRACKER_RECORD_LEDGER"] != nil {
                try outcome.out.write(toFile: Fixtures.path("Tests/Fixtures/ledger/\(name).txt"), atomically: true, encoding: .utf8)
            }
        }
    }

    func testAMissingLedgerSaysHowToMakeOne() {
        let outcome = TrackerCommand.run(["history", "--ledger", "/nonexistent/ledger"])
        XCTAssertEqual(outcome.code, 65)
        XCTAssertEqual(outcome.err, "error: no ledger folder `/nonexistent/ledger`; record one with `tracker evaluate … --record /nonexistent/ledger`\n")
    }
}
