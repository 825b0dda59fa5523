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

        // The same changes as data: the JSON (the same in both languages) and the CSV of this
        // ledger are those of Tests/Fixtures/ledger/causes (recorded the same way, which the CLI
        // goldens `changes-json`, `changes-csv` show).
        for format in ["json", "csv"] {
            for language in ["en", "zh"] {
                let args = ["changes", "--since", "2025-04", "--format", format, "--lang", language]
                let here = TrackerCommand.run(args + ["--ledger", ledgers[0]])
                let committed = TrackerCommand.run(args + ["--ledger", Fixtures.path("Tests/Fixtures/ledger/causes")])
                XCTAssertEqual(here.code, 0, here.err)
                XCTAssertEqual(here.out, committed.out, "\(format) \(language)")
            }
        }

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

    /// `changes --format json` carries each move's typed cause with its detail (diff's cause
    /// names; the revised value's month, scope, indicator, old and new; how a target changed),
    /// byte for byte the same in both languages; CSV written to a file starts with a BOM.
    func testChangesAsJSONCarryTheCausesAndTheirDetail() throws {
        let ledger = Fixtures.path("Tests/Fixtures/ledger/causes")
        let en = TrackerCommand.run(["changes", "--ledger", ledger, "--since", "2025-04", "--format", "json", "--lang", "en"])
        let zh = TrackerCommand.run(["changes", "--ledger", ledger, "--since", "2025-04", "--format", "json", "--lang", "zh"])
        XCTAssertEqual(en.code, 0, en.err)
        XCTAssertEqual(en.out, zh.out)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(en.out.utf8)) as? [String: Any])
        let moves = try XCTUnwrap(json["moves"] as? [[String: Any]])
        XCTAssertEqual(moves.map { $0["kind"] as? String }, ["new_miss", "moved"])
        let causes = moves.map { ($0["causes"] as? [[String: Any]]) ?? [] }
        XCTAssertEqual(causes.map { $0.map { $0["cause"] as? String } }, [["data_changed"], ["target_changed"]])
        let value = try XCTUnwrap((causes[0][0]["values"] as? [[String: Any]])?.first)
        XCTAssertEqual(value["month"] as? String, "2025-04")
        XCTAssertEqual(value["scope"] as? String, "德胜街道")
        XCTAssertEqual(value["indicator"] as? String, "pm25_annual_mean")
        XCTAssertEqual(value["old"] as? Double, 26.2)
        XCTAssertEqual(value["new"] as? Double, 36.2)
        XCTAssertEqual(causes[1][0]["old"] as? String, "≤ 31")
        XCTAssertEqual(causes[1][0]["new"] as? String, "≤ 32")
        XCTAssertEqual(causes[1][0]["how"] as? String, "threshold")
        XCTAssertEqual((json["revisions"] as? [[String: Any]])?.count, 1)

        let file = try temporaryFolder("ledger-csv").appendingPathComponent("history.csv").path
        let written = TrackerCommand.run(["history", "--ledger", ledger, "--format", "csv", "--output", file, "--lang", "zh"])
        XCTAssertEqual(written.code, 0, written.err)
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: file))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(String(decoding: bytes.dropFirst(3), as: UTF8.self).hasPrefix("计划,范围,指标,目标,月份,修订版,实测,判定\r\n"))
        // GB18030 when asked, as `evaluate --output-encoding`; only for CSV in a file.
        let gb = TrackerCommand.run(["history", "--ledger", ledger, "--format", "csv", "--output", file, "--output-encoding", "gb18030", "--lang", "zh"])
        XCTAssertEqual(gb.code, 0, gb.err)
        let gbBytes = try XCTUnwrap(FileManager.default.contents(atPath: file))
        XCTAssertEqual(String(data: gbBytes, encoding: String.Encoding(rawValue: 0x8000_0632))?.hasPrefix("计划,范围"), true)
        XCTAssertEqual(TrackerCommand.run(["history", "--ledger", ledger, "--output-encoding", "gb18030"]).code, 2)
    }

    func testAMissingLedgerSaysHowToMakeOne() {
        let outcome = TrackerCommand.run(["history", "--ledger", "/nonexistent/ledger"])
        XCTAssertEqual(outcome.code, 65)
        XCTAssertEqual(outcome.err, "error: no ledger folder `/nonexistent/ledger`; record one with `tracker evaluate … --record /nonexistent/ledger`\n")
    }
}
