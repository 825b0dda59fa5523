import Foundation
import TrackerKit

/// The `tracker` command line: dispatches to a command and returns its exit code.
///
/// ```swift
/// var console = Console.capturing()
/// Tracker.run(["targets", "list", "Targets", "--plan", "xicheng-2025"], console: &console)   // 0
/// ```
public enum Tracker {
    /// The target folder when `--targets` is not given: `TRACKER_TARGETS`, else the bundled one.
    static var defaultTargets: String { BundledFiles.locate().targets }

    /// One command: the word that calls it, what `tracker --help` says of it, and how it runs.
    /// `targets` has two lines in the help (`targets list`, `targets check`): the first word calls it.
    ///
    /// ```swift
    /// Tracker.commands.map(\.word)   // evaluate, report, diff, targets, targets, indicators, aggregate
    /// ```
    struct Command: Sendable {
        var name: String
        var summary: String
        var run: @Sendable (_ arguments: [String], _ console: inout Console) -> Int32
        var word: String { String(name.split(separator: " ")[0]) }
    }

    /// The commands, in the order the help lists them; they feed the help and the suggestions
    /// for a mistyped command.
    static let commands: [Command] = [
        Command(name: "evaluate", summary: "measurements against a plan's targets: the scorecard", run: EvaluateCommand.run),
        Command(name: "report", summary: "the scorecard as one self-contained HTML file with charts, to forward", run: ReportCommand.run),
        Command(name: "diff", summary: "what changed between two plans, and which verdicts flip", run: DiffCommand.run),
        Command(name: "targets list", summary: "list the targets of target files", run: TargetsCommand.run),
        Command(name: "targets check", summary: "parse and lint target files", run: TargetsCommand.run),
        Command(name: "indicators", summary: "the indicator catalog", run: IndicatorsCommand.run),
        Command(name: "aggregate", summary: "hourly station files → monthly measurements per street and district", run: AggregateCommand.run),
    ]

    static let help = """
    tracker — keeps score of environmental policy targets (Beijing and its districts).

    USAGE: tracker <command> [options]

    With no command: the Xicheng 2025 scorecard of the bundled sample data.

    COMMANDS:
    \(commands.map { "  " + $0.name.padding(toLength: 17, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n"))

    Run `tracker <command> --help` for a command's options and examples; `tracker --version` for the
    version and the bundled target files (`--targets FOLDER` or TRACKER_TARGETS use others).
    Exit codes: 0 done; 1 a --fail-on condition was met; 2 usage error; 65 problems in an input file.
    """

    public static func main() -> Never {
        var console = Console.standard()
        exit(run(Array(CommandLine.arguments.dropFirst()), console: &console))
    }

    @discardableResult
    public static func run(_ arguments: [String], console: inout Console) -> Int32 {
        guard let command = arguments.first else {
            // The bundled default: the Xicheng 2025 plan against its sample measurements, found
            // beside the executable wherever `tracker` is started from.
            let bundle = BundledFiles.locate()
            return EvaluateCommand.run(["--targets", bundle.targets, "--plan", BundledFiles.defaultPlan,
                                        "--data", bundle.defaultSample], console: &console)
        }
        let rest = Array(arguments.dropFirst())
        if let entry = commands.first(where: { $0.word == command }) { return entry.run(rest, &console) }
        switch command {
        case "--version", "version":
            console.write(VersionText.render(BuildInfo.current(bundle: BundledFiles.locate())))
            return ExitCode.success
        case "help", "--help", "-h":
            console.write(help + "\n")
            return ExitCode.success
        default:
            var words: [String] = []
            for entry in commands where !words.contains(entry.word) { words.append(entry.word) }
            let near = NameKey.closest(to: command, among: words + ["help"])
            console.error("error: unknown command `\(command)`" + Wording.suggestion(near) + "\n\n" + help)
            return ExitCode.usage
        }
    }

    /// A usage mistake: what is wrong, the command's USAGE lines (not its whole help, which
    /// would push the error off the screen) and where the rest is. Exit code 2.
    static func usage(_ error: UsageError, help: String?, console: inout Console) -> Int32 {
        console.error("error: \(error.message)" + (help.map { "\n\n" + usageLines(of: $0) } ?? ""))
        return ExitCode.usage
    }

    /// The help's first paragraph (its USAGE lines), then how to see all of it:
    /// `USAGE: tracker diff OLD NEW …` → `… See \`tracker diff --help\` for the options and examples.`
    static func usageLines(of help: String) -> String {
        let lines = help.components(separatedBy: "\n")
        let usage = lines.prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let words = usage.first?.split(separator: " ") ?? []
        let command = words.count >= 3 && words[0] == "USAGE:" && words[1] == "tracker" ? "tracker \(words[2]) --help" : "tracker --help"
        return usage.joined(separator: "\n") + "\nSee `\(command)` for the options and examples."
    }
}
