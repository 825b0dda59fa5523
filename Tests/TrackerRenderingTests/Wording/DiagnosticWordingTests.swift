import TrackerModel
import TrackerRendering
import XCTest

/// A diagnostic in either language: English as `description` always was; Chinese with the
/// code's catalog text and the reader's detail, or the diagnostic's own Chinese where it has one.
final class DiagnosticWordingTests: XCTestCase {
    let place = SourceLocation(file: "a.csv", line: 3, column: 1)

    func testEnglishIsTheDescription() {
        let d = Diagnostic(.error, .measurementUnknownScope, at: place, "unknown scope `德盛街道`", fix: "did you mean `德胜街道`?")
        XCTAssertEqual(DiagnosticWording.line(d, in: .en), d.description)
    }

    func testChineseUsesTheCatalogAndKeepsTheDetail() {
        let d = Diagnostic(.warning, .measurementUnknownScope, at: place, "unknown scope `德盛街道`", fix: "did you mean `德胜街道`?")
        XCTAssertEqual(DiagnosticWording.line(d, in: .zh),
                       "a.csv:3:1: 警告 M112：范围不在范围目录中（unknown scope `德盛街道`; did you mean `德胜街道`?）")
    }

    func testChineseUsesTheDiagnosticsOwnChineseWhereItHasOne() {
        let d = Diagnostic(.note, .deferredWithoutHigherTarget, at: place, "says “达到市级要求”: no higher-level target found",
                           zh: .init("写明“达到市级要求”：找不到上级目标", fix: "载入上级计划"))
        XCTAssertEqual(DiagnosticWording.line(d, in: .zh), "a.csv:3:1: 提示 L105：写明“达到市级要求”：找不到上级目标；载入上级计划")
        XCTAssertEqual(d.description, "a.csv:3:1: note: says “达到市级要求”: no higher-level target found", "the English is unchanged")
    }
}
