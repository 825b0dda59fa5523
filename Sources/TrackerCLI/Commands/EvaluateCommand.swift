import Foundation
import TrackerEvaluation
import TrackerInput
import TrackerModel
import TrackerRendering

/// `tracker evaluate`: measurements against a plan's targets, as a scorecard.
enum EvaluateCommand {
    static let help = """
    USAGE: tracker evaluate --targets FILE|DIR … --data FILE … [--plan ID] [--as-of YYYY-MM]
                            [--scope NAME] [--format table|csv|json|markdown] [--output FILE]
                            [--fail-on missed|at_risk] [--lenient] [--encoding utf-8|gb18030]
                            [--expect FILE [--update-expected]]

    Holds monthly measurements against a plan's targets and prints the scorecard: per district and
    street, each target's observed value, margin, verdict, what the rest of the period must
    achieve, valid days and the clause it came from; league tables of the streets; a summary.
    Before the period ends verdicts are provisional (on_track, at_risk, off_track) unless already
    locked. Rules: docs/evaluation.md. Measurement files: docs/measurements.md.

    OPTIONS:
      --targets P …     target files or directories (the plans it defers to may be loaded too)
      --data FILE …     measurement CSV files (long or wide layout; UTF-8, UTF-8 with BOM or GB18030)
      --plan ID         the plan to evaluate, when several are loaded (e.g. xicheng-2025)
      --as-of YYYY-MM   evaluate as of this month (default: the latest month in the data)
      --scope NAME      only this scope and those below it (西城区, 德胜街道 …)
      --format F        table (default), csv, json (stable: docs/evaluation.md) or markdown
      --output FILE     write there (atomically) instead of standard output; never an input file
      --fail-on V       exit 1 when a target is missed (missed), or missed, off track or at risk (at_risk)
      --lenient         skip bad rows (each is listed in the scorecard) instead of stopping
      --encoding E      force the data files' encoding (default: detect UTF-8, else GB18030)
      --expect FILE     compare with a stored scorecard (its --format json); exit 1 and say what changed
      --update-expected with --expect: rewrite FILE with this scorecard (review the change first)

    EXAMPLES:
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv
      tracker evaluate --targets Targets --plan xicheng-2025 --data Samples/xicheng-2025-synthetic.csv --as-of 2025-06 --scope 德胜街道
      tracker evaluate --targets Targets --plan xicheng-2025 --data data.csv --format json --output card.json --fail-on missed

    EXIT CODES: 0 evaluated; 1 --fail-on matched; 2 usage error; 65 problems in an input file.
    """

    static let spec = ArgumentSpec(options: [
        .many("--targets"), .many("--data"), .value("--plan"), .value("--as-of"), .value("--scope"),
        .value("--format", allowed: ["table", "csv", "json", "markdown"]), .value("--output"),
        .value("--fail-on", allowed: ["missed", "at_risk"]), .flag("--lenient"),
        .value("--encoding", allowed: ["utf-8", "utf8", "gb18030", "gbk"]),
        .value("--expect"), .flag("--update-expected"),
    ], maxPositionals: 0)

    static func run(_ arguments: [String], console: inout Console) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") { console.write(help + "\n"); return ExitCode.success }
        let parsed: ParsedArguments
        switch spec.parse(arguments) {
        case .success(let p): parsed = p
        case .failure(let e): return Tracker.usage(e, help: help, console: &console)
        }
        guard !parsed.all("--data").isEmpty else {
            return Tracker.usage(UsageError("`--data FILE` is required: the measurements to evaluate"), help: help, console: &console)
        }
        let targetPaths = parsed.all("--targets").isEmpty ? [Tracker.defaultTargets] : parsed.all("--targets")
        let loaded = TargetLoader.load(paths: targetPaths)
        if TargetsCommand.report(loaded.diagnostics, console: &console, showWarnings: false) { return ExitCode.dataError }

        let plan: Plan
        switch choosePlan(parsed.value("--plan"), loaded.set) {
        case .success(let p): plan = p
        case .failure(let e): return Tracker.usage(e, help: nil, console: &console)
        }
        var asOf: YearMonth?
        if let text = parsed.value("--as-of") {
            guard let month = YearMonth(parsing: text) else {
                return Tracker.usage(UsageError("`--as-of` takes a month YYYY-MM, not `\(text)`"), help: nil, console: &console)
            }
            guard plan.period.contains(month) else {
                return Tracker.usage(UsageError("`--as-of \(month)` is outside the plan period \(plan.period) of \(plan.id)"), help: nil, console: &console)
            }
            asOf = month
        }
        if let output = parsed.value("--output"), AtomicFile.isOneOf(output, parsed.all("--data") + loaded.files) {
            return Tracker.usage(UsageError("`--output \(output)` is one of the input files; choose another name"), help: nil, console: &console)
        }

        let (data, diagnostics) = MeasurementReader.read(
            files: parsed.all("--data"), indicators: loaded.set.indicators, scopes: loaded.set.scopes,
            encoding: parsed.value("--encoding").flatMap(TextEncoding.init(name:)), lenient: parsed.has("--lenient"),
            period: dataWindow(plan))
        for d in diagnostics where d.severity != .note { console.error(d.description) }
        if diagnostics.hasErrors {
            console.error("\(diagnostics.errors.count) problems in the data; nothing was evaluated. Fix them, or pass --lenient to skip the bad rows (each is listed).")
            return ExitCode.dataError
        }

        var card = Evaluator.evaluate(plan: plan, in: loaded.set, data: data, asOf: asOf)
        if let name = parsed.value("--scope") {
            switch ScopeFilter.make(name, scopes: loaded.set.scopes) {
            case .success(let filter): card.rows = card.rows.filter { filter.contains($0.scope) }
            case .failure(let e): return Tracker.usage(e, help: nil, console: &console)
            }
        }
        if let expected = parsed.value("--expect") {
            return expect(card, file: expected, update: parsed.has("--update-expected"), console: &console)
        }
        if parsed.has("--update-expected") {
            return Tracker.usage(UsageError("`--update-expected` goes with `--expect FILE`"), help: nil, console: &console)
        }
        let toFile = parsed.value("--output") != nil
        let text: String
        switch parsed.value("--format") ?? "table" {
        case "json": text = ScorecardText.json(card).text(pretty: true) + "\n"
        case "csv": text = ScorecardText.csv(card)
        case "markdown": text = ScorecardText.markdown(card)
        default: text = ScorecardText.table(card, colour: !toFile && console.useColour)
        }
        if let output = parsed.value("--output") {
            do { try AtomicFile.write(Data(text.utf8), to: output) } catch {
                console.error("error: cannot write \(output): \(error.localizedDescription); check the directory exists and is writable")
                return ExitCode.cannotWrite
            }
            console.error("wrote \(output)")
        } else {
            console.write(text)
        }
        return failOn(parsed.value("--fail-on"), card) ? ExitCode.failed : ExitCode.success
    }

    /// Golden scorecards: compare with (or rewrite) a stored JSON scorecard.
    static func expect(_ card: Scorecard, file: String, update: Bool, console: inout Console) -> Int32 {
        let actual = ScorecardText.json(card).text(pretty: true) + "\n"
        if update {
            do { try AtomicFile.write(Data(actual.utf8), to: file) } catch {
                console.error("error: cannot write \(file): \(error.localizedDescription)")
                return ExitCode.cannotWrite
            }
            console.error("updated \(file)")
            return ExitCode.success
        }
        guard let data = FileManager.default.contents(atPath: file), let expected = String(data: data, encoding: .utf8) else {
            console.error("error: cannot read the expected scorecard \(file); create it with `--expect \(file) --update-expected`")
            return ExitCode.usage
        }
        guard let differences = GoldenScorecard.differences(expected: expected, actual: actual) else {
            console.error("error: \(file) is not a scorecard in JSON; write it with `--expect \(file) --update-expected`")
            return ExitCode.dataError
        }
        if differences.isEmpty && expected == actual {
            console.error("scorecard matches \(file)")
            return ExitCode.success
        }
        console.error("scorecard differs from \(file):")
        for line in differences { console.error("  " + line) }
        if differences.isEmpty { console.error("  (formatting only: the same verdicts and values)") }
        console.error("if the change is intended: rerun with --update-expected and commit \(file)")
        return ExitCode.failed
    }

    /// `--plan`, or the only plan loaded; several plans need `--plan`.
    static func choosePlan(_ id: String?, _ set: TargetSet) -> Result<Plan, UsageError> {
        if let id {
            if let plan = set.plan(id) { return .success(plan) }
            let near = NearName.closest(to: id, among: set.plans.map(\.id))
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

    static func failOn(_ level: String?, _ card: Scorecard) -> Bool {
        switch level {
        case "missed": card.rows.contains { $0.verdict == .missed }
        case "at_risk": card.rows.contains { [.missed, .offTrack, .atRisk].contains($0.verdict) }
        default: false
        }
    }
}
