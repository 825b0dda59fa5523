import Foundation

/// What `tracker --version` reports: the tool's version, the commit it was built from, and
/// which target files are bundled (how many plans, and a digest of their text that changes
/// whenever a target file or catalog does).
///
/// ```swift
/// let info = BuildInfo.current(bundle: BundledFiles.locate())
/// info.version     // "0.16.0"
/// info.commit      // "b9bd278" (nil when neither an install record nor a checkout tells it)
/// ```
public struct BuildInfo: Hashable, Sendable {
    /// The tool's version. Raised by hand with each landing that changes what users see.
    public static let version = "0.16.0"

    public var version: String
    /// The short commit hash, from the install record (`share/tracker/BUILD`) or the checkout's `.git`.
    public var commit: String?
    public var bundle: BundledFiles
    /// The ids of the plans in the bundled target folder, sorted.
    public var plans: [String]
    /// FNV-1a (64 bit) over the names and bytes of the bundled `.targets` and `.catalog` files, in hex.
    public var targetsDigest: String

    public static func current(bundle: BundledFiles, fileManager: FileManager = .default) -> BuildInfo {
        let names = ((try? fileManager.contentsOfDirectory(atPath: bundle.targets)) ?? [])
            .filter { $0.hasSuffix(".targets") || $0.hasSuffix(".catalog") }.sorted()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        for name in names {
            mix(Array(name.utf8))
            mix(fileManager.contents(atPath: BundledFiles.join(bundle.targets, name)) ?? Data())
        }
        let plans = TargetLoader.load(paths: [bundle.targets]).set.plans.map(\.id).sorted()
        return BuildInfo(version: version, commit: commit(bundle: bundle, fileManager: fileManager),
                         bundle: bundle, plans: plans, targetsDigest: String(hash, radix: 16).leftPadded(to: 16))
    }

    /// The commit: `BUILD` in an installed bundle (`commit <hash>` line, written by Scripts/install),
    /// else the checkout's HEAD read from `.git` (a folder, or a worktree's `gitdir:` file).
    static func commit(bundle: BundledFiles, fileManager: FileManager) -> String? {
        let record = BundledFiles.join(bundle.root, "BUILD")
        if let text = try? String(contentsOfFile: record, encoding: .utf8) {
            for line in text.split(separator: "\n") where line.hasPrefix("commit ") {
                return String(line.dropFirst("commit ".count).prefix(7))
            }
        }
        guard bundle.origin == .checkout || bundle.origin == .currentFolder else { return nil }
        return GitHead.commit(checkout: bundle.root, fileManager: fileManager).map { String($0.prefix(7)) }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
