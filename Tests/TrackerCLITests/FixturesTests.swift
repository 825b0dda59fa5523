import Foundation
import TrackerTestSupport
import XCTest

/// The tests' path rewriting (`Fixtures.relative`) wherever the checkout and `$TMPDIR` lie: a
/// clone under the temporary folder, the temporary folder inside the checkout, neither, and
/// paths with spaces and CJK characters.
final class FixturesTests: XCTestCase {
    func testTheRepositoryInsideTheTemporaryFolder() {
        let paths = RelativePaths(repository: "/tmp/x", temporary: "/tmp/")
        XCTAssertEqual(paths.rewrite("/tmp/x/Targets/a.targets:3:1: error"), "Targets/a.targets:3:1: error")
        XCTAssertEqual(paths.rewrite("wrote /tmp/card-1/out.csv"), "wrote /tmp/card-1/out.csv", "a temporary file stays whole")
        XCTAssertEqual(paths.rewrite("/tmp/xy/a.csv"), "/tmp/xy/a.csv", "a sibling folder sharing a prefix")
    }

    func testTheTemporaryFolderInsideTheRepository() {
        let paths = RelativePaths(repository: "/work/repo", temporary: "/work/repo/.tmp")
        XCTAssertEqual(paths.rewrite("/work/repo/Samples/a.csv and /work/repo/.tmp/card/out.csv"),
                       "Samples/a.csv and /work/repo/.tmp/card/out.csv")
    }

    func testSeparateFolders() {
        let paths = RelativePaths(repository: "/work/repo/", temporary: "/var/tmp")
        XCTAssertEqual(paths.rewrite("/work/repo/Targets and /var/tmp/x"), "Targets and /var/tmp/x")
    }

    func testSpacesAndCJKInThePath() {
        let paths = RelativePaths(repository: "/tmp/路径 with space/x", temporary: "/tmp")
        XCTAssertEqual(paths.rewrite("`/tmp/路径 with space/x/Samples/西城.csv`"), "`Samples/西城.csv`")
    }

    func testThisCheckout() {
        XCTAssertEqual(Fixtures.relative(Fixtures.path("Targets/xicheng-2025.targets") + ":1:1"), "Targets/xicheng-2025.targets:1:1")
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("t.csv").path
        XCTAssertEqual(Fixtures.relative(temporary), temporary)
        XCTAssertTrue(FileManager.default.fileExists(atPath: Fixtures.path("Package.swift")))
    }

    func testTheSeededGeneratorRepeatsItsNumbers() {
        var a = SeededGenerator(seed: 7), b = SeededGenerator(seed: 7), c = SeededGenerator(seed: 8)
        let first = (0..<5).map { _ in a.next() }
        XCTAssertEqual(first, (0..<5).map { _ in b.next() })
        XCTAssertNotEqual(first, (0..<5).map { _ in c.next() })
        // SplitMix64's published first output for seed 0 (Vigna's reference implementation).
        var zero = SeededGenerator(seed: 0)
        XCTAssertEqual(zero.next(), 0xE220_A839_7B1D_CDAF)
    }
}
