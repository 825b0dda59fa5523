import TrackerInput
import TrackerModel
import TrackerTestSupport
import XCTest

/// A target file with one problem of each kind per line: each is reported with its code and place.
final class TargetFileDiagnosticTests: XCTestCase {
    func testBrokenTargetFileCodesAndPlaces() {
        let loaded = TargetLoader.load(paths: [Fixtures.path("Tests/Fixtures/targets/broken.targets"),
                                               Fixtures.path("Targets/indicators.catalog"),
                                               Fixtures.path("Targets/scopes.catalog")])
        let broken = loaded.diagnostics.filter { $0.location?.file.hasSuffix("broken.targets") == true }
        XCTAssertPlaces(broken, [
            .init(.targetUnknownScope, 5, 12), .init(.targetUnknownKey, 7, 1), .init(.targetUnknownIndicator, 11, 16),
            .init(.headerUnitMismatch, 11, 27), .init(.targetOutsideRange, 12, 23),
            .init(.unreadableCell, 13, 11), .init(.missingSeedLine, 13, 21), .init(.targetUnknownScope, 14, 1),
            .init(.tableRowCellCount, 15, 1), .init(.targetUnknownIndicator, 19, 12), .init(.badSeedLine, 21, 12),
            .init(.targetMissingKey, 24, 1), .init(.targetUnknownSection, 30, 1),
        ])
        // One golden message: the wording is the interface people read.
        XCTAssertEqual(broken.last.map { String($0.description.split(separator: "/").last!) },
                       "broken.targets:30:1: error: unknown section `[targte]`; did you mean `target`?")
    }

    func testMissingPathAndIncludeLoop() {
        let missing = TargetLoader.load(paths: [Fixtures.path("Tests/Fixtures/targets/no-such.targets")])
        XCTAssertEqual(missing.diagnostics.first?.code, .targetPathMissing)
        let loop = TargetLoader.load(paths: [Fixtures.path("Tests/Fixtures/bad-input/targets/includes-itself.targets"),
                                             Fixtures.path("Targets/indicators.catalog"),
                                             Fixtures.path("Targets/scopes.catalog")])
        XCTAssertTrue(loop.diagnostics.contains { $0.code == .includeLoop && $0.location?.line == 8 && $0.location?.column == 12 },
                      loop.diagnostics.description)
    }

    func testCellProblemsCarryTheirCode() {
        XCTAssertEqual(Cell.parse("abc").failure?.code, .unreadableCell)
        XCTAssertEqual(Cell.parse("≥1或≥2").failure?.code, nil)
    }
}

private extension Result {
    var failure: Failure? { if case .failure(let f) = self { f } else { nil } }
}
