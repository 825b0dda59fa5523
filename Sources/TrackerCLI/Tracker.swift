import Foundation
import TrackerModel

/// The `tracker` command line: dispatches to a command and returns its exit code.
///
/// ```swift
/// var console = Console.capturing()
/// Tracker.run(["targets", "list", "Targets", "--plan", "xicheng-2025"], console: &console)   // 0
/// ```
public enum Tracker {
    static let defaultTargets = "Targets"

    static let help = """
    tracker — keeps score of environmental policy targets (Beijing and its districts).

    USAGE: tracker <command> [options]

    With no command: the Xicheng 2025 scorecard of the bundled sample data.

    COMMANDS:
      evaluate         measurements against a plan's targets: the scorecard
      report           the scorecard as one self-contained HTML file with charts, to forward
      diff             what changed between two plans, and which verdicts flip
      targets list     list the targets of target files
      targets check    parse and lint target files
      indicators       the indicator catalog
      aggregate        hourly station files → monthly measurements per street and district

    Run `tracker <command> --help` for a command's options and examples.
    Exit codes: 0 done; 1 a --fail-on condition was met; 2 usage error; 65 problems in an input file.
    """

    public static func main() -> Never {
        var console = Console.standard()
        exit(run(Array(CommandLine.arguments.dropFirst()), console: &console))
    }

    @discardableResult
    public static func run(_ arguments: [String], console: inout Console) -> Int32 {
        guard let command = arguments.first else {
            // The bundled default: the Xicheng 2025 plan against its sample measurements.
            return EvaluateCommand.run(["--targets", defaultTargets, "--plan", "xicheng-2025",
                                        "--data", "Samples/xicheng-2025-synthetic.csv"], console: &console)
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "evaluate": return EvaluateCommand.run(rest, console: &console)
        case "report": return ReportCommand.run(rest, console: &console)
        case "diff": return DiffCommand.run(rest, console: &console)
        case "targets": return TargetsCommand.run(rest, console: &console)
        case "indicators": return IndicatorsCommand.run(rest, console: &console)
        case "aggregate": return AggregateCommand.run(rest, console: &console)
        case "help", "--help", "-h":
            console.write(help + "\n")
            return ExitCode.success
        default:
            let near = NameKey.closest(to: command, among: ["evaluate", "report", "diff", "targets", "indicators", "help"])
            console.error("error: unknown command `\(command)`" + (near.map { "; did you mean `\($0)`?" } ?? "") + "\n\n" + help)
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
