import Foundation
import XCTest
import TrackerTestSupport

/// The command line is a layer on the library: its files import TrackerKit and Foundation only,
/// so no plan, period or scope rule can grow back into it unseen.
final class CommandLineLayerTests: XCTestCase {
    func testTheCommandLineImportsOnlyTrackerKitAndFoundation() throws {
        let folder = Fixtures.path("Sources/TrackerCLI")
        let files = try XCTUnwrap(FileManager.default.enumerator(atPath: folder)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let imports = text.components(separatedBy: "\n").filter { $0.hasPrefix("import ") || $0.hasPrefix("@testable import ") }
            XCTAssertEqual(Set(imports).subtracting(["import Foundation", "import TrackerKit"]), [], file)
        }
        let package = try String(contentsOfFile: Fixtures.path("Package.swift"), encoding: .utf8)
        XCTAssertTrue(package.contains(#".target(name: "TrackerCLI", dependencies: ["TrackerKit"])"#))
    }
}
