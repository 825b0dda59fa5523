import Foundation
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

    /// Reads `--targets`, `--data`, `--plan`, `--as-of`, `--output` (only to refuse an input
    /// file), `--lenient`, `--encoding`, `--sheet` and `--scope`.
    static func evaluate(_ parsed: ParsedArguments, help: String, console: inout Console) -> Outcome {
        guard !parsed.all("--data").isEmpty else {
            return .stopped(Tracker.usage(UsageError("`--data FILE` is required: the measurements to evaluate"), help: help, console: &console))
        }
        let targetPaths = parsed.all("--targets").isEmpty ? [Tracker.defaultTargets] : parsed.all("--targets")
        let loaded = TargetLoader.load(paths: targetPaths)
        if TargetsCommand.report(loaded.diagnostics, console: &console, showWarnings: false) { return .stopped(ExitCode.dataError) }

        let plan: Plan
        switch choosePlan(parsed.value("--plan"), loaded.set) {
        case .success(let p): plan = p
        case .failure(let e): return .stopped(Tracker.usage(e, help: nil, console: &console))
        }
        var asOf: YearMonth?
        if let text = parsed.value("--as-of") {
            guard let month = YearMonth(parsing: text) else {
                return .stopped(Tracker.usage(UsageError("`--as-of` takes a month YYYY-MM, not `\(text)`"), help: nil, console: &console))
            }
            guard plan.period.contains(month) else {
                return .stopped(Tracker.usage(UsageError("`--as-of \(month)` is outside the plan period \(plan.period) of \(plan.id)"),
                                              help: nil, console: &console))
            }
            asOf = month
        }
        if let output = parsed.value("--output"), AtomicFile.isOneOf(output, parsed.all("--data") + loaded.files) {
            return .stopped(Tracker.usage(UsageError("`--output \(output)` is one of the input files; choose another name"),
                                          help: nil, console: &console))
        }

        let (data, diagnostics) = MeasurementReader.read(
            files: parsed.all("--data"), indicators: loaded.set.indicators, scopes: loaded.set.scopes,
            encoding: parsed.value("--encoding").flatMap(TextEncoding.init(name:)), lenient: parsed.has("--lenient"),
            period: dataWindow(plan), sheet: parsed.value("--sheet").map(SheetChoice.init))
        for d in diagnostics where d.severity != .note { console.error(d.description) }
        if diagnostics.hasErrors {
            console.error("\(diagnostics.errors.count) problems in the data; nothing was evaluated. Fix them, or pass --lenient to skip the bad rows (each is listed).")
            return .stopped(ExitCode.dataError)
        }

        var card = Evaluator.evaluate(plan: plan, in: loaded.set, data: data, asOf: asOf)
        if let name = parsed.value("--scope") {
            switch ScopeFilter.make(name, scopes: loaded.set.scopes) {
            case .success(let filter): card.rows = card.rows.filter { filter.contains($0.scope) }
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
        do { try AtomicFile.write(Data(text.utf8), to: output) } catch {
            console.error("error: cannot write \(output): \(error.localizedDescription); check the directory exists and is writable")
            return ExitCode.cannotWrite
        }
        console.error("wrote \(output)")
        return nil
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
}
