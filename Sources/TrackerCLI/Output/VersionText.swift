import TrackerKit

/// `tracker --version`: the version, the commit, and which target files are bundled.
///
/// ```swift
/// VersionText.render(BuildInfo.current(bundle: BundledFiles.locate()))
/// // tracker 0.15.0 (commit b9bd278)
/// // targets: Targets (checkout) · 5 plans: beijing-2025 … · digest 0f3c…
/// ```
enum VersionText {
    static func render(_ info: BuildInfo) -> String {
        let origin: String
        switch info.bundle.origin {
        case .environment: origin = "from TRACKER_TARGETS"
        case .installed: origin = "installed"
        case .checkout: origin = "checkout"
        case .currentFolder: origin = "current folder"
        }
        return """
        tracker \(info.version)\(info.commit.map { " (commit \($0))" } ?? "")
        targets: \(info.bundle.targets) (\(origin)) · \(info.plans.count) plans: \(info.plans.joined(separator: ", ")) · digest \(info.targetsDigest)

        """
    }
}
