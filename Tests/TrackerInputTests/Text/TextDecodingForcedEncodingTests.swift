import Foundation
import TrackerInput
import TrackerModel
import XCTest

/// `--encoding gb18030` on a file that is valid UTF-8: said once, where the first character it
/// garbles is, instead of leaving only one garbled "unknown scope" a row.
final class TextDecodingForcedEncodingTests: XCTestCase {
    private typealias Support = MeasurementTestSupport

    private func read(_ text: String, encoding: TextEncoding?) -> [String] {
        MeasurementReader.read(Data(text.utf8), file: "u.csv", indicators: Support.targets.indicators,
                               scopes: Support.targets.scopes, encoding: encoding).diagnostics.map(\.description)
    }

    func testUTF8ReadAsGB18030IsWarnedAboutOnce() {
        let text = "period,scope,indicator,value\n2025-01,德胜街道,PM2.5,40\n2025-02,德胜街道,PM2.5,41\n"
        XCTAssertEqual(read(text, encoding: .gb18030), [
            "u.csv:2:9: error: unknown scope `寰疯儨琛楅亾`; name a district or street as the scope catalog does, e.g. `西城区` or `德胜街道`",
            "u.csv:2:9: warning: the file is valid UTF-8, but `--encoding` reads it as GB18030, which turns its Chinese text into other characters; leave out `--encoding` (the encoding is detected), or pass `--encoding utf-8`",
            "u.csv:3:9: error: unknown scope `寰疯儨琛楅亾`; name a district or street as the scope catalog does, e.g. `西城区` or `德胜街道`",
        ])
        XCTAssertEqual(read(text, encoding: nil), [])
        XCTAssertEqual(read(text, encoding: .utf8), [])
    }

    func testForcedEncodingProblemsShareOneCode() {
        let places = { (text: String) in
            MeasurementReader.read(Data(text.utf8), file: "u.csv", indicators: Support.targets.indicators,
                                   scopes: Support.targets.scopes, encoding: .gb18030).diagnostics
                .filter { $0.code.area == .text }.map(DiagnosticPlace.init)
        }
        XCTAssertEqual(places("period,scope,indicator,value\n2025-01,德胜街道,PM2.5,40\n"), [.init(.forcedEncodingMismatch, 2, 9)])
        XCTAssertEqual(places("period,scope,indicator,value\n2025-01,西城区,PM2.5,40\n"), [.init(.forcedEncodingMismatch, 2, 9)])
    }

    func testUTF8ThatIsNotGB18030IsNotCalledNeither() {
        // 西城区 is nine bytes in UTF-8: the last one and the comma after it are no GB18030 character.
        XCTAssertEqual(read("period,scope,indicator,value\n2025-01,西城区,PM2.5,40\n", encoding: .gb18030), [
            "u.csv:2:9: error: the file is valid UTF-8, not GB18030 as `--encoding` says; leave out `--encoding` (the encoding is detected), or pass `--encoding utf-8`",
        ])
    }

    func testNoWarningForGB18030OrForASCII() throws {
        let gb = try Data(contentsOf: URL(fileURLWithPath: Support.fixture("wide-gb18030.csv")))
        XCTAssertEqual(try TextDecoding.decode(gb, file: "g.csv", encoding: .gb18030).get().warnings, [])
        let ascii = Data("period,scope,indicator,value\n".utf8)
        XCTAssertEqual(try TextDecoding.decode(ascii, file: "a.csv", encoding: .gb18030).get().warnings, [], "ASCII reads the same either way")
        let bom = Data([0xEF, 0xBB, 0xBF] + Array("period,scope\n2025-01,德胜街道\n".utf8))
        XCTAssertEqual(try TextDecoding.decode(bom, file: "b.csv", encoding: .gb18030).get().warnings.map(\.description), [
            "b.csv:2:9: warning: the file is valid UTF-8, but `--encoding` reads it as GB18030, which turns its Chinese text into other characters; leave out `--encoding` (the encoding is detected), or pass `--encoding utf-8`",
        ], "the byte-order mark is not the first character garbled")
    }
}
