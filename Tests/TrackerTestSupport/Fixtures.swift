import Foundation

/// The repository's files and `../shared` beside it, found from this source file's place, so
/// tests run from any checkout path and any working directory.
///
/// ```swift
/// let sample = Fixtures.path("Samples/xicheng-2025-synthetic.csv")
/// let text = try Fixtures.read("Tests/Fixtures/targets/broken.expected")
/// let shown = Fixtures.relative("\(Fixtures.path("Targets"))/xicheng-2025.targets:3:1: error: …")
/// // shown == "Targets/xicheng-2025.targets:3:1: error: …"
/// ```
public enum Fixtures {
    /// The repository's root folder (this file lies in `Tests/TrackerTestSupport/`).
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of `relative` in the repository.
    public static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    /// The bundled target files.
    public static var targets: String { path("Targets") }

    /// `../shared` beside the repository: plan documents and real data, not part of the checkout.
    public static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")

    /// The plan documents' seed files in `../shared/seeds`.
    public static var seeds: String { shared.appendingPathComponent("seeds").path }

    /// The real UCI hourly files in `../shared/data/beijing-multisite` (absent in a bare clone).
    public static var beijingMultisite: URL { shared.appendingPathComponent("data/beijing-multisite") }

    /// `text` with the repository's absolute paths shown relative to it, as the tests expect;
    /// paths in the temporary folder are left whole, wherever the two folders lie.
    public static func relative(_ text: String) -> String {
        RelativePaths(repository: repository.path, temporary: FileManager.default.temporaryDirectory.path).rewrite(text)
    }

    /// The UTF-8 text of a repository file.
    public static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}
