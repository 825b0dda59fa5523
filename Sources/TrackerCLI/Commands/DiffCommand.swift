import Foundation
import TrackerKit

/// `tracker diff OLD NEW`: what changed between two plans' targets, and with `--data`, which
/// verdicts flip on the same measurements and why.
enum DiffCommand {
    static let help = HelpText(en: helpEn, zh: helpZh)

    static let helpEn = """
    USAGE: tracker diff OLD NEW [--old-plan ID] [--new-plan ID] [--data FILE …] [--old-data FILE …]
                       [--hourly FILE … --stations FILE [--old-standard S] [--new-standard S]]
                       [--as-of YYYY-MM] [--scope NAME] [--indicator I …] [--format \(DiffFormat.helpList)]
                       [--output FILE] [--all] [--wide]

    Compares the targets of two plans (files or directories of target files), scope by scope and
    indicator by indicator: added, removed, tightened, loosened, unchanged, or definition_changed
    (the indicator itself changed, e.g. heavy pollution as a share of days in 2023 and as a count of
    days in 2025). Each line names both sides' source lines.

    With --data, both plans are evaluated on the same measurements (the old plan's targets moved to
    the new plan's year) and every verdict that flips is listed with its cause: target_changed,
    standard_changed, validity_rule_changed or data_changed (with --old-data, the old side reads
    other files). Rules: docs/regression.md.

    OPTIONS:
      --old-plan ID, --new-plan ID   the plan of each side, when a side holds several
      --data FILE …                   measurements to evaluate both sides on
      --old-data FILE …               other measurements for the old side
      --header-row N                  the data files' header is on line (row) N (default: the first of
                                      the first 20 filled rows that reads as a header)
      --hourly FILE …, --stations FILE hourly station data for both sides, aggregated per side under
      --old-standard S, --new-standard S  auto, 2012 or 2026 (default auto): the same hours under
                                      HJ 633—2012 and —2026 show what the new AQI standard changes
      --as-of YYYY-MM                 evaluate as of this month
      --scope NAME                    only this scope and those below it (西城区, 德胜街道 …)
      --indicator I …                 only these indicators: id, Chinese name or alias
      --format F                      table (default), json (stable: docs/regression.md), markdown,
                                      csv or xlsx (a row per change, grouped by kind; with --data the
                                      verdicts beside it; xlsx needs --output)
      --output FILE                   write there (atomically) instead of standard output
      --all                           table: also list unchanged targets
      --wide                          table: every column, whatever the terminal's width
    \(HelpText.commonOptions(.en, width: 34))

    EXAMPLES:
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets --data Samples/xicheng-2025-synthetic.csv
      tracker diff Targets Targets --old-plan xicheng-2023 --new-plan xicheng-2025 --indicator 降尘量 --format json
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets --data Samples/xicheng-2025-synthetic.csv \\
          --format xlsx --output diff.xlsx
      # the same hours under the 2012 and the 2026 AQI standard (real data beside the checkout, ../shared):
      tracker diff Targets/xicheng-2025.targets Targets/xicheng-2025.targets --old-standard 2012 --new-standard 2026 \\
          --hourly ../shared/data/beijing-multisite/PRSA_Data_Guanyuan_20130301-20170228.csv \\
          --stations Samples/beijing-multisite-stations.csv
    """

    static let spec = ArgumentSpec(options: [
        .value("--old-plan"), .value("--new-plan"), .many("--data"), .many("--old-data"), .value("--header-row"), .value("--as-of"),
        .choice("--format", DiffFormat.self), .flag("--all"), .flag("--wide"), .value("--scope"), .many("--indicator"),
        .value("--output"),
        .many("--hourly"), .value("--stations"), .choice("--old-standard", StandardOption.self),
        .choice("--new-standard", StandardOption.self),
    ], maxPositionals: 2)

    /// `tracker diff`'s options.
    struct Options {
        var request: DiffRequest
        var format: DiffFormat
        var showUnchanged: Bool
        var output: String?
        /// Tables as wide as their content, whatever the terminal.
        var wide: Bool

        init(_ parsed: ParsedArguments) throws(UsageError) {
            guard parsed.positionals.count == 2 else {
                throw UsageError("`tracker diff` needs two target files or directories: OLD NEW",
                                 zh: "`tracker diff` 需要两个目标文件或目录：OLD NEW（原、新）", showsUsage: true)
            }
            wide = parsed.has("--wide")
            request = DiffRequest(old: parsed.positionals[0], new: parsed.positionals[1],
                                  oldPlan: parsed.value("--old-plan"), newPlan: parsed.value("--new-plan"))
            request.data = parsed.all("--data")
            request.oldData = parsed.all("--old-data")
            request.headerRow = try parsed.rowNumber("--header-row")
            request.hourly = parsed.all("--hourly")
            request.stations = parsed.value("--stations")
            request.oldStandard = (parsed.choice("--old-standard", StandardOption.self) ?? .auto).standard
            request.newStandard = (parsed.choice("--new-standard", StandardOption.self) ?? .auto).standard
            request.asOf = try parsed.month("--as-of")
            format = parsed.choice("--format", DiffFormat.self) ?? .table
            output = parsed.value("--output")
            if format == .xlsx && output == nil {
                throw UsageError("`--format xlsx` writes a workbook, not text: give `--output FILE.xlsx`",
                                 zh: "`--format xlsx` 生成工作簿而不是文本：请给出 `--output FILE.xlsx`")
            }
            request.scope = parsed.value("--scope")
            request.indicators = parsed.words("--indicator")
            showUnchanged = parsed.has("--all")
        }
    }

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        let options: Options
        switch spec.options(arguments, help: help, console: &console, Options.init) {
        case .success(let o): options = o
        case .failure(let stop): return stop.code
        }
        let hourly = !options.request.hourly.isEmpty
        if hourly, options.request.stations == nil {
            return Tracker.usage(UsageError("`--hourly` needs `--stations FILE`", zh: "`--hourly` 需要 `--stations FILE`"), help: nil, console: &console)
        }
        let result: DiffResult
        do throws(RunFailure) {
            result = try options.request.run()
        } catch {
            return Failures.report(error, help: help, console: &console) { diagnostics, console in
                for d in diagnostics { console.diagnostic(d) }
                // Hourly data: the errors of the first side that has them, and no more.
                if !hourly {
                    console.error(Wording.dataProblems(diagnostics.errors.count, nothingWas: .compared, in: console.language))
                }
            }
        }
        for d in result.diagnostics { console.diagnostic(d) }
        let catalog = result.indicators
        let language = console.language
        let text: String
        switch options.format {
        case .json: text = DiffText.json(result.diff, flips: result.comparison, indicators: catalog).text(pretty: true) + "\n"
        case .markdown: text = DiffText.markdown(result.diff, flips: result.comparison, indicators: catalog, in: language)
        case .csv: text = DiffSheets.csv(result.diff, flips: result.comparison, indicators: catalog, in: language)
        case .xlsx:
            guard let output = options.output else { return ExitCode.usage }
            guard AtomicFile.write(DiffSheets.xlsx(result.diff, flips: result.comparison, indicators: catalog, in: language), to: output, console: &console) else {
                return ExitCode.cannotWrite
            }
            console.wrote(output)
            return ExitCode.success
        case .table:
            let layout = options.output == nil ? console.tableLayout(wide: options.wide) : .unlimited
            text = TableLayout.$current.withValue(layout) {
                DiffText.table(result.diff, flips: result.comparison, indicators: catalog, showUnchanged: options.showUnchanged, in: language)
            }
        }
        if let cannotWrite = ScorecardRun.emit(text, to: options.output, console: &console) { return cannotWrite }
        return ExitCode.success
    }
}
