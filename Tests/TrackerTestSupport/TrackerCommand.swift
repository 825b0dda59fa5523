import Foundation
import TrackerCLI

/// Runs the `tracker` command line: in this process (fast, the usual way), or as the built
/// executable in a process of its own (what a user runs: environment, exit status, files).
///
/// ```swift
/// let inProcess = TrackerCommand.run(["indicators", Fixtures.targets])
/// let separate = try TrackerCommand.runExecutable(["indicators", "Targets"], environment: ["TZ": "UTC"])
/// // inProcess.out == separate.out
/// ```
public enum TrackerCommand {
    /// `tracker ARGUMENTS` in this process, its output captured; `environment` is what the
    /// command sees (for instance `NO_COLOR`).
    public static func run(_ arguments: [String], environment: [String: String] = [:], isTerminal: Bool = false) -> CommandOutcome {
        var console = Console.capturing(environment: environment)
        console.isTerminal = isTerminal
        let code = Tracker.run(arguments, console: &console)
        return CommandOutcome(code: code, out: console.output, err: console.errors)
    }

    /// The `tracker` executable built beside the test bundle (`swift build` puts both in one
    /// folder; the bundle may lie a few folders down), else `.build/debug/tracker`; nil when not built.
    public static var executable: URL? {
        var starts = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments.first ?? "")]
        starts += Bundle.allBundles.map(\.bundleURL)
        for start in starts {
            var folder = start
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent("tracker")
                if isExecutableFile(candidate) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }
        let fallback = Fixtures.repository.appendingPathComponent(".build/debug/tracker")
        return isExecutableFile(fallback) ? fallback : nil
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }

    /// The environment of a separate run unless told otherwise: English (whatever the machine's locale),
    /// a fixed locale and time zone, no colour.
    public static let standardEnvironment = ["TRACKER_LANG": "en", "LC_ALL": "C.UTF-8", "TZ": "UTC", "NO_COLOR": "1"]

    /// Runs the built executable in its own process from `directory` (the repository root by
    /// default), this process's environment overlaid with `standardEnvironment`, then `environment`.
    public static func runExecutable(_ arguments: [String], environment: [String: String] = [:],
                                     in directory: URL = Fixtures.repository) throws -> CommandOutcome {
        guard let executable else { throw MissingExecutable() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment
            .merging(standardEnvironment) { $1 }.merging(environment) { $1 }
        // Both streams go to files, so a large output can never fill a pipe and stall the process.
        let folder = try TemporaryFolder.create("cli-run")
        defer { TemporaryFolder.remove(folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return CommandOutcome(code: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                              err: String(decoding: errData, as: UTF8.self))
    }

    /// The executable is not built beside the tests.
    public struct MissingExecutable: Error, CustomStringConvertible {
        public init() {}
        public var description: String { "the tracker executable is not built beside the tests; run `swift build` first" }
    }
}
