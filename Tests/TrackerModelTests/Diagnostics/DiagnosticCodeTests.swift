import Foundation
import TrackerModel
import TrackerTestSupport
import XCTest

/// The code catalog: well-formed codes with one meaning each, the same list as
/// docs/diagnostics.md, and no code that nothing reports.
final class DiagnosticCodeTests: XCTestCase {
    private static let root = Fixtures.repository

    func testCodesAreALetterOfTheirAreaAndThreeDigits() {
        for code in DiagnosticCode.allCases {
            XCTAssertNotNil(code.rawValue.wholeMatch(of: /[A-Z][1-9][0-9]{2}/), code.rawValue)
            XCTAssertEqual(code.rawValue.first, code.area.rawValue)
            XCTAssertEqual(DiagnosticCode(code.rawValue), code)
            XCTAssertEqual(code.description, code.rawValue)
        }
        XCTAssertNil(DiagnosticCode("Z999"))
        XCTAssertEqual(DiagnosticCode.measurementUnknownScope.number, 112)
    }

    func testEveryCodeHasItsOwnOneLineMeaning() {
        let summaries = DiagnosticCode.allCases.map(\.summary)
        XCTAssertEqual(Set(summaries).count, summaries.count, "two codes with one meaning are one code")
        for code in DiagnosticCode.allCases {
            XCTAssertFalse(code.summary.isEmpty, code.rawValue)
            XCTAssertFalse(code.summary.contains("\n") || code.summary.hasSuffix("."), code.rawValue)
        }
    }

    /// Issue 13: every code has a Chinese text too, in Chinese (Latin letters only inside
    /// backticks, in file-format names and units), one meaning each.
    func testEveryCodeHasAChineseMeaningToo() {
        let texts = DiagnosticCode.allCases.map(\.summaryZh)
        XCTAssertEqual(Set(texts).count, texts.count, "two codes with one Chinese meaning")
        let allowed: Set<String> = ["ASCII", "ZIP", "XML", "UTF-8", "GB18030", "Excel", "OpenDocument", "MiB", "NUL", "BOM",
                                    "CO", "YYYY-MM", "xlsx", "xls", "xlsb", "ods", "csv"]
        for code in DiagnosticCode.allCases {
            let zh = code.entry.zh
            XCTAssertFalse(zh.isEmpty || zh.contains("\n") || zh.hasSuffix("。"), code.rawValue)
            XCTAssertTrue(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(code): \(zh)")
            let outsideQuotes = zh.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
            for word in outsideQuotes.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) })
                where word.contains(where: \.isLetter) {
                XCTAssertTrue(allowed.contains(String(word)), "\(code): an English word `\(word)` in “\(zh)”")
            }
        }
    }

    func testTheCodeIsNotPartOfTheText() {
        let d = Diagnostic(.error, .unclosedQuote, at: SourceLocation(file: "a.csv", line: 2, column: 3),
                           "the quoted field that starts here is never closed", fix: "close it")
        XCTAssertEqual(d.description, "a.csv:2:3: error: the quoted field that starts here is never closed; close it")
        XCTAssertNotEqual(d, Diagnostic(.error, .unreadableLine, at: d.location, d.message, fix: d.fix))
    }

    /// docs/diagnostics.md has one table row per code, `| M112 | meaning | example | fix |`.
    func testTheDocumentationListsTheCatalogsCodes() throws {
        let page = try String(contentsOf: Self.root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        let rows = page.split(separator: "\n").compactMap { line -> (code: String, meaning: String)? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6, cells[1].wholeMatch(of: /[A-Z][0-9]{3}/) != nil else { return nil }
            return (cells[1], cells[2])
        }
        XCTAssertEqual(rows.map(\.code), DiagnosticCode.allCases.map(\.rawValue), "the same codes, in the catalog's order")
        XCTAssertEqual(Set(rows.map(\.code)).count, rows.count, "no code listed twice")
        for (row, code) in zip(rows, DiagnosticCode.allCases) where row.code == code.rawValue {
            XCTAssertEqual(row.meaning.replacingOccurrences(of: "\\|", with: "|"), code.summary, code.rawValue)
        }
    }

    /// Each code is given by some creation site in Sources (outside the catalog itself), unless
    /// docs/diagnostics.md marks it reserved.
    func testEveryCodeIsReportedSomewhere() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        var text = ""
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "swift" && !url.lastPathComponent.hasPrefix("DiagnosticCode") {
            text += try String(contentsOf: url, encoding: .utf8)
        }
        let page = try String(contentsOf: Self.root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        // The case names, as the declarations spell them (`case unclosedQuote = "E110"`).
        let declarations = try String(contentsOf: sources.appendingPathComponent("TrackerModel/Diagnostics/DiagnosticCode.swift"), encoding: .utf8)
        var names: [String: String] = [:]
        for match in declarations.matches(of: /case (\w+) = "([A-Z][0-9]{3})"/) { names[String(match.2)] = String(match.1) }
        XCTAssertEqual(names.count, DiagnosticCode.allCases.count)
        for code in DiagnosticCode.allCases where !page.contains("| \(code.rawValue) | (reserved)") {
            let name = try XCTUnwrap(names[code.rawValue])
            XCTAssertNotNil(text.firstMatch(of: try Regex("\\.\(name)\\b")),
                            "\(code.rawValue) (.\(name)) is reported nowhere in Sources")
        }
    }
}
