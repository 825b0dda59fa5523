import Foundation
import StationAggregation
import TrackerEvaluation
import TrackerInput
import TrackerModel

/// What `tracker evaluate` and `tracker report` share: load the target files, choose the plan,
/// check `--as-of` and `--output`, read the measurement files, evaluate, keep `--scope`; and at
/// the end, write the result to `--output` (atomically) or standard output. Each command keeps
/// its own option list and help; this reads the options they have in common.
///
/// ```swift
/// switch ScorecardRun.evaluate(parsed, help: help, console: &console) {
/// case .evaluated(let card): return ScorecardRun.emit(HTMLReport.render(card), to: parsed.value("--output"), console: &console) ?? ExitCode.success
/// case .stopped(let code): return code
/// }
/// ```
enum ScorecardRun {
    /// The scorecard, or the exit code of the problem already reported on the console.
    enum Outcome {
        case evaluated(Scorecard)
        case stopped(Int32)
    }

    /// The options every scorecard command takes, for their option lists.
    static let options: [ArgumentSpec.Option] = [
        .many("--targets"), .many("--data"), .value("--plan"), .value("--as-of"), .value("--scope"),
        .value("--output"), .flag("--lenient"), .value("--encoding", allowed: ["utf-8", "utf8", "gb18030", "gbk"]),
        .value("--sheet"), .many("--hourly"), .value("--stations"), .value("--standard", allowed: StandardOption.values),
        .value("--exclude"), .value("--year"),
    ]

    /// Their help lines.
    static let optionHelp = """
      --targets P …     target files or directories (the plans it defers to may be loaded too)
      --data FILE …     measurement files: CSV (long or wide layout; UTF-8, UTF-8 with BOM or GB18030)
                        or Excel workbooks (.xlsx); docs/measurements.md
      --hourly FILE …   hourly station files instead of (or besides) monthly ones, with --stations
      --stations FILE   the station list (station,name_zh,street,district) for --hourly
      --standard S      --hourly: auto (the AQI rules in force on each day), 2012 or 2026
      --exclude FILE    --hourly: sand-dust dates (date,reason) left out of the statistics
      --plan ID         the plan, when several are loaded (e.g. xicheng-2025)
      --year YYYY       hold the plan's targets against another year's data (the plan is moved to
                        that year; multi-year windows keep theirs), e.g. real 2016 data against 2025
      --as-of YYYY-MM   as of this month (default: the latest month in the data; a month after
                        the plan period gives the final scorecard)
      --scope NAME      only this scope and those below it (西城区, 德胜街道 …)
      --sheet S         the workbook sheet to read, by name or number from 1 (default: the first sheet
                        whose header row matches a layout, so a cover sheet such as 说明 is passed over)
      --lenient         skip bad rows (each is listed) instead of stopping
      --encoding E      force the data files' encoding (default: detect UTF-8, else GB18030)
    """

    /// Reads the options above (and `--output`, only to refuse an input file).
    static func evaluate(_ parsed: ParsedArguments, help: String, console: inout Console) -> Outcome {
        guard !parsed.all("--data").isEmpty || !parsed.all("--hourly").isEmpty else {
            return .stopped(Tracker.usage(UsageError("`--data FILE` (or `--hourly FILE --stations FILE`) is required: the measurements to evaluate"),
                                          help: help, console: &console))
        }
        if !parsed.all("--hourly").isEmpty, parsed.value("--stations") == nil {
            return .stopped(Tracker.usage(UsageError("`--hourly` needs `--stations FILE`: the list mapping stations to streets and districts"),
                                          help: nil, console: &console))
        }
        let targetPaths = parsed.all("--targets").isEmpty ? [Tracker.defaultTargets] : parsed.all("--targets")
        let loaded = TargetLoader.load(paths: targetPaths)
        if TargetsCommand.report(loaded.diagnostics, console: &console, showWarnings: false) { return .stopped(ExitCode.dataError) }

        var plan: Plan
        var set = loaded.set
        switch choosePlan(parsed.value("--plan"), loaded.set) {
        case .success(let p): plan = p
        case .failure(let e): return .stopped(Tracker.usage(e, help: nil, console: &console))
        }
        if let text = parsed.value("--year") {
            guard let year = Int(text), (1900...2100).contains(year) else {
                return .stopped(Tracker.usage(UsageError("`--year` takes a year YYYY, not `\(text)`"), help: nil, console: &console))
            }
            guard plan.period.isSingleYear else {
                return .stopped(Tracker.usage(UsageError("`--year` moves a one-year plan; \(plan.id) covers \(plan.period)"), help: nil, console: &console))
            }
            plan = plan.rebased(toYear: year)
            set.plans = set.plans.map { $0.id == plan.id ? plan : $0 }
        }
        var asOf: YearMonth?
        if let text = parsed.value("--as-of") {
            guard let month = YearMonth(parsing: text) else {
                return .stopped(Tracker.usage(UsageError("`--as-of` takes a month YYYY-MM, not `\(text)`"), help: nil, console: &console))
            }
            guard month >= plan.period.first else {
                return .stopped(Tracker.usage(UsageError("`--as-of \(month)` is before the plan period \(plan.period) of \(plan.id)"),
                                              help: nil, console: &console))
            }
            // After the period: the final scorecard, as of the period's last month.
            asOf = min(month, plan.period.last)
        }
        // Files written (--output, and --expect with --update-expected) are never an input.
        let inputs = parsed.all("--data") + parsed.all("--hourly") + [parsed.value("--stations"), parsed.value("--exclude")].compactMap { $0 } + loaded.files
        for option in ["--output", "--expect"] {
            if let written = parsed.value(option), AtomicFile.isOneOf(written, inputs) {
                return .stopped(Tracker.usage(UsageError("`\(option) \(written)` is one of the input files; choose another name"),
                                              help: nil, console: &console))
            }
        }
        // The same file twice would make every row a duplicate of itself.
        let dataFiles = parsed.all("--data")
        for (i, file) in dataFiles.enumerated() where AtomicFile.isOneOf(file, Array(dataFiles[..<i])) {
            return .stopped(Tracker.usage(UsageError("`\(file)` is given twice in --data; give each file once"), help: nil, console: &console))
        }

        var (data, diagnostics) = parsed.all("--data").isEmpty ? (MeasurementSet(), []) : MeasurementReader.read(
            files: parsed.all("--data"), indicators: set.indicators, scopes: set.scopes,
            encoding: parsed.value("--encoding").flatMap(TextEncoding.init(name:)), lenient: parsed.has("--lenient"),
            // With --year the data may be an archive of several years: the rows outside the plan are
            // counted on the scorecard instead of each being an error.
            period: parsed.value("--year") == nil ? dataWindow(plan) : nil, sheet: parsed.value("--sheet").map(SheetChoice.init))
        if let stations = parsed.value("--stations"), !parsed.all("--hourly").isEmpty {
            let (hourly, problems) = HourlyAggregation.measurements(
                hourly: parsed.all("--hourly"), stations: stations, standard: StandardOption.choice(parsed.value("--standard")),
                exclusions: parsed.value("--exclude"), scopes: set.scopes)
            data.merge(hourly)
            diagnostics += problems
        }
        for d in diagnostics where d.severity != .note { console.error(d.description) }
        if diagnostics.hasErrors {
            let count = diagnostics.errors.count
            // --lenient skips bad rows; it cannot help with a file that is unreadable as a whole.
            let advice = parsed.has("--lenient") ? "" : ", or pass --lenient to skip the bad rows (each is listed)"
            console.error("\(count) problem\(count == 1 ? "" : "s") in the data; nothing was evaluated. Fix \(count == 1 ? "it" : "them")\(advice).")
            return .stopped(ExitCode.dataError)
        }

        var card = Evaluator.evaluate(plan: plan, in: set, data: data, asOf: asOf)
        if let name = parsed.value("--scope") {
            switch ScopeFilter.make(name, scopes: set.scopes) {
            case .success(let filter):
                let kept = card.rows.filter { filter.contains($0.scope) }
                // An empty scorecard would pass any --fail-on check: a scope the plan does not cover is a usage error.
                if kept.isEmpty {
                    var seen: Set<String> = []
                    let covered = card.rows.map(\.scope).filter { seen.insert($0).inserted }
                    return .stopped(Tracker.usage(UsageError("plan \(plan.id) has no targets for `\(name)`; its scopes: "
                        + covered.prefix(6).joined(separator: ", ") + (covered.count > 6 ? " … (\(covered.count))" : "")),
                                                  help: nil, console: &console))
                }
                card.rows = kept
            case .failure(let e): return .stopped(Tracker.usage(e, help: nil, console: &console))
            }
        }
        return .evaluated(card)
    }

    /// Writes `text` to `output` atomically (saying so on standard error), or to standard output.
    /// Nil when written; the exit code when the file could not be written.
    static func emit(_ text: String, to output: String?, console: inout Console) -> Int32? {
        guard let output else {
            console.write(text)
            return nil
        }
        guard AtomicFile.write(Data(text.utf8), to: output, console: &console) else { return ExitCode.cannotWrite }
        console.error("wrote \(output)")
        return nil
    }

    /// `--plan`, or the only plan loaded; several plans need `--plan`.
    static func choosePlan(_ id: String?, _ set: TargetSet) -> Result<Plan, UsageError> {
        if let id {
            if let plan = set.plan(id) { return .success(plan) }
            let near = NameKey.closest(to: id, among: set.plans.map(\.id))
            return .failure(UsageError("no plan `\(id)` in the target files" + (near.map { "; did you mean `\($0)`?" } ?? "")
                                       + " (loaded: \(set.plans.map(\.id).joined(separator: ", ")))"))
        }
        if set.plans.count == 1 { return .success(set.plans[0]) }
        return .failure(UsageError("several plans are loaded (\(set.plans.map(\.id).joined(separator: ", "))); choose one with `--plan ID`"))
    }

    /// Months the data may hold: the plan period, the year before it (for seasonal projections)
    /// and the baseline years of its reduction targets.
    static func dataWindow(_ plan: Plan) -> Period {
        var first = plan.period.first.advanced(by: -12)
        for t in plan.targets {
            if case .reduction(let year, _, _) = t.comparator { first = min(first, YearMonth(year, 1)) }
        }
        return Period(first: first, last: plan.period.last)
    }
}
