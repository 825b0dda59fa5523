import Foundation
import TrackerTestSupport
import XCTest

/// One number for one requirement (issue 15): the report's chart legends, its text, the table
/// and the CSV show the same safe-side rounded value of what the rest of the year must achieve.
final class RequiredValueAgreementTests: XCTestCase {
    let base = ["evaluate", "--targets", Fixtures.targets, "--plan", "xicheng-2025",
                "--data", Fixtures.path("Samples/xicheng-2025-synthetic.csv"), "--as-of", "2025-06"]

    func testLegendTextTableAndCSVAgree() throws {
        let csv = TrackerCommand.run(base + ["--format", "csv"]).out.split(whereSeparator: \.isNewline).map { Self.fields(String($0)) }
        let header = try XCTUnwrap(csv.first)
        let value = try XCTUnwrap(header.firstIndex(of: "required_rest")), text = try XCTUnwrap(header.firstIndex(of: "required_rest_text"))
        var required: Set<Double> = []
        var texts: [String] = []
        for row in csv.dropFirst() where row.count == header.count && !row[value].isEmpty && row[text].contains("must") {
            let number = try XCTUnwrap(Double(row[value]), row[value])
            XCTAssertEqual(Self.firstBound(in: row[text]), number, "CSV \(row[value]) against text `\(row[text])`")
            required.insert(number)
            texts.append(row[text])
        }
        XCTAssertGreaterThan(required.count, 5)
        // Every chart legend's number is one the CSV and the text give.
        let html = TrackerCommand.run(base + ["--format", "html"]).out
        let legends = html.components(separatedBy: "余下须平均 ").dropFirst().map { String($0.prefix { $0.isNumber || $0 == "." }) }
        XCTAssertGreaterThan(legends.count, 3)
        for legend in legends { XCTAssertTrue(required.contains(Double(legend) ?? .nan), "legend \(legend) is not a required value of the text") }
        // And the terminal table says the same sentences.
        let table = TrackerCommand.run(base + ["--all", "--wide"]).out
        for sentence in texts { XCTAssertTrue(table.contains(sentence), sentence) }
    }

    /// The number after the first `≤ ` or `≥ ` of a sentence.
    static func firstBound(in sentence: String) -> Double? {
        guard let range = sentence.range(of: "≤ ") ?? sentence.range(of: "≥ ") else { return nil }
        return Double(String(sentence[range.upperBound...].prefix { $0.isNumber || $0 == "." }))
    }

    /// One CSV line's fields (quoted fields may hold commas and doubled quotes).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previous: Character?
        for c in line {
            if c == "\"" {
                if quoted, previous == "\"" { field.append(c); previous = nil; continue }
                quoted.toggle()
            } else if c == ",", !quoted {
                fields.append(field); field = ""
            } else {
                field.append(c)
            }
            previous = c
        }
        return fields + [field]
    }
}
