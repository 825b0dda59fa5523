import Foundation
import XCTest

/// Every command and output format on the bundled samples, run as a user runs them (the built
/// `tracker` executable in its own process, from the repository root, relative paths), compared
/// byte for byte with `Tests/Fixtures/cli-golden`. Refactoring must leave these unchanged; a change
/// on purpose is rerecorded with `Tests/Fixtures/cli-golden/record` and reviewed in `git diff`.
final class CLIGoldenTests: XCTestCase {
    static let golden = Fixtures.path("Tests/Fixtures/cli-golden")

    /// The `tracker` executable built beside this test bundle.
    static var executable: URL? {
        let candidates = [Bundle.main.bundleURL] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates.map { $0.appendingPathComponent("tracker") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Command {
        var name: String
        var arguments: [String]
    }

    static func commands() throws -> [Command] {
        let text = try String(contentsOfFile: golden + "/commands.txt", encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1)
            let arguments = parts.count > 1 ? parts[1].split(separator: " ").map(String.init) : []
            return Command(name: String(parts[0]), arguments: arguments)
        }
    }

    func testEveryCommandPrintsItsGoldenOutput() throws {
        guard let executable = Self.executable else {
            throw XCTSkip("the tracker executable is not built beside the tests; run `swift build` first")
        }
        let shared = FileManager.default.fileExists(atPath: Fixtures.path("../shared/data/beijing-multisite"))
        var checked = 0
        for command in try Self.commands() {
            if command.arguments.contains(where: { $0.hasPrefix("../shared") }) && !shared { continue }
            let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("cli-golden-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: temporary) }
            let arguments = command.arguments.map { $0.replacingOccurrences(of: "{TMP}", with: temporary.path) }
            let (output, error, status) = try Self.run(executable, arguments)
            let actual = output + "\n--- stderr\n" + error.replacingOccurrences(of: temporary.path, with: "{TMP}")
                + "\n--- exit \(status)\n"
            let expected = try String(contentsOfFile: Self.golden + "/\(command.name).out", encoding: .utf8)
            XCTAssertEqual(actual, expected, "`tracker \(command.arguments.joined(separator: " "))` differs from \(command.name).out")
            for file in try FileManager.default.contentsOfDirectory(atPath: temporary.path) {
                let written = try Data(contentsOf: temporary.appendingPathComponent(file))
                let stored = try Data(contentsOf: URL(fileURLWithPath: Self.golden + "/\(command.name).\(file)"))
                XCTAssertEqual(written, stored, "\(command.name): the written \(file) differs from \(command.name).\(file)")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 40)
    }

    static func run(_ executable: URL, _ arguments: [String]) throws -> (String, String, Int32) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.repository
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment["TZ"] = "UTC"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        // Both streams go to files, so a large output can never fill a pipe and stall the process.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), process.terminationStatus)
    }
}
