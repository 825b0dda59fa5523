import Foundation
import TrackerKit

/// `tracker diff OLD NEW`: what changed between two plans' targets, and with `--data`, which
/// verdicts flip on the same measurements and why.
enum DiffCommand {
    static let help = """
    USAGE: tracker diff OLD NEW [--old-plan ID] [--new-plan ID] [--data FILE …] [--old-data FILE …]
                       [--hourly FILE … --stations FILE [--old-standard S] [--new-standard S]]
                       [--as-of YYYY-MM] [--format \(DiffFormat.helpList)] [--all]

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
      --format F                      table (default), json (stable: docs/regression.md) or markdown
      --all                           table: also list unchanged targets

    EXAMPLES:
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets
      tracker diff Targets/xicheng-2023.targets Targets/xicheng-2025.targets --data Samples/xicheng-2025-synthetic.csv
      tracker diff old-targets/ Targets/ --old-plan xicheng-2025 --new-plan xicheng-2025 --format json
      tracker diff Targets/xicheng-2025.targets Targets/xicheng-2025.targets --old-standard 2012 --new-standard 2026 \\
          --hourly PRSA_Data_Guanyuan_….csv PRSA_Data_Wanshouxigong_….csv --stations Samples/beijing-multisite-stations.csv
    """

    static let spec = ArgumentSpec(options: [
        .value("--old-plan"), .value("--new-plan"), .many("--data"), .many("--old-data"), .value("--header-row"), .value("--as-of"),
        .choice("--format", DiffFormat.self), .flag("--all"),
        .many("--hourly"), .value("--stations"), .choice("--old-standard", StandardOption.self),
        .choice("--new-standard", StandardOption.self),
    ], maxPositionals: 2)

    /// `tracker diff`'s options.
    struct Options {
        var request: DiffRequest
        var format: DiffFormat
        var showUnchanged: Bool

        init(_ parsed: ParsedArguments) throws(UsageError) {
            guard parsed.positionals.count == 2 else {
                throw UsageError("`tracker diff` needs two target files or directories: OLD NEW", showsUsage: true)
            }
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
            return Tracker.usage(UsageError("`--hourly` needs `--stations FILE`"), help: nil, console: &console)
        }
        let result: DiffResult
        do throws(RunFailure) {
            result = try options.request.run()
        } catch {
            return Failures.report(error, help: help, console: &console) { diagnostics, console in
                for d in diagnostics { console.error(d.description) }
                // Hourly data: the errors of the first side that has them, and no more.
                if !hourly {
                    console.error(Wording.dataProblems(diagnostics.errors.count, nothingWas: "compared"))
                }
            }
        }
        for d in result.diagnostics { console.error(d.description) }
        let catalog = result.indicators
        switch options.format {
        case .json: console.write(DiffText.json(result.diff, flips: result.comparison, indicators: catalog).text(pretty: true) + "\n")
        case .markdown: console.write(DiffText.markdown(result.diff, flips: result.comparison, indicators: catalog))
        case .table: console.write(DiffText.table(result.diff, flips: result.comparison, indicators: catalog, showUnchanged: options.showUnchanged))
        }
        return ExitCode.success
    }
}
