import Foundation
import XCTest
import TrackerTestSupport

/// Every command and output format on the bundled samples, run as a user runs them (the built
/// `tracker` executable in its own process, from the repository root, relative paths), compared
/// byte for byte with `Tests/Fixtures/cli-golden`. Refactoring must leave these unchanged; a change
/// on purpose is rerecorded with `Tests/Fixtures/cli-golden/record` and reviewed in `git diff`.
final class CLIGoldenTests: XCTestCase {
    static let golden = Fixtures.path("Tests/Fixtures/cli-golden")

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
        guard TrackerCommand.executable != nil else { throw XCTSkip(TrackerCommand.MissingExecutable().description) }
        let shared = FileManager.default.fileExists(atPath: Fixtures.beijingMultisite.path)
        var checked = 0
        for command in try Self.commands() {
            if command.arguments.contains(where: { $0.hasPrefix("../shared") }) && !shared { continue }
            let temporary = try TemporaryFolder.create("cli-golden")
            defer { TemporaryFolder.remove(temporary) }
            let arguments = command.arguments.map { $0.replacingOccurrences(of: "{TMP}", with: temporary.path) }
            // The environment ./record uses: TRACKER_LANG=en, C.UTF-8, UTC, no colour.
            let outcome = try TrackerCommand.runExecutable(arguments)
            let actual = outcome.out + "\n--- stderr\n" + outcome.err.replacingOccurrences(of: temporary.path, with: "{TMP}")
                + "\n--- exit \(outcome.code)\n"
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
}
