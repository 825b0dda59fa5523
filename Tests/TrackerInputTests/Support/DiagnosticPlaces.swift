import TrackerModel
import XCTest

/// What a diagnostics test checks first: the code and the place of each problem, in order.
/// The wording is checked by a few golden messages, not by every test.
struct DiagnosticPlace: Equatable, CustomStringConvertible {
    var code: DiagnosticCode
    var line: Int
    var column: Int

    init(_ code: DiagnosticCode, _ line: Int, _ column: Int) {
        self.code = code
        self.line = line
        self.column = column
    }

    init(_ diagnostic: Diagnostic) {
        self.init(diagnostic.code, diagnostic.location?.line ?? 0, diagnostic.location?.column ?? 0)
    }

    var description: String { "\(code) \(line):\(column)" }
}

/// Asserts the `(code, line, column)` of each diagnostic; 0:0 stands for a diagnostic without a place.
func XCTAssertPlaces(_ diagnostics: [Diagnostic], _ expected: [DiagnosticPlace],
                     file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(diagnostics.map(DiagnosticPlace.init), expected, file: file, line: line)
}
