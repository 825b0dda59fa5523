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
        var summaryZh: String
        var run: @Sendable (_ arguments: [String], _ console: inout Console) -> Int32
        var word: String { String(name.split(separator: " ")[0]) }
    }

    /// The commands, in the order the help lists them; they feed the help and the suggestions
    /// for a mistyped command.
    static let commands: [Command] = [
        Command(name: "evaluate", summary: "measurements against a plan's targets: the scorecard",
                summaryZh: "用监测数据对照计划目标：评估结果", run: EvaluateCommand.run),
        Command(name: "report", summary: "the scorecard as one self-contained HTML file with charts, to forward",
                summaryZh: "评估结果写成一个带图表的独立 HTML 文件，便于转发", run: ReportCommand.run),
        Command(name: "diff", summary: "what changed between two plans, and which verdicts flip",
                summaryZh: "两个计划之间的变化，以及哪些判定翻转", run: DiffCommand.run),
        Command(name: "targets list", summary: "list the targets of target files", summaryZh: "列出目标文件中的目标", run: TargetsCommand.run),
        Command(name: "targets check", summary: "parse and lint target files", summaryZh: "解析并检查目标文件", run: TargetsCommand.run),
        Command(name: "indicators", summary: "the indicator catalog", summaryZh: "指标目录", run: IndicatorsCommand.run),
        Command(name: "rank", summary: "districts or streets ranked on an indicator, with 同比, as the city publishes",
                summaryZh: "按市里公布的方式对各区或街道就一项指标排名，含同比", run: RankCommand.run),
        Command(name: "history", summary: "the recorded months of a ledger: each target's value and verdict, month by month",
                summaryZh: "台账中已记录的各月：每个目标逐月的实测值和判定", run: HistoryCommand.run),
        Command(name: "changes", summary: "what changed between recorded months: new misses, recoveries, revised data",
                summaryZh: "已记录月份之间的变化：新增未达标、恢复、修订的数据", run: ChangesCommand.run),
        Command(name: "aggregate", summary: "hourly station files → monthly measurements per street and district",
                summaryZh: "小时站点数据 → 各街道和区的月度监测数据", run: AggregateCommand.run),
    ]

    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    tracker — keeps score of environmental policy targets (Beijing and its districts).

    USAGE: tracker <command> [options]

    With no command: the Xicheng 2025 scorecard of the bundled sample data.

    COMMANDS:
    \(commands.map { "  " + $0.name.padding(toLength: 17, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n"))

    Run `tracker <command> --help` for a command's options and examples; `tracker --version` for the
    version and the bundled target files (`--targets FOLDER` or TRACKER_TARGETS use others).

    EVERY COMMAND TAKES:
    \(HelpText.commonOptions(.en))
    Exit codes: 0 done; 1 a --fail-on condition was met; 2 usage error; 65 problems in an input file.
    """

    public static func main() -> Never {
        var console = Console.standard()
        exit(run(Array(CommandLine.arguments.dropFirst()), console: &console))
    }

    @discardableResult
    public static func run(_ arguments: [String], console: inout Console) -> Int32 {
        console.language = LanguageChoice.resolve(option: languageOption(arguments), environment: console.environment)
        var arguments = arguments
        // `tracker --lang zh [command …]`: the language may also come before the command.
        if let first = arguments.first, first == "--lang" || first.hasPrefix("--lang=") {
            let value = first == "--lang" ? (arguments.count > 1 ? arguments[1] : nil) : String(first.dropFirst("--lang=".count))
            guard let value, LanguageOption(choosing: value) != nil else {
                return usage(ArgumentSpec.badChoice("--lang", value ?? "", allowed: LanguageOption.allowed),
                             help: nil, console: &console)
            }
            arguments.removeFirst(first == "--lang" ? 2 : 1)
        }
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
            console.write(VersionText.render(BuildInfo.current(bundle: BundledFiles.locate()), in: console.language))
            return ExitCode.success
        case "help", "--help", "-h":
            console.write(help.text(in: console.language) + "\n")
            return ExitCode.success
        default:
            var words: [String] = []
            for entry in commands where !words.contains(entry.word) { words.append(entry.word) }
            let near = NameKey.closest(to: command, among: words + ["help"])
            let language = console.language
            console.error(Wording.errorPrefix(language) + language.pick("未知命令 `\(command)`", "unknown command `\(command)`")
                          + Wording.suggestion(near, in: language) + "\n\n" + help.text(in: language))
            return ExitCode.usage
        }
    }

    /// The value of `--lang` (`--lang zh`, `--lang=zh`) wherever it stands before `--`, when it
    /// is a language: it decides the language of everything the command prints, the usage errors
    /// included. A value that is not one is refused by the command's parser.
    static func languageOption(_ arguments: [String]) -> String? {
        var chosen: String?
        for (i, word) in arguments.enumerated() {
            if word == "--" { break }
            var value: String?
            if word == "--lang", i + 1 < arguments.count { value = arguments[i + 1] }
            if word.hasPrefix("--lang=") { value = String(word.dropFirst("--lang=".count)) }
            if let value, LanguageOption(choosing: value) != nil { chosen = value }
        }
        return chosen
    }

    /// A usage mistake: what is wrong, the command's USAGE lines (not its whole help, which
    /// would push the error off the screen) and where the rest is. Exit code 2.
    static func usage(_ error: UsageError, help: HelpText?, console: inout Console) -> Int32 {
        console.error(Wording.errorPrefix(console.language) + error.text(in: console.language)
                      + (help.map { "\n\n" + usageLines(of: $0.text(in: console.language), in: console.language) } ?? ""))
        return ExitCode.usage
    }

    /// The help's first paragraph (its USAGE lines), then how to see all of it:
    /// `USAGE: tracker diff OLD NEW …` → `… See \`tracker diff --help\` for the options and examples.`
    static func usageLines(of help: String, in language: Language = .en) -> String {
        let lines = help.components(separatedBy: "\n")
        let usage = lines.prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var first = usage.first ?? ""
        for prefix in ["USAGE: ", "用法："] where first.hasPrefix(prefix) { first = String(first.dropFirst(prefix.count)) }
        let words = first.split(separator: " ")
        let command = words.count >= 2 && words[0] == "tracker" ? "tracker \(words[1]) --help" : "tracker --help"
        return usage.joined(separator: "\n")
            + language.pick("\n选项和示例见 `\(command)`。", "\nSee `\(command)` for the options and examples.")
    }
}
