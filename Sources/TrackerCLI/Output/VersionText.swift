import TrackerKit

/// `tracker --version`: the version, the commit, and which target files are bundled, in the
/// command's language.
///
/// ```swift
/// VersionText.render(BuildInfo.current(bundle: BundledFiles.locate()), in: .en)
/// // tracker 0.16.0 (commit b9bd278)
/// // targets: Targets (checkout) · 5 plans: beijing-2025 … · digest 0f3c…
/// ```
enum VersionText {
    static func render(_ info: BuildInfo, in language: Language = .en) -> String {
        let origin: String
        switch info.bundle.origin {
        case .environment: origin = language.pick("TRACKER_TARGETS 指定", "from TRACKER_TARGETS")
        case .installed: origin = language.pick("已安装", "installed")
        case .checkout: origin = language.pick("源码目录", "checkout")
        case .currentFolder: origin = language.pick("当前目录", "current folder")
        }
        switch language {
        case .en:
            return """
            tracker \(info.version)\(info.commit.map { " (commit \($0))" } ?? "")
            targets: \(info.bundle.targets) (\(origin)) · \(info.plans.count) plans: \(info.plans.joined(separator: ", ")) · digest \(info.targetsDigest)

            """
        case .zh:
            return """
            tracker \(info.version)\(info.commit.map { "（提交 \($0)）" } ?? "")
            目标文件：\(info.bundle.targets)（\(origin)）· \(info.plans.count) 个计划：\(info.plans.joined(separator: "、")) · 摘要 \(info.targetsDigest)

            """
        }
    }
}
