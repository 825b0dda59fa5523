import Foundation
import XCTest

/// Fresh folders in `$TMPDIR` for files a test writes, each with a unique name.
///
/// ```swift
/// final class WritingTests: XCTestCase {
///     func testWrites() throws {
///         let folder = try temporaryFolder("writing")  // removed when the test ends
///         try "x".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
///     }
/// }
/// ```
public enum TemporaryFolder {
    /// Creates `$TMPDIR/<prefix>-<UUID>`; the caller removes it.
    public static func create(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func remove(_ url: URL) { try? FileManager.default.removeItem(at: url) }
}

extension XCTestCase {
    /// A fresh temporary folder, removed when the test ends.
    public func temporaryFolder(_ prefix: String = "tracker-test") throws -> URL {
        let url = try TemporaryFolder.create(prefix)
        addTeardownBlock { TemporaryFolder.remove(url) }
        return url
    }
}
