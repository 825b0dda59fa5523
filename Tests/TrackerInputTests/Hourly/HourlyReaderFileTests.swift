import Foundation
import TrackerInput
import TrackerTestSupport
import XCTest

/// Reads the real UCI files from disk (../shared/data/beijing-multisite next to the repository).
final class HourlyReaderFileTests: XCTestCase {
    private var dataFolder: URL { Fixtures.beijingMultisite }

    func testReadsARealFileInChunks() throws {
        let url = dataFolder.appendingPathComponent("PRSA_Data_Guanyuan_20130301-20170228.csv")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("shared data not present: \(url.path)") }
        var days = StationDayAccumulator()
        let summary = HourlyReader(chunkSize: 64 * 1024).read(fileAt: url, name: "Guanyuan.csv", into: &days)
        XCTAssertEqual(summary.layout, .uciBeijingMultiSite)
        XCTAssertEqual(summary.rowsRead, 35_064)
        XCTAssertEqual(summary.rowsStored, 35_064)
        XCTAssertTrue(summary.problems.isEmpty, summary.problems.prefix(3).description)
        // NA counts per pollutant column (awk over the file): 616 + 429 + 474 + 659 + 1753 + 1173.
        XCTAssertEqual(summary.missingValues, 5104)
        XCTAssertEqual(days.stations, ["Guanyuan"])
        XCTAssertEqual(days.dayCount, 1461, "2013-03-01 … 2017-02-28")
    }

    func testMissingFileIsReported() {
        var days = StationDayAccumulator()
        let summary = HourlyReader().read(fileAt: URL(fileURLWithPath: "/nonexistent/x.csv"), into: &days)
        XCTAssertEqual(summary.problems.map(\.kind), [.unreadableFile])
        XCTAssertTrue(summary.stoppedReading)
    }
}
