import Foundation

/// Paths of the repository's files, found from this source file so tests run from any directory.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }
    static var targets: String { path("Targets") }
    static var seeds: String { repository.deletingLastPathComponent().appendingPathComponent("shared/seeds").path }

    static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}
