import Foundation
import TrackerKit

/// `tracker targets list|check`: read target files and list or lint them.
enum TargetsCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker targets list  [FILES|DIRS …] [--plan ID] [--scope NAME] [--format \(TargetListFormat.helpList)]
           tracker targets check [FILES|DIRS …] [--strict] [--verbose]

    `list` prints every target of the target files (default: the Targets directory). `check`
    parses and lints them: unknown names, duplicates, unit mismatches, a street target looser
    than its district's, deferred targets whose higher-level target is not loaded. It prints
    every problem as FILE:LINE:COLUMN and exits 65 when there are errors (with --strict, also
    on warnings).

    OPTIONS:
      --plan ID        only this plan's targets (e.g. xicheng-2025)
      --scope NAME     only this scope and the scopes below it (e.g. 西城区, 德胜街道)
      --format F       table (default), csv or json (a stable interface: docs/targets.md)
      --wide           table: every column, whatever the terminal's width
      --strict         check: warnings count as problems
      --verbose        check: also print notes (overrides of 各街道 targets)
    \(HelpText.commonOptions(.en, width: 17))

    EXAMPLES:
      tracker targets list Targets/xicheng-2025.targets --scope 德胜街道
      tracker targets list Targets --format json > targets.json
      tracker targets check Targets
    """

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        // `targets --lang zh list …`: the common option may come before the subcommand (Tracker.run
        // has read it already); it goes after, among the subcommand's options.
        var arguments = arguments
        if let first = arguments.first, first == "--lang" || first.hasPrefix("--lang=") {
            let taken = first == "--lang" ? min(2, arguments.count) : 1
            arguments = arguments.count == taken ? [] : Array(arguments.dropFirst(taken) + arguments.prefix(taken))
        }
        guard let sub = arguments.first else {
            console.error(console.language.pick("错误：`tracker targets` 需要 `list` 或 `check`", "error: `tracker targets` needs `list` or `check`")
                          + "\n\n" + help.text(in: console.language))
            return ExitCode.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") || sub == "--help" {
            console.write(help.text(in: console.language) + "\n")
            return ExitCode.success
        }
        switch sub {
        case "list": return list(rest, console: &console)
        case "check": return check(rest, console: &console)
        default:
            let near = NameKey.closest(to: sub, among: ["list", "check"])
            console.error(Wording.errorPrefix(console.language) + console.language.pick("未知子命令 `targets \(sub)`", "unknown subcommand `targets \(sub)`")
                          + Wording.suggestion(near.map { "targets \($0)" }, in: console.language))
            return ExitCode.usage
        }
    }

    /// `tracker targets list`'s options.
    struct ListOptions {
        static let spec = ArgumentSpec(options: [.value("--plan"), .value("--scope"), .choice("--format", TargetListFormat.self), .flag("--wide")])
        var request: TargetListRequest
        var format: TargetListFormat
        /// Tables as wide as their content, whatever the terminal.
        var wide: Bool

        init(_ parsed: ParsedArguments) throws(UsageError) {
            wide = parsed.has("--wide")
            request = TargetListRequest(paths: parsed.positionals.isEmpty ? [Tracker.defaultTargets] : parsed.positionals,
                                        plan: parsed.value("--plan"), scope: parsed.value("--scope"))
            format = parsed.choice("--format", TargetListFormat.self) ?? .table
        }
    }

    /// `tracker targets check`'s options.
    struct CheckOptions {
        static let spec = ArgumentSpec(options: [.flag("--strict"), .flag("--verbose")])
        var paths: [String]
        var strict: Bool
        var verbose: Bool

        init(_ parsed: ParsedArguments) {
            paths = parsed.positionals.isEmpty ? [Tracker.defaultTargets] : parsed.positionals
            strict = parsed.has("--strict")
            verbose = parsed.has("--verbose")
        }
    }

    static func list(_ arguments: [String], console: inout Console) -> Int32 {
        let options: ListOptions
        switch ListOptions.spec.options(arguments, help: help, console: &console, ListOptions.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let listed: ListedTargets
        do throws(RunFailure) {
            listed = try options.request.run()
        } catch {
            return Failures.report(error, help: help, plansIn: .loadedFiles, console: &console) { _, _ in }
        }
        switch options.format {
        case .json: console.write(TargetListing.json(listed.targets, in: listed.set).text(pretty: true) + "\n")
        case .csv: console.write(TargetListing.csv(listed.targets, in: listed.set, language: console.language))
        case .table:
            let layout = console.tableLayout(wide: options.wide)
            console.write(TableLayout.$current.withValue(layout) { TargetListing.table(listed.targets, in: listed.set, language: console.language) })
        }
        return ExitCode.success
    }

    static func check(_ arguments: [String], console: inout Console) -> Int32 {
        let options: CheckOptions
        switch CheckOptions.spec.options(arguments, help: help, console: &console, CheckOptions.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let loaded = TargetCheck.run(paths: options.paths)
        let shown = loaded.diagnostics.filter { options.verbose || $0.severity != .note }
        for d in shown { console.diagnostic(d) }
        let errors = loaded.diagnostics.filter { $0.severity == .error }.count
        let warnings = loaded.diagnostics.filter { $0.severity == .warning }.count
        let perPlan = loaded.set.plans.map { "\($0.id) \($0.targets.count)" }.joined(separator: ", ")
        console.write(console.language == .zh
            ? "\(loaded.files.count) 个文件，\(loaded.set.plans.count) 个计划，\(loaded.set.allTargets.count) 个目标（\(perPlan.replacingOccurrences(of: ", ", with: "，"))）；\(errors) 个错误，\(warnings) 个警告\n"
            : "\(loaded.files.count) files, \(loaded.set.plans.count) plans, \(loaded.set.allTargets.count) targets (\(perPlan)); \(errors) errors, \(warnings) warnings\n")
        return errors > 0 || (options.strict && warnings > 0) ? ExitCode.dataError : ExitCode.success
    }
}
