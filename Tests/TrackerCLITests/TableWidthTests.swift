import Foundation
import TrackerKit
import TrackerTestSupport
import XCTest

/// Terminal tables fit the terminal (issue 15): with `COLUMNS=80` every table line of
/// `evaluate`, `targets list` and `diff` on the bundled samples takes at most 80 display
/// columns, whether the terminal draws ambiguous-width characters narrow or wide
/// (`TRACKER_AMBIGUOUS_WIDE=1`); `--wide` prints every column.
final class TableWidthTests: XCTestCase {
    let sample = Fixtures.path("Samples/xicheng-2025-synthetic.csv")
    var commands: [[String]] {
        [
            ["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", sample],
            ["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025", "--data", sample, "--as-of", "2025-06", "--all"],
            ["evaluate", "--targets", Fixtures.targets, "--plan", "beijing-2026", "--data", Fixtures.path("Samples/beijing-2026-synthetic.csv")],
            ["targets", "list", Fixtures.targets, "--plan", "xicheng-2025"],
            ["diff", Fixtures.path("Targets/xicheng-2023.targets"), Fixtures.path("Targets/xicheng-2025.targets"), "--data", sample],
        ]
    }

    /// The lines of the tables: from each header rule's line above it to the next blank line.
    func tableLines(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        var out: [String] = [], inTable = false
        for (i, line) in lines.enumerated() {
            if i + 1 < lines.count, lines[i + 1].hasPrefix("--") { inTable = true }
            if line.isEmpty { inTable = false }
            if inTable { out.append(line) }
        }
        return out
    }

    func testEveryTableLineFitsEightyColumnsUnderBothAssumptions() {
        for command in commands {
            for wide in [false, true] {
                var environment = ["COLUMNS": "80"]
                if wide { environment["TRACKER_AMBIGUOUS_WIDE"] = "1" }
                let outcome = TrackerCommand.run(command, environment: environment)
                XCTAssertEqual(outcome.code, 0, outcome.err)
                let layout = TableLayout(width: 80, ambiguousWide: wide)
                let lines = tableLines(outcome.out)
                XCTAssertGreaterThan(lines.count, 10, command.joined(separator: " "))
                for line in lines where layout.width(of: line) > 80 {
                    XCTFail("\(command.prefix(2).joined(separator: " ")) wide=\(wide): \(layout.width(of: line)) columns: \(line)")
                }
            }
        }
    }

    func testWideDropsNothingAndAPipeWithoutColumnsIsUnlimited() {
        for command in commands {
            let unlimited = TrackerCommand.run(command)
            let wide = TrackerCommand.run(command + ["--wide"], environment: ["COLUMNS": "80"])
            XCTAssertEqual(wide.out, unlimited.out, command.joined(separator: " "))
            let narrow = TrackerCommand.run(command, environment: ["COLUMNS": "80"])
            XCTAssertNotEqual(narrow.out, unlimited.out)
        }
    }
}
