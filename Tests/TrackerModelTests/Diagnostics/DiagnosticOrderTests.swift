import TrackerModel
import XCTest

/// The order problems are printed in: the files as they were read, whatever their paths.
final class DiagnosticOrderTests: XCTestCase {
    func at(_ file: String, _ line: Int, _ column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    func testFilesKeepTheOrderTheyWereReadInAndLinesAreSortedWithinEach() {
        // The second file read has a path that sorts first: it still comes second.
        let problems = [
            Diagnostic(.warning, .lineTooLong, at: at("/zz/hourly.csv", 26), "long line"),
            Diagnostic(.error, .hourlyValueMalformed, at: at("/zz/hourly.csv", 3, 4), "bad value"),
            Diagnostic(.warning, .stationWithoutHourlyRows, at: at("/aa/stations.csv", 3), "no rows"),
            Diagnostic(.error, .noHourlyFiles, at: nil, "no file given"),
            Diagnostic(.warning, .hourlyValueNegative, at: at("/zz/hourly.csv", 3, 4), "a warning at the same place"),
        ]
        XCTAssertEqual(problems.sortedForDisplay().map(\.description), [
            "error: no file given",
            "/zz/hourly.csv:3:4: error: bad value",
            "/zz/hourly.csv:3:4: warning: a warning at the same place",
            "/zz/hourly.csv:26:1: warning: long line",
            "/aa/stations.csv:3:1: warning: no rows",
        ])
    }
}
