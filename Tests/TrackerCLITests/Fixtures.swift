import Foundation

/// Paths of the repository's files, found from this source file so tests run from any directory.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }
    static var targets: String { path("Targets") }
    static var seeds: String { repository.deletingLastPathComponent().appendingPathComponent("shared/seeds").path }

    /// `text` with the repository's absolute paths shown relative to it, as the tests expect;
    /// paths in the temporary folder are left whole, even when $TMPDIR lies inside the repository.
    static func relative(_ text: String) -> String {
        let temporary = FileManager.default.temporaryDirectory.path + "/", hidden = "\u{0}TMPDIR\u{0}"
        return text.replacingOccurrences(of: temporary, with: hidden)
            .replacingOccurrences(of: path("") + "/", with: "")
            .replacingOccurrences(of: hidden, with: temporary)
    }

    static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}
