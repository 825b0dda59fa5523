import Foundation
import TrackerInput
import TrackerModel
import XCTest
import TrackerTestSupport

/// The bundled measurement samples read without errors against the real catalogs (station lists
/// in Samples/ are another kind of file).
final class MeasurementSamplesTests: XCTestCase {
    func testSampleFilesReadCleanly() throws {
        let folder = Fixtures.path("Samples")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".csv") && !$0.contains("stations") }.sorted()
        guard !names.isEmpty else { throw XCTSkip("no Samples/*.csv yet") }
        let targets = MeasurementTestSupport.targets
        for name in names {
            let (set, diagnostics) = MeasurementReader.read(files: [folder + "/" + name], indicators: targets.indicators,
                                                            scopes: targets.scopes)
            XCTAssertEqual(diagnostics.errors.map(\.description), [], name)
            XCTAssertGreaterThan(set.measurements.count, 0, name)
            XCTAssertEqual(set.rowsUsed, set.rowsRead, name)
            XCTAssertEqual(set.sources.count, 1, name)
        }
    }
}
