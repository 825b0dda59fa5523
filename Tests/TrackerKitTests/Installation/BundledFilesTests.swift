import Foundation
import TrackerKit
import TrackerTestSupport
import XCTest

/// Where `tracker` finds its target files when `--targets` is not given: installed, in a
/// checkout, from TRACKER_TARGETS, or in the current folder (issue 15: `cd /tmp && tracker`).
final class BundledFilesTests: XCTestCase {
    private func makeFolders(_ paths: [String], files: [String] = [], in root: URL) throws {
        for path in paths { try FileManager.default.createDirectory(at: root.appendingPathComponent(path), withIntermediateDirectories: true) }
        for file in files { try Data("x".utf8).write(to: root.appendingPathComponent(file)) }
    }

    func testAnInstalledExecutableFindsShareTrackerBesideItsBinFolder() throws {
        let root = try temporaryFolder("bundle")
        try makeFolders(["prefix/bin", "prefix/share/tracker/Targets", "elsewhere"], in: root)
        let bundle = BundledFiles.locate(environment: [:], executable: root.path + "/prefix/bin/tracker",
                                         currentFolder: root.path + "/elsewhere")
        XCTAssertEqual(bundle.origin, .installed)
        XCTAssertEqual(bundle.targets, root.path + "/prefix/share/tracker/Targets")
        XCTAssertEqual(bundle.defaultSample, root.path + "/prefix/share/tracker/Samples/xicheng-2025-synthetic.csv")
    }

    func testABuildInACheckoutFindsTheCheckoutFromAnyFolder() throws {
        let root = try temporaryFolder("bundle")
        try makeFolders(["repo/.build/x86_64-unknown-linux-gnu/debug", "repo/Targets", "other"], files: ["repo/Package.swift"], in: root)
        let executable = root.path + "/repo/.build/x86_64-unknown-linux-gnu/debug/tracker"
        let fromElsewhere = BundledFiles.locate(environment: [:], executable: executable, currentFolder: root.path + "/other")
        XCTAssertEqual(fromElsewhere.origin, .checkout)
        XCTAssertEqual(fromElsewhere.targets, root.path + "/repo/Targets")
        // Inside the checkout the paths read as they always did: `Targets`, `Samples/…`.
        let inside = BundledFiles.locate(environment: [:], executable: executable, currentFolder: root.path + "/repo")
        XCTAssertEqual(inside.targets, "Targets")
        XCTAssertEqual(inside.defaultSample, "Samples/xicheng-2025-synthetic.csv")
    }

    func testTheEnvironmentVariableWinsOverTheBundle() throws {
        let root = try temporaryFolder("bundle")
        try makeFolders(["prefix/bin", "prefix/share/tracker/Targets", "mine/Targets"], in: root)
        let bundle = BundledFiles.locate(environment: ["TRACKER_TARGETS": "mine/Targets"], executable: root.path + "/prefix/bin/tracker",
                                         currentFolder: root.path)
        XCTAssertEqual(bundle.origin, .environment)
        XCTAssertEqual(bundle.targets, "mine/Targets")
        XCTAssertEqual(bundle.defaultSample, "mine/Samples/xicheng-2025-synthetic.csv")
    }

    func testWithNothingFoundTheCurrentFolderIsUsed() throws {
        let root = try temporaryFolder("bundle")
        try makeFolders(["bin"], in: root)
        let bundle = BundledFiles.locate(environment: [:], executable: root.path + "/bin/tracker", currentFolder: root.path)
        XCTAssertEqual(bundle, BundledFiles(root: ".", targets: "Targets", origin: .currentFolder))
    }

    func testVersionNamesTheCommitOfTheCheckoutAndTheBundledPlans() throws {
        let root = try temporaryFolder("bundle")
        try makeFolders(["repo/.git/refs/heads", "repo/.build/debug"], files: ["repo/Package.swift"], in: root)
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("Targets"), to: root.appendingPathComponent("repo/Targets"))
        try "ref: refs/heads/main\n".write(to: root.appendingPathComponent("repo/.git/HEAD"), atomically: true, encoding: .utf8)
        try "0123456789abcdef0123456789abcdef01234567\n".write(to: root.appendingPathComponent("repo/.git/refs/heads/main"), atomically: true, encoding: .utf8)
        // Paths relative to `currentFolder` are read from this process's folder: keep them whole.
        let bundle = BundledFiles.locate(environment: [:], executable: root.path + "/repo/.build/debug/tracker", currentFolder: "/nowhere")
        let info = BuildInfo.current(bundle: bundle)
        XCTAssertEqual(info.commit, "0123456")
        XCTAssertEqual(info.plans, ["beijing-2025", "beijing-2026", "xicheng-2018", "xicheng-2023", "xicheng-2025"])
        XCTAssertEqual(info.targetsDigest.count, 16)
        // The digest follows the target files' text: one changed byte changes it.
        let file = root.appendingPathComponent("repo/Targets/xicheng-2025.targets")
        try (String(contentsOf: file, encoding: .utf8) + "\n").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(BuildInfo.current(bundle: bundle).targetsDigest, info.targetsDigest)
    }

    func testAnInstallRecordNamesTheCommitAndAWorktreeFileIsFollowed() throws {
        let root = try temporaryFolder("bundle")
        try makeFolders(["prefix/bin", "prefix/share/tracker/Targets", "git/worktrees/wt", "git/refs/heads", "wt"], in: root)
        try "commit fedcba9876543210fedcba9876543210fedcba98\n".write(to: root.appendingPathComponent("prefix/share/tracker/BUILD"), atomically: true, encoding: .utf8)
        let installed = BundledFiles.locate(environment: [:], executable: root.path + "/prefix/bin/tracker", currentFolder: "/")
        XCTAssertEqual(BuildInfo.current(bundle: installed).commit, "fedcba9")
        // A worktree: `.git` is a file naming the git folder, whose `commondir` holds the branches.
        try "gitdir: \(root.path)/git/worktrees/wt\n".write(to: root.appendingPathComponent("wt/.git"), atomically: true, encoding: .utf8)
        try "ref: refs/heads/topic\n".write(to: root.appendingPathComponent("git/worktrees/wt/HEAD"), atomically: true, encoding: .utf8)
        try "../..\n".write(to: root.appendingPathComponent("git/worktrees/wt/commondir"), atomically: true, encoding: .utf8)
        try "# pack-refs\n1111111111111111111111111111111111111111 refs/heads/topic\n".write(
            to: root.appendingPathComponent("git/packed-refs"), atomically: true, encoding: .utf8)
        let checkout = BundledFiles(root: root.path + "/wt", targets: root.path + "/wt/Targets", origin: .checkout)
        XCTAssertEqual(BuildInfo.current(bundle: checkout).commit, "1111111")
    }
}
