import Foundation

/// Paths of the repository's files and of ../shared, found from this source file.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static var seeds: URL { root.deletingLastPathComponent().appendingPathComponent("shared/seeds") }
}
